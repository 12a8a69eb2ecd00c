/// Reads `--param name=value` assignments: a value that reads as a number is a number, one in
/// single or double quotes is the text inside (so `--param code="'20'"` passes the text 20), any
/// other value is text.
///
/// ```swift
/// let parameters = try QueryParameters.parse(["sector=17_18", "share=0.05"])
/// // ["sector": .string("17_18"), "share": .number(0.05)]
/// ```
public enum QueryParameters {
    public static func parse(_ assignments: [String]) throws(QueryError) -> [String: QueryValue] {
        var parameters: [String: QueryValue] = [:]
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw .parameter("The parameter '\(assignment)' has no value; write it as name=value, as in --param sector=17_18.")
            }
            let name = String(assignment[..<equals])
            guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic,
                  name.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else {
                throw .parameter("The parameter name '\(name)' is not a name; use letters, digits and _, as in --param sector=17_18.")
            }
            guard parameters[name] == nil else {
                throw .parameter("The parameter \(name) is given twice; give it once.")
            }
            parameters[name] = value(String(assignment[assignment.index(after: equals)...]))
        }
        return parameters
    }

    static func value(_ text: String) -> QueryValue {
        if text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first {
            return .string(String(text.dropFirst().dropLast()))
        }
        let numeric = !text.isEmpty && text.allSatisfy { "0123456789+-.eE".contains($0) } && text.contains(where: \.isNumber)
        if numeric, let number = Double(text), number.isFinite { return .number(number) }
        return .string(text)
    }
}

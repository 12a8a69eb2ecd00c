import ClusterGraph

/// Reads `--param name=value` assignments: an integer (`42`, kept exact) or a float (`0.05`,
/// `1e3`) is a number; `true`, `false` and `null` are themselves; a JSON list or object
/// (`[1, "a"]`, `{"min": 2}`) is a list or map; a value in single or double quotes is the text
/// inside (so `--param code="'20'"` passes the text 20); any other value is text.
///
/// ```swift
/// let parameters = try QueryParameters.parse(["sector=17_18", "share=0.05", "keys=[\"A\",\"B\"]"])
/// // ["sector": .string("17_18"), "share": .float(0.05), "keys": .list([.string("A"), .string("B")])]
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
            parameters[name] = try value(String(assignment[assignment.index(after: equals)...]), name: name)
        }
        return parameters
    }

    static func value(_ text: String, name: String) throws(QueryError) -> QueryValue {
        if text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first {
            return .string(String(text.dropFirst().dropLast()))
        }
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        if text.first == "[" || text.first == "{" {
            var reader = JSONText.Reader(bytes: Array(text.utf8))
            guard let value = json(&reader), skipSpaces(&reader), reader.atEnd else {
                throw .parameter("The parameter \(name) starts like a JSON list or object but is not one; write it as JSON, as in --param \(name)='[\"17_18\", 20]'.")
            }
            return value
        }
        let numeric = !text.isEmpty && text.allSatisfy { "0123456789+-.eE".contains($0) } && text.contains(where: \.isNumber)
        if numeric {
            if let integer = Int64(text) { return .integer(integer) }
            if let number = Double(text), number.isFinite { return .float(number) }
        }
        return .string(text)
    }

    private static func skipSpaces(_ reader: inout JSONText.Reader) -> Bool {
        while let byte = reader.peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { reader.advance() }
        return true
    }

    private static func json(_ reader: inout JSONText.Reader) -> QueryValue? {
        _ = skipSpaces(&reader)
        switch reader.peek() {
        case UInt8(ascii: "[")?:
            reader.advance()
            var values: [QueryValue] = []
            _ = skipSpaces(&reader)
            if reader.accept(UInt8(ascii: "]")) { return .list(values) }
            repeat {
                guard let value = json(&reader) else { return nil }
                values.append(value)
                _ = skipSpaces(&reader)
            } while reader.accept(UInt8(ascii: ","))
            return reader.accept(UInt8(ascii: "]")) ? .list(values) : nil
        case UInt8(ascii: "{")?:
            reader.advance()
            var entries: [String: QueryValue] = [:]
            _ = skipSpaces(&reader)
            if reader.accept(UInt8(ascii: "}")) { return .map(entries) }
            repeat {
                _ = skipSpaces(&reader)
                guard let key = reader.string(), skipSpaces(&reader), reader.accept(UInt8(ascii: ":")), let value = json(&reader) else { return nil }
                entries[key] = value
                _ = skipSpaces(&reader)
            } while reader.accept(UInt8(ascii: ","))
            return reader.accept(UInt8(ascii: "}")) ? .map(entries) : nil
        case UInt8(ascii: "\"")?:
            return reader.string().map(QueryValue.string)
        default:
            if reader.accept(word: "true") { return .bool(true) }
            if reader.accept(word: "false") { return .bool(false) }
            if reader.accept(word: "null") { return .null }
            switch reader.number() {
            case .integer(let value)?: return .integer(value)
            case .float(let value)? where value.isFinite: return .float(value)
            default: return nil
            }
        }
    }
}

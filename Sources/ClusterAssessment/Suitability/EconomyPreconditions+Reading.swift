import Foundation

extension EconomyPreconditions {
    /// One precondition as a file gives it, checked: a known name, a value in [0, 1], a source.
    /// - Returns: the precondition and value, or a message saying what to fix.
    public static func given(name: String, value: Double?, source: String) -> Result<(Precondition, Value), Problem> {
        guard let precondition = Precondition(rawValue: name) else {
            return .failure(Problem(field: .name, message: "\"\(name)\" is not a precondition; use one of: \(Precondition.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        guard let value, (0...1).contains(value) else {
            return .failure(Problem(field: .value, message: "\(name) needs a value between 0 and 1 (\(precondition.scale))"))
        }
        guard !source.trimmingCharacters(in: .whitespaces).isEmpty else {
            return .failure(Problem(field: .source, message: "\(name) needs a source: a citation, or \"illustrative\" with why the number was chosen"))
        }
        return .success((precondition, Value(value: value, source: source, origin: .given)))
    }

    /// What is wrong with one given precondition, and in which field.
    public struct Problem: Error, Sendable, Equatable {
        public enum Field: String, Sendable { case name, value, source }
        public let field: Field
        public let message: String
    }

    /// Reads preconditions from JSON: `[{"name", "value", "source"}, …]` or
    /// `{"preconditions": [{"name", "value", "source"}, …]}`, the same fields as the CSV form.
    /// - Throws: ``RulesError`` naming the place in the file.
    public static func decode(_ data: Data, source file: String) throws(RulesError) -> EconomyPreconditions {
        struct Entry: Decodable { let name: String; let value: Double?; let source: String? }
        struct Wrapped: Decodable { let preconditions: [Entry] }
        let entries: [Entry]
        if let list = try? JSONDecoder().decode([Entry].self, from: data) {
            entries = list
        } else {
            entries = (try JSONInput.decode(data, source: file, expecting: "preconditions") as Wrapped).preconditions
        }
        var economy = EconomyPreconditions()
        for (position, entry) in entries.enumerated() {
            switch given(name: entry.name, value: entry.value, source: entry.source ?? "") {
            case .success(let (precondition, value)):
                guard economy[precondition] == nil else {
                    throw RulesError(source: file, place: "preconditions[\(position)].name", message: "\(entry.name) is given twice; give it once.")
                }
                economy[precondition] = value
            case .failure(let problem):
                throw RulesError(source: file, place: "preconditions[\(position)].\(problem.field.rawValue)", message: problem.message + ".")
            }
        }
        return economy
    }
}

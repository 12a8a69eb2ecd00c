import Foundation

/// Decodes a user's JSON file into a `Codable` value, turning decoding errors into a
/// ``RulesError`` that names the place in the file and what was expected there.
enum JSONInput {
    static func decode<Value: Decodable>(_ data: Data, source: String, expecting what: String) throws(RulesError) -> Value {
        do {
            return try JSONDecoder().decode(Value.self, from: data)
        } catch let error as DecodingError {
            throw RulesError(source: source, place: place(of: error), message: message(of: error, what: what))
        } catch {
            throw RulesError(source: source, place: "", message: "cannot read \(what): \(error.localizedDescription)")
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text
    }

    private static func place(of error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return path(context.codingPath)
        case .keyNotFound(let key, let context):
            return path(context.codingPath + [key])
        @unknown default:
            return ""
        }
    }

    private static func message(of error: DecodingError, what: String) -> String {
        switch error {
        case .keyNotFound(let key, _):
            return "the \(what) need \"\(key.stringValue)\" here; see Docs/maturity-and-models.md for the format."
        case .typeMismatch(let type, _), .valueNotFound(let type, _):
            return "expected \(type == Double.self ? "a number" : type == String.self ? "a string" : "a value of a different type") here."
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "the file is not valid JSON (\(context.debugDescription))." }
            let names = context.codingPath.map(\.stringValue)
            let known: [String]
            if names.contains("describe") || names.last == "indicator" {
                known = Indicator.allCases.map(\.rawValue)
            } else if names.last == "class" {
                known = MaturityClass.ruled.map(\.rawValue)
            } else if names.last == "model" {
                known = ClusterModel.allCases.map(\.rawValue)
            } else if names.last == "test" {
                known = ["atLeast", "atMost", "above", "below"]
            } else if names.last == "ifMissing" {
                known = ["skip", "fail", "undecided"]
            } else if names.last == "source" {
                known = ["seed", "judgement"]
            } else if names.contains("scores") || names.contains("notes") {
                known = Characteristic.allCases.map(\.rawValue)
            } else {
                return "\(context.debugDescription); see Docs/maturity-and-models.md for the format."
            }
            return "this name is not known here; use one of: \(known.joined(separator: ", "))."
        @unknown default:
            return "cannot read \(what)."
        }
    }
}

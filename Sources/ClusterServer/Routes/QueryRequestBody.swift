import Foundation
import GraphQuery

/// The body of `POST /api/graphs/{graph}/query`: `{"query": "MATCH …", "params": {"name": value}}`.
/// Values are JSON numbers, strings, booleans, null or lists of them, each bound as a query
/// parameter (never pasted into the query).
struct QueryRequestBody: Decodable, Sendable {
    let query: String
    let params: [String: ParameterValue]?

    struct ParameterValue: Decodable, Sendable {
        let value: QueryValue

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                value = .null
            } else if let flag = try? container.decode(Bool.self) {
                value = .bool(flag)
            } else if let number = try? container.decode(Int64.self) {
                value = .integer(number)
            } else if let number = try? container.decode(Double.self) {
                value = .float(number)
            } else if let text = try? container.decode(String.self) {
                value = .string(text)
            } else if let list = try? container.decode([ParameterValue].self) {
                value = .list(list.map(\.value))
            } else if let map = try? container.decode([String: ParameterValue].self) {
                value = .map(map.mapValues(\.value))
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "a parameter is a number, text, true, false, null, or a list or map of them")
            }
        }
    }

    /// Reads the body, with a message that says what a valid one looks like.
    static func decode(_ data: Data) throws -> QueryRequestBody {
        do {
            return try JSONDecoder().decode(QueryRequestBody.self, from: data)
        } catch {
            throw ServerError.badRequest("The body must be JSON like {\"query\": \"MATCH (n) RETURN n.key LIMIT 5\", \"params\": {\"sector\": \"17_18\"}}; \(Self.reason(error))")
        }
    }

    var parameters: [String: QueryValue] { (params ?? [:]).mapValues(\.value) }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "\"\(key.stringValue)\" is missing."
        case DecodingError.typeMismatch(_, let context), DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? "it is not a JSON object." : "\"\(path)\" has the wrong type: \(context.debugDescription)"
        default: return "it could not be read."
        }
    }
}

import ClusterGraph
import ResultFormat

extension AttributeValue {
    /// The value as text in an export: numbers as in JSON (shortest form that reads back exactly),
    /// booleans as `true`/`false`, lists as JSON.
    var exportText: String {
        switch self {
        case .number(let number): return JSONValue.format(number)
        case .integer(let number): return String(number)
        case .text(let text): return text
        case .boolean(let flag): return flag ? "true" : "false"
        case .list: return jsonText
        }
    }
}

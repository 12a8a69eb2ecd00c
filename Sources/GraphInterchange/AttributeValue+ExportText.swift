import ClusterGraph
import ResultFormat

extension AttributeValue {
    /// The value as text in an export: numbers as in JSON (shortest form that reads back exactly).
    var exportText: String {
        switch self {
        case .number(let number): return JSONValue.format(number)
        case .text(let text): return text
        }
    }
}

import ClusterGraph
import ResultFormat

/// A streamed row's attributes (sorted by name) as JSON and as table cells.
enum StreamedAttributes {
    /// `{"name": value, …}` in name order.
    static func object(_ attributes: [(name: String, value: AttributeValue)]) -> JSONValue {
        .object(attributes.map { ($0.name, JSONValue($0.value)) })
    }

    /// One cell per column name (sorted like the attributes): the value, or null where missing.
    static func cells(_ attributes: [(name: String, value: AttributeValue)], columns: [String]) -> [JSONValue] {
        var next = attributes.startIndex
        return columns.map { column in
            while next < attributes.endIndex, attributes[next].name < column { next += 1 }
            guard next < attributes.endIndex, attributes[next].name == column else { return .null }
            return JSONValue(attributes[next].value)
        }
    }
}

import ClusterGraph
import GraphQuery
import ResultFormat

extension JSONValue {
    /// A query value in JSON: integers exact, NaN and infinities as the strings `"NaN"`,
    /// `"Infinity"`, `"-Infinity"` (JSON has no numbers for them), maps as objects with sorted keys,
    /// nodes as `{key, label, kind, …attributes}`, relationships as `{source, target, kind, weight,
    /// …attributes}`, paths as `{nodes, relationships, length}`.
    public init(queryValue value: QueryValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .integer(number)
        case .float(let number):
            self = number.isFinite ? .number(number) : .string(number.isNaN ? "NaN" : (number < 0 ? "-Infinity" : "Infinity"))
        case .string(let text): self = .string(text)
        case .list(let values): self = .array(values.map(JSONValue.init(queryValue:)))
        case .map(let entries): self = .object(entries.sorted { $0.key < $1.key }.map { ($0.key, JSONValue(queryValue: $0.value)) })
        case .node(let node):
            self = .object([("key", .string(node.key)), ("label", node.label.map(JSONValue.string) ?? .null),
                            ("kind", .string(node.kind))] + node.attributes.map { ($0.name, JSONValue($0.value)) })
        case .relationship(let link):
            self = .object([("source", .string(link.source)), ("target", .string(link.target)),
                            ("kind", .string(link.kind)), ("weight", .number(link.weight))] + link.attributes.map { ($0.name, JSONValue($0.value)) })
        case .path(let path):
            self = .object([("nodes", .array(path.nodes.map { JSONValue(queryValue: .node($0)) })),
                            ("relationships", .array(path.relationships.map { JSONValue(queryValue: .relationship($0)) })),
                            ("length", .integer(Int64(path.length)))])
        }
    }

    /// A query value as a table or CSV cell: nodes by key, relationships as `source->target`, paths
    /// as keys joined by `->`, maps as JSON.
    public init(cell value: QueryValue) {
        switch value {
        case .node(let node): self = .string(node.key)
        case .relationship(let link): self = .string("\(link.source)->\(link.target)")
        case .path(let path): self = .string(path.nodes.map(\.key).joined(separator: "->"))
        case .list(let values): self = .array(values.map(JSONValue.init(cell:)))
        case .map: self = .string(JSONValue(queryValue: value).serialized())
        default: self = JSONValue(queryValue: value)
        }
    }
}

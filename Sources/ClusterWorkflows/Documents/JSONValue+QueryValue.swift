import ClusterGraph
import GraphQuery
import ResultFormat

extension JSONValue {
    /// A query value in JSON: nodes as `{key, label, kind, …attributes}`, relationships as
    /// `{source, target, kind, weight, …attributes}`, paths as `{nodes, length}`.
    public init(queryValue value: QueryValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .list(let values): self = .array(values.map(JSONValue.init(queryValue:)))
        case .node(let node):
            self = .object([("key", .string(node.key)), ("label", node.label.map(JSONValue.string) ?? .null),
                            ("kind", .string(node.kind))] + Self.attributes(node.attributes))
        case .relationship(let link):
            self = .object([("source", .string(link.source)), ("target", .string(link.target)),
                            ("kind", .string(link.kind)), ("weight", .number(link.weight))] + Self.attributes(link.attributes))
        case .path(let path):
            self = .object([("nodes", .array(path.nodes.map { JSONValue(queryValue: .node($0)) })),
                            ("length", .number(path.length))])
        }
    }

    /// A query value as a table or CSV cell: nodes by key, relationships as `source->target`, paths as keys joined by `->`.
    public init(cell value: QueryValue) {
        switch value {
        case .node(let node): self = .string(node.key)
        case .relationship(let link): self = .string("\(link.source)->\(link.target)")
        case .path(let path): self = .string(path.nodes.map(\.key).joined(separator: "->"))
        case .list(let values): self = .array(values.map(JSONValue.init(cell:)))
        default: self = JSONValue(queryValue: value)
        }
    }

    private static func attributes(_ attributes: [(name: String, value: AttributeValue)]) -> [(String, JSONValue)] {
        attributes.map { attribute in
            switch attribute.value {
            case .number(let number): return (attribute.name, .number(number))
            case .text(let text): return (attribute.name, .string(text))
            }
        }
    }
}

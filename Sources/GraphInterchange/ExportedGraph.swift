import ClusterGraph
import ClusterStore
import ResultFormat

/// A stored graph as the exporters see it: its summary, nodes and links, and the type of each
/// node and link attribute (declared up front by GraphML and GEXF).
public struct ExportedGraph {
    public let summary: GraphSummary
    public let nodes: [NodeRecord]
    public let links: [LinkRecord]
    /// Attribute names in sorted order with their type: numeric when every value is a number.
    public let nodeAttributes: [(name: String, numeric: Bool)]
    public let linkAttributes: [(name: String, numeric: Bool)]

    public init(store: LinkageStore, graph: String) throws {
        summary = try store.graph(named: graph)
        nodes = try store.nodes(graph: graph)
        links = try store.links(graph: graph)
        nodeAttributes = Self.schema(nodes.map(\.attributes))
        linkAttributes = Self.schema(links.map(\.attributes))
    }

    private static func schema(_ attributes: [[String: AttributeValue]]) -> [(name: String, numeric: Bool)] {
        var numeric: [String: Bool] = [:]
        for values in attributes {
            for (name, value) in values { numeric[name] = (numeric[name] ?? true) && value.number != nil }
        }
        return numeric.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// An attribute value as text: numbers as in JSON (shortest form that reads back exactly),
    /// booleans as `true`/`false`, lists as JSON.
    static func text(_ value: AttributeValue) -> String {
        switch value {
        case .number(let number): return JSONValue.format(number)
        case .integer(let number): return String(number)
        case .text(let text): return text
        case .boolean(let flag): return flag ? "true" : "false"
        case .list: return value.jsonText
        }
    }
}

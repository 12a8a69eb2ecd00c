import ClusterGraph
import ClusterStore

/// A stored graph as the exporters see it: its summary, nodes and links, and the type of each
/// node and link attribute (declared up front by GraphML and GEXF).
struct ExportedGraph {
    let summary: GraphSummary
    let nodes: [NodeRecord]
    let links: [LinkRecord]
    /// Attribute names in sorted order with their type: numeric when every value is a number.
    let nodeAttributes: [(name: String, numeric: Bool)]
    let linkAttributes: [(name: String, numeric: Bool)]

    init(store: LinkageStore, graph: String) throws {
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

    /// An attribute value as text: numbers as in JSON (shortest form that reads back exactly).
    static func text(_ value: AttributeValue) -> String {
        switch value {
        case .number(let number): return JSONValue.format(number)
        case .text(let text): return text
        }
    }
}

import ClusterGraph

/// Nodes and links of a synthetic firm graph, ready to be written to the store.
///
/// ```swift
/// let district = try DistrictGenerator(firms: 50).generate()
/// let graph = district.linkageGraph()   // analyse without the store
/// ```
public struct GeneratedGraph: Sendable {
    public let isDirected: Bool
    public let description: String
    public let nodes: [NodeRecord]
    public let links: [LinkRecord]

    /// The graph in memory, for analysis without the store.
    public func linkageGraph() -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: isDirected)
        for node in nodes { builder.addNode(node) }
        builder.reserveLinks(links.count)
        for link in links { builder.addLink(from: link.source, to: link.target, weight: link.weight) }
        return builder.build()
    }

    /// The same links with bare nodes (no kind, no attributes): what a user with only a supplier
    /// list has, for measuring a network from its structure alone.
    public func linksOnly() -> GeneratedGraph {
        GeneratedGraph(isDirected: isDirected, description: description + ", links only",
                       nodes: nodes.map { NodeRecord(key: $0.key) }, links: links)
    }

    /// A firm node with the standard firm attributes; SMEs are firms under 250 employees
    /// (the EU definition's headcount limit).
    static func firm(_ key: String, size: Double, foreignOwned: Bool) -> NodeRecord {
        NodeRecord(key: key, kind: "firm", attributes: [
            "size": .number(size),
            "foreign_owned": .number(foreignOwned ? 1 : 0),
            "sme": .number(size < 250 ? 1 : 0),
        ])
    }

    /// Keys padded to the same width so they sort in numeric order.
    static func key(_ prefix: String, _ number: Int, of count: Int) -> String {
        let digits = String(count).count
        let text = String(number)
        return prefix + String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

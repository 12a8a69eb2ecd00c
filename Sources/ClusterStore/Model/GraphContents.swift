import ClusterGraph

/// A whole graph to write in one transaction: derived graphs (linkage strength), generated graphs
/// (LFR, supplier pyramids) and importers that assemble the graph in memory.
///
/// Nodes named by a link but absent from `nodes` are created with the default kind.
///
/// ```swift
/// let contents = GraphContents(name: "toy", isDirected: true, nodes: [NodeRecord(key: "A")],
///                              links: [LinkRecord(source: "A", target: "B", weight: 2)])
/// try store.writeGraph(contents, mode: .create)
/// ```
public struct GraphContents: Sendable {
    public var name: String
    public var isDirected: Bool
    public var description: String
    public var source: String
    public var nodes: [NodeRecord]
    public var links: [LinkRecord]

    public init(name: String, isDirected: Bool, description: String = "", source: String = "",
                nodes: [NodeRecord] = [], links: [LinkRecord] = []) {
        self.name = name
        self.isDirected = isDirected
        self.description = description
        self.source = source
        self.nodes = nodes
        self.links = links
    }
}

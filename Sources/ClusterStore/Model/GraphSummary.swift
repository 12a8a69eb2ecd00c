/// What `clusternet graphs` lists about one stored graph.
///
/// ```swift
/// let summary = try store.graph(named: "fi2014")
/// print(summary.nodeCount, summary.linkCount)
/// ```
public struct GraphSummary: Sendable, Hashable {
    public var name: String
    public var isDirected: Bool
    public var description: String
    /// Where the data comes from (a statistics office, a survey, a generator and its seed).
    public var source: String
    public var nodeCount: Int
    public var linkCount: Int
    /// When the graph was created, ISO 8601 in UTC (`2026-11-29T23:41:07Z`).
    public var createdAt: String
    /// When its nodes, links or attributes last changed, ISO 8601 in UTC.
    public var updatedAt: String

    public init(name: String, isDirected: Bool, description: String, source: String, nodeCount: Int,
                linkCount: Int, createdAt: String, updatedAt: String) {
        self.name = name
        self.isDirected = isDirected
        self.description = description
        self.source = source
        self.nodeCount = nodeCount
        self.linkCount = linkCount
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

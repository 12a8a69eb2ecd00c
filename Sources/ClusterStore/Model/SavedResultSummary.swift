/// A saved analysis result as `clusternet results` lists it.
public struct SavedResultSummary: Sendable, Hashable {
    public var graph: String
    public var name: String
    /// `partition` or `scores`.
    public var type: String
    /// The method that produced it (`louvain`, `pagerank`, …).
    public var method: String
    public var parameters: [String: String]
    /// ISO 8601 in UTC.
    public var createdAt: String

    public init(graph: String, name: String, type: String, method: String, parameters: [String: String], createdAt: String) {
        self.graph = graph
        self.name = name
        self.type = type
        self.method = method
        self.parameters = parameters
        self.createdAt = createdAt
    }
}

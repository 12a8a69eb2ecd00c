import ClusterGraph

/// A request the assessment cannot answer, worded for the person who made it.
public enum AssessmentError: UserFacingError, Equatable {
    /// The node key is not in the graph.
    case unknownNode(key: String, graph: String)
    /// The cluster id is not one of the partition's communities.
    case unknownCluster(id: Int, count: Int)
    /// A generator parameter is out of range.
    case invalidParameter(name: String, message: String)

    public var description: String {
        switch self {
        case .unknownNode(let key, let graph):
            "graph \"\(graph)\" has no node \"\(key)\"; list its keys with `clusternet nodes --graph \(graph)`."
        case .unknownCluster(let id, let count):
            "there is no cluster \(id); the partition has clusters 0 to \(count - 1) (see `clusternet clusters`)."
        case .invalidParameter(let name, let message):
            "\(name): \(message)"
        }
    }
}

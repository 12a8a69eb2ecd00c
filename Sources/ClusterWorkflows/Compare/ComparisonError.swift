import ClusterGraph

/// Why graphs cannot be compared: each problem names the graphs and what differs.
public enum ComparisonError: UserFacingError, Equatable {
    /// Graphs in different units, with different sector sets, or neither one economy over years
    /// nor one year across economies.
    case incomparable(problems: [String])
    /// Fewer than one graph, or a graph named twice.
    case invalidGraphs(String)

    public var description: String {
        switch self {
        case .incomparable(let problems):
            return "these graphs are not comparable: " + problems.joined(separator: "; ")
        case .invalidGraphs(let reason):
            return reason
        }
    }
}

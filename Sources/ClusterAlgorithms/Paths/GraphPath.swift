/// A path through a graph: its nodes from start to end, the weight of each link taken and the
/// path's total cost (its number of links, or the sum of link costs for a weighted search).
public struct GraphPath: Sendable, Equatable {
    public let nodes: [Int]
    /// `weights[k]` is the weight of the link between `nodes[k]` and `nodes[k + 1]`.
    public let weights: [Double]
    public let cost: Double

    public var linkCount: Int { nodes.count - 1 }
}

/// What a link costs in a weighted shortest-path search.
public enum PathCost: String, Sendable, CaseIterable {
    /// 1 / weight: a stronger flow is a closer tie, so the path through the heaviest flows is
    /// shortest. Links of weight ≤ 0 cannot be used. The default.
    case inverseWeight = "inverse"
    /// The weight itself, for weights that are distances or costs. Negative weights cannot be used.
    case weight

    func cost(of weight: Double) -> Double? {
        switch self {
        case .inverseWeight: return weight > 0 ? 1 / weight : nil
        case .weight: return weight >= 0 ? weight : nil
        }
    }
}

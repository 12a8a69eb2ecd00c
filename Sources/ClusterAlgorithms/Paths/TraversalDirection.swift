import ClusterGraph

/// Which links a traversal follows from a node: those leaving it (`out`, the way goods flow:
/// to its customers), those entering it (`in`: to its suppliers) or both. In an undirected
/// graph the three are the same.
public enum TraversalDirection: String, Sendable, CaseIterable {
    case out
    case `in`
    case both
}

extension LinkageGraph {
    /// Calls `body` with each neighbour of `u` in `direction` and the weight of the link,
    /// successors first, each in index order. With `both`, a node linked both ways is visited twice.
    @inline(__always)
    func forEachNeighbour(of u: Int, direction: TraversalDirection, _ body: (Int, Double) -> Void) {
        if direction != .in || !isDirected {
            for position in outOffsets[u]..<outOffsets[u + 1] { body(Int(outTargets[position]), outWeights[position]) }
        }
        if isDirected, direction != .out {
            for position in inOffsets[u]..<inOffsets[u + 1] { body(Int(inSources[position]), inWeights[position]) }
        }
    }
}

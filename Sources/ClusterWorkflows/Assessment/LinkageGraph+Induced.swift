import ClusterGraph

extension LinkageGraph {
    /// The subgraph on `indices` (in that order) with the links among them, without attributes:
    /// what community detection sees when some sectors are left out.
    ///
    /// - Complexity: O(n + m).
    func linksAmong(_ indices: [Int]) -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: isDirected)
        var position = [Int](repeating: -1, count: nodeCount)
        for (new, old) in indices.enumerated() {
            position[old] = new
            builder.addNode(key: keys[old], label: labels[old], kind: kinds[old])
        }
        for old in indices {
            for (target, weight) in zip(successors(of: old), successorWeights(of: old)) {
                let new = position[Int(target)]
                // An undirected link is stored both ways; the builder adds the other direction.
                guard new >= 0, isDirected || old <= Int(target) else { continue }
                builder.addLink(from: position[old], to: new, weight: weight)
            }
        }
        return builder.build()
    }
}

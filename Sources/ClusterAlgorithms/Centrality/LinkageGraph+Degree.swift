import ClusterGraph

extension LinkageGraph {
    /// The number of links touching each node (in plus out for a directed graph; a self-loop
    /// counts once).
    ///
    /// ```swift
    /// graph.degrees()[graph.index(of: "16")!]   // 7
    /// ```
    ///
    /// - Complexity: O(n).
    public func degrees() -> [Double] {
        (0..<nodeCount).map { u in
            Double(outDegree(of: u) + (isDirected ? inDegree(of: u) : 0))
        }
    }

    /// The sum of the weights of the links touching each node (in plus out for a directed graph).
    ///
    /// - Complexity: O(n + m).
    public func strengths() -> [Double] {
        var strength = [Double](repeating: 0, count: nodeCount)
        let rows = neighbourRows()
        for u in 0..<nodeCount { rows.forEachNeighbour(of: u) { _, weight in strength[u] += weight } }
        return strength
    }
}

import ClusterGraph

extension LinkageGraph {
    /// Eigenvector centrality (Bonacich 1987) by power iteration on A + I, computed as networkx's
    /// `eigenvector_centrality`: for a directed graph a node is central when central nodes link
    /// to it (in-links); the result has unit Euclidean length.
    ///
    /// ```swift
    /// let centrality = try graph.eigenvectorCentrality(weighted: true)
    /// ```
    ///
    /// - Throws: ``AlgorithmError`` when it does not converge within `maximumIterations`.
    /// - Complexity: O(m) per iteration; O(n) extra memory.
    public func eigenvectorCentrality(weighted: Bool = false, tolerance: Double = 1e-10,
                                      maximumIterations: Int = 10_000) throws -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        if weighted { try requireNonNegativeWeights(algorithm: "Eigenvector centrality") }
        let inOffsets = self.inOffsets, inSources = self.inSources, inWeights = self.inWeights
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maximumIterations {
            var norm = 0.0
            for v in 0..<n {
                var value = x[v]
                for position in inOffsets[v]..<inOffsets[v + 1] {
                    value += x[Int(inSources[position])] * (weighted ? inWeights[position] : 1)
                }
                next[v] = value
                norm += value * value
            }
            norm = norm > 0 ? norm.squareRoot() : 1
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw AlgorithmError.noConvergence("Eigenvector centrality", iterations: maximumIterations)
    }
}

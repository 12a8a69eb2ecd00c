import ClusterGraph

extension LinkageGraph {
    /// PageRank (Brin & Page 1998) by power iteration, computed exactly as networkx's `pagerank`:
    /// x ← d (xP + Σ_dangling x · p) + (1 − d) p, with P the out-weight-normalised adjacency
    /// (an undirected link counts both ways) and p the personalisation.
    ///
    /// ```swift
    /// let rank = try graph.pageRank(PageRankOptions(damping: 0.85))
    /// ```
    ///
    /// Each iteration is shared among `options.threads` threads, node ranges of fixed size each;
    /// the sums over nodes are taken per range and added in range order, so the result does not
    /// depend on the number of threads.
    ///
    /// - Throws: ``AlgorithmError`` for invalid options or weights, or no convergence.
    /// - Complexity: O(m) per iteration; O(n) extra memory.
    public func pageRank(_ options: PageRankOptions = PageRankOptions()) throws -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        guard options.damping >= 0 && options.damping <= 1 else {
            throw AlgorithmError.invalidOption(name: "damping", value: "\(options.damping)", requirement: "it must be between 0 and 1")
        }
        if options.weighted { try requireNonNegativeWeights(algorithm: "PageRank") }
        var jump = [Double](repeating: 1 / Double(n), count: n)
        if let personalisation = options.personalisation {
            let total = personalisation.reduce(0, +)
            guard personalisation.count == n, personalisation.allSatisfy({ $0 >= 0 && $0.isFinite }), total > 0 else {
                throw AlgorithmError.invalidOption(
                    name: "personalisation", value: "\(personalisation.count) values",
                    requirement: "it needs one non-negative value per node, not all zero")
            }
            jump = personalisation.map { $0 / total }
        }
        // Each link's share of its source's rank: weight / out-strength, stored per in-link.
        var outStrength = [Double](repeating: 0, count: n)
        for u in 0..<n {
            if options.weighted {
                for position in outOffsets[u]..<outOffsets[u + 1] { outStrength[u] += outWeights[position] }
            } else {
                outStrength[u] = Double(outDegree(of: u))
            }
        }
        let dangling = (0..<n).filter { outStrength[$0] == 0 }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        let d = options.damping
        let weighted = options.weighted && inWeights.width != .unit
        let chunkSize = 1 << 13
        var changes = [Double](repeating: 0, count: chunkCount(n, chunkSize: chunkSize))
        for _ in 0..<options.maximumIterations {
            var danglingRank = 0.0
            for u in dangling { danglingRank += rank[u] }
            withRowViews { rows in
            rank.withUnsafeBufferPointer { rank in
            share.withUnsafeMutableBufferPointer { share in
            next.withUnsafeMutableBufferPointer { next in
            jump.withUnsafeBufferPointer { jump in
            outStrength.withUnsafeBufferPointer { outStrength in
            changes.withUnsafeMutableBufferPointer { changes in
                forEachChunk(n, chunkSize: chunkSize, threads: options.threads) { _, range in
                    for u in range { share[u] = outStrength[u] > 0 ? rank[u] / outStrength[u] : 0 }
                }
                // Every node reads the shares of its in-neighbours and writes its own rank only.
                forEachChunk(n, chunkSize: chunkSize, threads: options.threads) { chunk, range in
                    var change = 0.0
                    for v in range {
                        var incoming = 0.0
                        if weighted {
                            for position in rows.inOffsets[v]..<rows.inOffsets[v + 1] {
                                incoming += share[Int(rows.inSources[position])] * rows.inWeights[position]
                            }
                        } else {
                            for position in rows.inOffsets[v]..<rows.inOffsets[v + 1] { incoming += share[Int(rows.inSources[position])] }
                        }
                        let value = d * (incoming + danglingRank * jump[v]) + (1 - d) * jump[v]
                        change += abs(value - rank[v])
                        next[v] = value
                    }
                    changes[chunk] = change
                }
            }
            }
            }
            }
            }
            }
            }
            swap(&rank, &next)
            if changes.reduce(0, +) < Double(n) * options.tolerance { return rank }
        }
        throw AlgorithmError.noConvergence("PageRank", iterations: options.maximumIterations)
    }
}

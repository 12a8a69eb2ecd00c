import ClusterGraph

extension LinkageGraph {
    /// The core number of every node: the largest k such that the node belongs to a subgraph in
    /// which every node has degree at least k (Batagelj & Zaveršnik 2003, "An O(m) algorithm for
    /// cores decomposition of networks"). Degree counts links in both directions, as igraph's
    /// `coreness(mode="all")`; self-loops are ignored.
    ///
    /// ```swift
    /// let coreness = graph.coreness()   // coreness[i] for node i
    /// ```
    ///
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public func coreness() -> [Int] {
        let n = nodeCount
        // Rows to read: out-links, plus in-links for a directed graph (plain loops, not closures,
        // because this is the hot path).
        let rows = isDirected ? [(outOffsets, outTargets), (inOffsets, inSources)] : [(outOffsets, outTargets)]
        var degree = [Int](repeating: 0, count: n)
        for (offsets, neighbours) in rows {
            for u in 0..<n {
                for position in offsets[u]..<offsets[u + 1] where Int(neighbours[position]) != u { degree[u] += 1 }
            }
        }
        let maxDegree = degree.max() ?? 0
        // Bucket sort by degree: `order` holds nodes by current degree, `position` where each sits.
        var bucketStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { bucketStart[d + 1] += 1 }
        for d in 0...maxDegree { bucketStart[d + 1] += bucketStart[d] }
        var order = [Int](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        var fill = bucketStart
        for u in 0..<n {
            position[u] = fill[degree[u]]
            order[position[u]] = u
            fill[degree[u]] += 1
        }
        for i in 0..<n {
            let u = order[i]
            for (offsets, neighbours) in rows {
                for link in offsets[u]..<offsets[u + 1] {
                    let v = Int(neighbours[link])
                    guard v != u, degree[v] > degree[u] else { continue }
                    // Move v to the front of its bucket, then shrink the bucket by one.
                    let dv = degree[v]
                    let front = bucketStart[dv]
                    let w = order[front]
                    if w != v {
                        order[position[v]] = w
                        position[w] = position[v]
                        order[front] = v
                        position[v] = front
                    }
                    bucketStart[dv] += 1
                    degree[v] -= 1
                }
            }
        }
        return degree
    }

    /// Strength-weighted cores: the generalised cores of Batagelj & Zaveršnik (2011, "Fast
    /// algorithms for determining (generalized) core groups in social networks") with the node
    /// strength (sum of link weights, both directions, self-loops ignored) as the property.
    /// A node's value is the largest s such that it belongs to a subgraph where every node has
    /// strength at least s.
    ///
    /// - Complexity: O(m log n) time, O(n + m) memory for the heap.
    public func strengthCoreness() -> [Double] {
        let n = nodeCount
        var strength = [Double](repeating: 0, count: n)
        for u in 0..<n {
            forEachNeighbour(of: u) { v, weight in if v != u { strength[u] += weight } }
        }
        var removed = [Bool](repeating: false, count: n)
        var core = [Double](repeating: 0, count: n)
        var heap = MinHeap()
        for u in 0..<n { heap.push(strength[u], u) }
        var level = -Double.infinity
        while let (value, u) = heap.pop() {
            guard !removed[u], value == strength[u] else { continue }
            removed[u] = true
            level = max(level, value)
            core[u] = level
            forEachNeighbour(of: u) { v, weight in
                guard v != u, !removed[v] else { return }
                strength[v] -= weight
                heap.push(strength[v], v)
            }
        }
        return core
    }

    /// Calls `body` for every link touching `u`: outgoing, then (directed graphs) incoming.
    @inline(__always)
    func forEachNeighbour(of u: Int, _ body: (Int, Double) -> Void) {
        for position in outOffsets[u]..<outOffsets[u + 1] { body(Int(outTargets[position]), outWeights[position]) }
        guard isDirected else { return }
        for position in inOffsets[u]..<inOffsets[u + 1] { body(Int(inSources[position]), inWeights[position]) }
    }
}

import CAtomics
import ClusterGraph

extension LinkageGraph {
    /// The core number of every node: the largest k such that the node belongs to a subgraph in
    /// which every node has degree at least k (Batagelj & Zaveršnik 2003, "An O(m) algorithm for
    /// cores decomposition of networks"). Degree counts links in both directions, as igraph's
    /// `coreness(mode="all")`; self-loops are ignored.
    ///
    /// With more than one thread the nodes are peeled level by level instead (Kabir & Madduri
    /// 2017, "Parallel k-core decomposition on multicore platforms"): every node of degree k is
    /// removed at once, its neighbours' degrees lowered atomically, and those falling to k follow
    /// in the same level. Core numbers are unique, so the result is the same either way.
    ///
    /// ```swift
    /// let coreness = graph.coreness()   // coreness[i] for node i
    /// ```
    ///
    /// - Complexity: O(n + m) time, O(n) extra memory; with threads, O(n) more per distinct core
    ///   number to find each level's nodes.
    public func coreness(threads: Int = 1) -> [Int] {
        let n = nodeCount
        guard n > 0 else { return [] }
        if threads > 1 { return levelCoreness(threads: threads) }
        let directed = isDirected
        // Unsafe views and 32-bit state: the peeling loop is memory-bound, so bounds checks and
        // 8-byte integers would cost as much as the work itself.
        return withRowViews { rows in
            let degree = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
            let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
            let position = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
            defer { for buffer in [degree, order, position] { buffer.deallocate() } }
            var maxDegree: Int32 = 0
            for u in 0..<n {
                var count: Int32 = 0
                for link in rows.outOffsets[u]..<rows.outOffsets[u + 1] where Int(rows.outTargets[link]) != u { count += 1 }
                if directed {
                    for link in rows.inOffsets[u]..<rows.inOffsets[u + 1] where Int(rows.inSources[link]) != u { count += 1 }
                }
                degree[u] = count
                maxDegree = max(maxDegree, count)
            }
            // Bucket sort by degree: `order` holds nodes by current degree, `position`
            // where each sits, `bucketStart` where each degree's bucket begins.
            let bucketStart = UnsafeMutableBufferPointer<Int32>.allocate(capacity: Int(maxDegree) + 2)
            defer { bucketStart.deallocate() }
            bucketStart.initialize(repeating: 0)
            for u in 0..<n { bucketStart[Int(degree[u]) + 1] += 1 }
            for d in 0...Int(maxDegree) { bucketStart[d + 1] += bucketStart[d] }
            for u in 0..<n {
                let d = Int(degree[u])
                position[u] = bucketStart[d]
                order[Int(bucketStart[d])] = Int32(u)
                bucketStart[d] += 1
            }
            // Filling moved each bucket's start to the next one's; shift back.
            for d in stride(from: Int(maxDegree), to: 0, by: -1) { bucketStart[d] = bucketStart[d - 1] }
            bucketStart[0] = 0
            // Lowers neighbour v of the node being peeled (degree du) by one, moving v
            // to the front of its bucket and shrinking the bucket.
            @inline(__always) func lower(_ v: Int, _ u: Int, _ du: Int32) {
                let dv = degree[v]
                guard v != u, dv > du else { return }
                let front = bucketStart[Int(dv)]
                let w = Int(order[Int(front)])
                if w != v {
                    let from = position[v]
                    order[Int(from)] = Int32(w)
                    position[w] = from
                    order[Int(front)] = Int32(v)
                    position[v] = front
                }
                bucketStart[Int(dv)] = front + 1
                degree[v] = dv - 1
            }
            for i in 0..<n {
                let u = Int(order[i])
                let du = degree[u]
                for link in rows.outOffsets[u]..<rows.outOffsets[u + 1] { lower(Int(rows.outTargets[link]), u, du) }
                if directed {
                    for link in rows.inOffsets[u]..<rows.inOffsets[u + 1] { lower(Int(rows.inSources[link]), u, du) }
                }
            }
            return degree.map { Int($0) }
        }
    }

    /// Core numbers by peeling all nodes of the lowest remaining degree at once, on `threads`
    /// threads (see ``coreness(threads:)``).
    private func levelCoreness(threads: Int) -> [Int] {
        let n = nodeCount
        let directed = isDirected
        let chunkSize = 1 << 12
        return withRowViews { rows in
            var degree = [Int32](repeating: 0, count: n)
            var core = [Int32](repeating: -1, count: n)
            degree.withUnsafeMutableBufferPointer { degree in
            core.withUnsafeMutableBufferPointer { core in
                forEachChunk(n, chunkSize: chunkSize, threads: threads) { _, range in
                    for u in range {
                        var count: Int32 = 0
                        for link in rows.outOffsets[u]..<rows.outOffsets[u + 1] where Int(rows.outTargets[link]) != u { count += 1 }
                        if directed {
                            for link in rows.inOffsets[u]..<rows.inOffsets[u + 1] where Int(rows.inSources[link]) != u { count += 1 }
                        }
                        degree[u] = count
                    }
                }
                // Lowers neighbour v of a node peeled at `level`; true when v falls to the level
                // (exactly one thread sees that). A neighbour already at the level is left there.
                @inline(__always) func lower(_ v: Int, _ level: Int32) -> Bool {
                    guard catomic_load_int32(degree.baseAddress! + v) > level else { return false }
                    let before = catomic_fetch_add_int32(degree.baseAddress! + v, -1)
                    if before <= level { _ = catomic_fetch_add_int32(degree.baseAddress! + v, 1) }
                    return before == level + 1
                }
                var remaining = n
                var level: Int32 = 0
                // The nodes not yet peeled, compacted at every level so later levels scan fewer.
                var alive = (0..<Int32(n)).map { $0 }
                var found: [[Int32]] = []
                while remaining > 0 {
                    let chunks = chunkCount(alive.count, chunkSize: chunkSize)
                    var kept = [[Int32]](repeating: [], count: chunks)
                    var lowest = [Int32](repeating: .max, count: chunks)
                    found = [[Int32]](repeating: [], count: chunks)
                    alive.withUnsafeBufferPointer { alive in
                    kept.withUnsafeMutableBufferPointer { kept in
                    lowest.withUnsafeMutableBufferPointer { lowest in
                    found.withUnsafeMutableBufferPointer { found in
                        forEachChunk(alive.count, chunkSize: chunkSize, threads: threads) { chunk, range in
                            var left: [Int32] = []
                            var least = Int32.max
                            for u in alive[range] where core[Int(u)] < 0 {
                                left.append(u)
                                least = min(least, degree[Int(u)])
                            }
                            lowest[chunk] = least
                            kept[chunk] = left
                        }
                        // The nodes left at the lowest degree start the level.
                        level = lowest.min() ?? level
                        forEachChunk(chunks, chunkSize: 1, threads: threads) { chunk, _ in
                            found[chunk] = kept[chunk].filter { degree[Int($0)] == level }
                        }
                    }
                    }
                    }
                    }
                    alive = kept.flatMap { $0 }
                    var frontier = found.flatMap { $0 }
                    while !frontier.isEmpty {
                        for u in frontier { core[Int(u)] = level }
                        remaining -= frontier.count
                        let parts = chunkCount(frontier.count, chunkSize: 256)
                        var next = [[Int32]](repeating: [], count: parts)
                        next.withUnsafeMutableBufferPointer { next in
                            frontier.withUnsafeBufferPointer { frontier in
                                forEachChunk(frontier.count, chunkSize: 256, threads: threads) { part, range in
                                    var fallen: [Int32] = []
                                    for index in range {
                                        let u = Int(frontier[index])
                                        for link in rows.outOffsets[u]..<rows.outOffsets[u + 1] where lower(Int(rows.outTargets[link]), level) {
                                            fallen.append(rows.outTargets[link])
                                        }
                                        guard directed else { continue }
                                        for link in rows.inOffsets[u]..<rows.inOffsets[u + 1] where lower(Int(rows.inSources[link]), level) {
                                            fallen.append(rows.inSources[link])
                                        }
                                    }
                                    next[part] = fallen
                                }
                            }
                        }
                        frontier = next.flatMap { $0 }
                    }
                }
            }
            }
            return core.map { Int($0) }
        }
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
        let rows = neighbourRows()
        var strength = [Double](repeating: 0, count: n)
        for u in 0..<n {
            rows.forEachNeighbour(of: u) { v, weight in if v != u { strength[u] += weight } }
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
            rows.forEachNeighbour(of: u) { v, weight in
                guard v != u, !removed[v] else { return }
                strength[v] -= weight
                heap.push(strength[v], v)
            }
        }
        return core
    }
}

import ClusterGraph

extension LinkageGraph {
    /// Weakly connected components (link direction ignored) as a canonical ``Partition``.
    ///
    /// Union–find over the outgoing rows only (Tarjan 1975, with path halving), so a directed
    /// graph needs no incoming rows: every link joins its two ends whichever way it points.
    ///
    /// ```swift
    /// let components = graph.weakComponents()
    /// components.members(keys: graph.keys)   // [["a", "b"], ["c"]]
    /// ```
    ///
    /// - Complexity: O(m α(n)) time, O(n) extra memory.
    public func weakComponents() -> Partition {
        let n = nodeCount
        // 32-bit parents read through unsafe views: the pass is memory-bound, and halving the
        // array keeps more of it in cache.
        var parent = [Int32](unsafeUninitializedCapacity: n) { parent, count in
            for u in 0..<n { parent[u] = Int32(u) }
            count = n
        }
        parent.withUnsafeMutableBufferPointer { parent in
            @inline(__always) func root(_ u: Int32) -> Int32 {
                var u = u
                while parent[Int(u)] != u {
                    let grandparent = parent[Int(parent[Int(u)])]
                    parent[Int(u)] = grandparent
                    u = grandparent
                }
                return u
            }
            outOffsets.withUnsafeBufferPointer { offsets in
                outTargets.withUnsafeBufferPointer { targets in
                    for u in 0..<n {
                        for position in offsets[u]..<offsets[u + 1] {
                            let a = root(Int32(u)), b = root(targets[position])
                            // The smaller index becomes the root, so the labels do not depend on timing.
                            if a < b { parent[Int(b)] = a } else if b < a { parent[Int(a)] = b }
                        }
                    }
                }
            }
            for u in 0..<n { parent[u] = root(Int32(u)) }
        }
        return Partition(assignment: parent.map { Int($0) }, keys: keys)
    }

    /// Strongly connected components (Tarjan 1972, iterative so deep graphs cannot overflow the
    /// stack) as a canonical ``Partition``. For an undirected graph they are the weak components.
    ///
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public func strongComponents() -> Partition {
        guard isDirected else { return weakComponents() }
        let n = nodeCount
        var index = [Int](repeating: -1, count: n)
        var lowLink = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int](repeating: -1, count: n)
        var componentStack: [Int] = []
        // Depth-first frames: the node and the position of the next link to follow.
        var frames: [(node: Int, next: Int)] = []
        var counter = 0, components = 0
        for root in 0..<n where index[root] < 0 {
            frames.append((root, outOffsets[root]))
            index[root] = counter; lowLink[root] = counter; counter += 1
            componentStack.append(root); onStack[root] = true
            while let frame = frames.last {
                let u = frame.node
                if frame.next < outOffsets[u + 1] {
                    frames[frames.count - 1].next += 1
                    let v = Int(outTargets[frame.next])
                    if index[v] < 0 {
                        index[v] = counter; lowLink[v] = counter; counter += 1
                        componentStack.append(v); onStack[v] = true
                        frames.append((v, outOffsets[v]))
                    } else if onStack[v] {
                        lowLink[u] = min(lowLink[u], index[v])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { lowLink[parent.node] = min(lowLink[parent.node], lowLink[u]) }
                guard lowLink[u] == index[u] else { continue }
                while let v = componentStack.popLast() {
                    onStack[v] = false
                    label[v] = components
                    if v == u { break }
                }
                components += 1
            }
        }
        return Partition(assignment: label, keys: keys)
    }
}

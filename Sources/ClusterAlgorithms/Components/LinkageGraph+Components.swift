import ClusterGraph

extension LinkageGraph {
    /// Weakly connected components (link direction ignored) as a canonical ``Partition``.
    ///
    /// ```swift
    /// let components = graph.weakComponents()
    /// components.members(keys: graph.keys)   // [["a", "b"], ["c"]]
    /// ```
    ///
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public func weakComponents() -> Partition {
        let n = nodeCount
        let directed = isDirected
        // A 32-bit label per node and a preallocated stack, read through unsafe views: the
        // traversal is memory-bound, and halving the label array keeps more of it in cache.
        let label = withRowViews { rows in
            var label = [Int32](repeating: -1, count: n)
            label.withUnsafeMutableBufferPointer { label in
                let stack = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(n, 1))
                defer { stack.deallocate() }
                var count: Int32 = 0
                for root in 0..<n where label[root] < 0 {
                    label[root] = count
                    stack[0] = Int32(root)
                    var depth = 1
                    while depth > 0 {
                        depth -= 1
                        let u = Int(stack[depth])
                        // Each node is pushed once, when labelled, so the stack never exceeds n.
                        for position in rows.outOffsets[u]..<rows.outOffsets[u + 1] where label[Int(rows.outTargets[position])] < 0 {
                            label[Int(rows.outTargets[position])] = count
                            stack[depth] = rows.outTargets[position]
                            depth += 1
                        }
                        guard directed else { continue }
                        for position in rows.inOffsets[u]..<rows.inOffsets[u + 1] where label[Int(rows.inSources[position])] < 0 {
                            label[Int(rows.inSources[position])] = count
                            stack[depth] = rows.inSources[position]
                            depth += 1
                        }
                    }
                    count += 1
                }
            }
            return label
        }
        return Partition(assignment: label.map { Int($0) }, keys: keys)
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

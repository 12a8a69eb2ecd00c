extension LinkageGraph {
    /// The graph induced by the nodes at `indices` (in that order; repeats ignored): those nodes
    /// with their labels, kinds and attributes, and every link between two of them.
    ///
    /// ```swift
    /// let traded = graph.subgraph(indices: [0, 2, 5])
    /// ```
    ///
    /// - Complexity: O(n + k + Σ d(u) + m' log d) for k indices of total degree Σ d(u) and m' links kept.
    public func subgraph(indices: [Int]) -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: isDirected)
        var position = [Int](repeating: -1, count: nodeCount)
        var kept: [Int] = []
        for old in indices where position[old] < 0 {
            position[old] = builder.addNode(NodeRecord(key: keys[old], label: labels[old], kind: kinds[old],
                                                       attributes: attributes.attributes(at: old)))
            kept.append(old)
        }
        for old in kept {
            for (target, weight) in zip(successors(of: old), successorWeights(of: old)) {
                let new = position[Int(target)]
                // An undirected link sits in both ends' rows: keep it once.
                guard new >= 0, isDirected || old <= Int(target) else { continue }
                builder.addLink(from: position[old], to: new, weight: weight)
            }
        }
        return builder.build()
    }

    /// ``subgraph(indices:)`` of the nodes named by `keys`; keys the graph lacks are skipped.
    ///
    /// ```swift
    /// let forest = graph.subgraph(keys: ["02_03", "16", "17_18"])
    /// print(forest.nodeCount, forest.linkCount)
    /// ```
    public func subgraph(keys wanted: [String]) -> LinkageGraph {
        subgraph(indices: wanted.compactMap(index(of:)))
    }
}

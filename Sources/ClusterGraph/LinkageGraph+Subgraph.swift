extension LinkageGraph {
    /// The graph induced by `keys`: those nodes (in the order given; keys the graph lacks are
    /// skipped) with their labels, kinds and attributes, and every link between two of them.
    ///
    /// ```swift
    /// let forest = graph.subgraph(keys: ["02_03", "16", "17_18"])
    /// print(forest.nodeCount, forest.linkCount)
    /// ```
    ///
    /// - Complexity: O(k + Σ d(u) + m' log d) for k keys of total degree Σ d(u) and m' links kept.
    public func subgraph(keys wanted: [String]) -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: isDirected)
        var included: [Int: Int] = [:]
        for key in wanted {
            guard let index = index(of: key), included[index] == nil else { continue }
            included[index] = builder.addNode(NodeRecord(key: key, label: labels[index], kind: kinds[index],
                                                         attributes: attributes.attributes(at: index)))
        }
        for (u, newU) in included.sorted(by: { $0.value < $1.value }) {
            for (v, weight) in zip(successors(of: u), successorWeights(of: u)) {
                // An undirected link sits in both ends' rows: keep it once.
                guard let newV = included[Int(v)], isDirected || u <= Int(v) else { continue }
                builder.addLink(from: newU, to: newV, weight: weight)
            }
        }
        return builder.build()
    }
}

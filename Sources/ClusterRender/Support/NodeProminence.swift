import ClusterGraph

/// How prominent each node is, to pick the members that name a cluster: its `sizeAttribute`
/// where it has one, else its total link weight (in and out).
enum NodeProminence {
    /// One value per node of `graph`.
    ///
    /// ```swift
    /// let prominence = NodeProminence.values(graph, sizeAttribute: "output")
    /// ```
    ///
    /// - Complexity: O(n + m).
    static func values(_ graph: LinkageGraph, sizeAttribute: String) -> [Double] {
        (0..<graph.nodeCount).map { node in
            graph.attributes.number(sizeAttribute, at: node)
                ?? graph.successorWeights(of: node).reduce(0) { $0 + abs($1) } + graph.predecessorWeights(of: node).reduce(0) { $0 + abs($1) }
        }
    }

    /// `nodes` from most to least prominent; ties in key order (``Partition/keyPrecedes(_:_:)``).
    static func ranked(_ nodes: [Int], by prominence: [Double], in graph: LinkageGraph) -> [Int] {
        nodes.sorted { a, b in
            prominence[a] != prominence[b] ? prominence[a] > prominence[b] : Partition.keyPrecedes(graph.keys[a], graph.keys[b])
        }
    }
}

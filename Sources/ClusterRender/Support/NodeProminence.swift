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
        nodes.sorted { precedes($0, $1, prominence, graph) }
    }

    /// The first of ``ranked(_:by:in:)`` without sorting the rest: O(n) where a cluster of a
    /// firm network can have millions of members.
    static func mostProminent(_ nodes: [Int], by prominence: [Double], in graph: LinkageGraph) -> Int? {
        nodes.min { precedes($0, $1, prominence, graph) }
    }

    private static func precedes(_ a: Int, _ b: Int, _ prominence: [Double], _ graph: LinkageGraph) -> Bool {
        prominence[a] != prominence[b] ? prominence[a] > prominence[b] : Partition.keyPrecedes(graph.keys[a], graph.keys[b])
    }
}

extension CommunityOverview {
    /// The overview of a loaded graph by the communities of `partition` (indexed like `graph`),
    /// in community-id order: what `init(graph:clusters:)` (ClusterRender) gives for
    /// `RenderedCluster.clusters(from:graph:)` (ClusterRender), without listing millions
    /// of member keys first.
    ///
    /// - Complexity: O(n + m).
    public init(graph: LinkageGraph, partition: Partition, sizeAttribute: String = "output") {
        precondition(partition.assignment.count == graph.nodeCount, "a partition of another graph")
        self.init(graph: graph, clusterOf: partition.assignment.map { Int32($0) }, clusterCount: partition.communityCount,
                  sizeAttribute: sizeAttribute)
    }

    /// The overview of a loaded graph by `clusterOf` (each node's cluster in `0..<clusterCount`,
    /// any other value for none); see ``Accumulator``.
    public init(graph: LinkageGraph, clusterOf: [Int32], clusterCount: Int, sizeAttribute: String = "output") {
        var accumulator = Accumulator(isDirected: graph.isDirected, clusterOf: clusterOf, clusterCount: clusterCount)
        graph.outWeights.withReader { weights in
            for u in 0..<graph.nodeCount {
                for position in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                    let v = Int(graph.outTargets[position])
                    // An undirected link is in the rows of both ends: add it once, as it is stored.
                    guard graph.isDirected || u <= v else { continue }
                    accumulator.addLink(source: u, target: v, weight: weights[position])
                }
            }
        }
        let column = graph.attributes.column(sizeAttribute)
        self = accumulator.overview(size: column.map { column in { column[$0] } },
                                    members: { $0.map { Member(key: graph.keys[$0], label: graph.labels[$0]) } })
    }
}

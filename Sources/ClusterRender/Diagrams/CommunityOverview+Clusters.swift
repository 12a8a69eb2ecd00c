import ClusterGraph

extension CommunityOverview {
    /// The overview of a loaded graph by `clusters` (a node listed twice belongs to the first
    /// cluster naming it; keys the graph lacks are ignored), its members ranked by
    /// `sizeAttribute` where they have it, else by total link weight.
    ///
    /// ```swift
    /// let overview = CommunityOverview(graph: graph, clusters: RenderedCluster.clusters(from: partition, graph: graph))
    /// ```
    ///
    /// - Complexity: O(n + m) beside looking up the members' keys.
    public init(graph: LinkageGraph, clusters: [RenderedCluster], sizeAttribute: String = "output") {
        let membership = Membership(graph: graph, clusters: clusters)
        self.init(graph: graph, clusterOf: membership.cluster.map { Int32($0 ?? -1) }, clusterCount: clusters.count,
                  sizeAttribute: sizeAttribute)
    }
}

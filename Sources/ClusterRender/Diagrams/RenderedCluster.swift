import ClusterGraph

/// A cluster to draw: its members and, when assessed, its maturity class.
///
/// The assessment module passes its results in this shape; a bare ``Partition`` converts with
/// ``clusters(from:keys:)``.
///
/// ```swift
/// let forest = RenderedCluster(id: "c0", members: ["02_03", "16", "17_18"],
///                              maturity: "strong", title: "Forest")
/// ```
public struct RenderedCluster: Sendable, Hashable {
    /// Stable identifier, used for the Graphviz subgraph name (`cluster_<position>`) and tooltips.
    public var id: String
    /// Node keys; keys the graph does not have are ignored.
    public var members: [String]
    /// `strong`, `stable`, `potential` or `latent` (see ``MaturityStyle``); nil when unassessed.
    public var maturity: String?
    /// The name shown on the cluster's box.
    public var title: String

    public init(id: String, members: [String], maturity: String? = nil, title: String) {
        self.id = id
        self.members = members
        self.maturity = maturity
        self.title = title
    }

    /// One cluster per community of `partition` (indexed like `graph`), titled by community id and
    /// its largest member — by `sizeAttribute`, else by total link weight — such as
    /// `3: Paper, pulp and printing +4`; `maturity[id]` gives a class where known.
    ///
    /// ```swift
    /// let clusters = RenderedCluster.clusters(from: partition, graph: graph, maturity: ["strong", nil])
    /// ```
    ///
    /// - Complexity: O(n log n + m).
    public static func clusters(from partition: Partition, graph: LinkageGraph, maturity: [String?] = [],
                                sizeAttribute: String = "output") -> [RenderedCluster] {
        // The overview ranks each community's members by the same rule a saved partition's
        // overview uses, so a diagram's titles do not depend on whether the graph was loaded.
        let titled = clusters(from: CommunityOverview(graph: graph, partition: partition, sizeAttribute: sizeAttribute),
                              maturity: maturity)
        return zip(titled, partition.memberIndices()).map { cluster, nodes in
            var cluster = cluster
            cluster.members = nodes.map { graph.keys[$0] }.sorted(by: Partition.keyPrecedes)
            return cluster
        }
    }

    /// One cluster per cluster of `overview`, titled as ``clusters(from:graph:maturity:sizeAttribute:)``
    /// titles them, without members: for ``LinkageDiagram/make(overview:clusters:options:engine:)``,
    /// which draws each as one node.
    public static func clusters(from overview: CommunityOverview, maturity: [String?] = []) -> [RenderedCluster] {
        overview.clusters.enumerated().map { id, cluster in
            RenderedCluster(id: String(id), members: [], maturity: id < maturity.count ? maturity[id] : nil,
                            title: title(id: id, largest: cluster.prominent.first.map { $0.label ?? $0.key }, memberCount: cluster.memberCount))
        }
    }

    /// `3: Paper, pulp and printing +4`: the id, the largest member's name and how many others.
    private static func title(id: Int, largest: String?, memberCount: Int) -> String {
        "\(id): \(largest ?? "")" + (memberCount > 1 ? " +\(memberCount - 1)" : "")
    }
}

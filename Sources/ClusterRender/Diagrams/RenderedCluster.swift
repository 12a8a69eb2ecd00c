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

    /// One unassessed cluster per community of `partition`, titled `Community <id>`.
    ///
    /// - Parameter keys: the node keys the partition is indexed by (the graph's `keys`).
    public static func clusters(from partition: Partition, keys: [String]) -> [RenderedCluster] {
        partition.members(keys: keys).enumerated().map { id, members in
            RenderedCluster(id: String(id), members: members, title: "Community \(id)")
        }
    }
}

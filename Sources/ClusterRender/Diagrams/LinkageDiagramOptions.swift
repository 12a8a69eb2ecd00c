/// What a linkage diagram shows and how much of it.
///
/// ```swift
/// var options = LinkageDiagramOptions()
/// options.title = "Finland 2014: linkage strength"
/// options.topLinksPerNode = 2
/// ```
public struct LinkageDiagramOptions: Sendable, Hashable {
    /// Heading drawn above the diagram.
    public var title: String?
    /// Keep only each node's `k` heaviest links (a link stays when it is in the top k of either
    /// end); nil or 0 draws every link. Default 3.
    public var topLinksPerNode: Int?
    /// Hide links lighter than this; nil hides none.
    public var minimumWeight: Double?
    /// Numeric node attribute that sets node size, when nodes have it. Default `output`.
    public var sizeAttribute: String
    /// Above this many nodes the graph is aggregated (clusters as single nodes, or only the
    /// strongest nodes without clusters). Default 5,000.
    public var nodeLimit: Int
    /// When clusters are drawn as single nodes. Default ``Aggregation/auto`` (above `nodeLimit`).
    public var aggregation: Aggregation
    /// What the clusters are, as a plural noun phrase for the note about aggregation, such as
    /// `communities found by Louvain (seed 1)`. Default `clusters`.
    public var clusterSource: String
    /// At most this many nodes in an aggregated drawing: the largest clusters, and one node for
    /// all smaller ones. Default 50.
    public var aggregatedNodeLimit: Int
    /// Above this many drawn nodes, nodes are drawn as dots without labels. Default 300.
    public var labelLimit: Int
    /// Seed of the force-directed layouts; the same seed gives the same drawing. Default 1.
    public var seed: Int

    public init(title: String? = nil, topLinksPerNode: Int? = 3, minimumWeight: Double? = nil,
                sizeAttribute: String = "output", nodeLimit: Int = 5_000, aggregation: Aggregation = .auto,
                clusterSource: String = "clusters", aggregatedNodeLimit: Int = 50, labelLimit: Int = 300, seed: Int = 1) {
        self.title = title
        self.topLinksPerNode = topLinksPerNode
        self.minimumWeight = minimumWeight
        self.sizeAttribute = sizeAttribute
        self.nodeLimit = nodeLimit
        self.aggregation = aggregation
        self.clusterSource = clusterSource
        self.aggregatedNodeLimit = aggregatedNodeLimit
        self.labelLimit = labelLimit
        self.seed = seed
    }

    /// Whether a graph of `nodeCount` nodes is drawn by its clusters, one node each, when
    /// clusters are known: always when asked, and by default above ``nodeLimit``.
    public func aggregates(nodeCount: Int) -> Bool {
        aggregation == .always || (aggregation == .auto && nodeCount > nodeLimit)
    }
}

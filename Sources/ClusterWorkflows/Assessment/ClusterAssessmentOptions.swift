import ClusterAssessment

/// Everything that decides a cluster assessment: which clusters, which data, which rules.
///
/// Every front end that shows maturity classes — `clusters`, `render --maturity`, the report, the
/// web page — builds one of these and hands it to ``AssessmentInputs`` and
/// ``PartitionAssessment``, so the same options always give the same classes.
///
/// ```swift
/// var options = ClusterAssessmentOptions(graph: "fi2014-strength")
/// options.partition = "clusters"
/// options.compare = "fi2005"
/// options.sectorTypes = try ShippedData.locate(explicit: nil).sectorTypes()
/// let assessment = try PartitionAssessment(AssessmentInputs(store: store, options: options))
/// ```
public struct ClusterAssessmentOptions: Sendable {
    /// The graph the clusters are found on (and any saved partition belongs to).
    public var graph: String
    /// A partition saved on ``graph``; nil detects clusters with Leiden.
    public var partition: String?
    /// The graph with the flows and sector attributes; nil follows
    /// ``ClusterStore/LinkageStore/flowsGraphName(for:explicit:)``.
    public var flows: String?
    /// An earlier graph of the same economy, for dynamics.
    public var compare: String?
    /// The national graph a regional graph is compared with, for location quotients.
    public var reference: String?
    public var rules: MaturityRules
    /// Seed and resolution of Leiden when no partition is given.
    public var seed: UInt64
    public var resolution: Double
    /// Traded/local classifications to choose from: the first that lists every sector of
    /// ``graph`` applies (none: every sector counts as traded, and the output says so).
    public var sectorTypes: [SectorTypes]
    /// Keep local sectors in cluster detection and assessment instead of reporting them apart as
    /// the local economy.
    public var includeLocal: Bool
    /// Names of the partition's communities by id (a named cluster definition), or nil.
    public var names: [String]?
    /// A fixed cluster definition (`key,cluster` file) whose clusters are assessed instead of a
    /// saved or detected partition; ``AssessmentInputs`` applies it to the graph's keys.
    public var definition: ClusterDefinition?

    public init(graph: String, partition: String? = nil, flows: String? = nil, compare: String? = nil,
                reference: String? = nil, rules: MaturityRules = .standard, seed: UInt64 = 0, resolution: Double = 1,
                sectorTypes: [SectorTypes] = [], includeLocal: Bool = false, names: [String]? = nil) {
        self.graph = graph
        self.partition = partition
        self.flows = flows
        self.compare = compare
        self.reference = reference
        self.rules = rules
        self.seed = seed
        self.resolution = resolution
        self.sectorTypes = sectorTypes
        self.includeLocal = includeLocal
        self.names = names
    }
}

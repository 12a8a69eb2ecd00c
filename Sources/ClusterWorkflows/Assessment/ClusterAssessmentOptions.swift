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

    public init(graph: String, partition: String? = nil, flows: String? = nil, compare: String? = nil,
                reference: String? = nil, rules: MaturityRules = .standard, seed: UInt64 = 0, resolution: Double = 1) {
        self.graph = graph
        self.partition = partition
        self.flows = flows
        self.compare = compare
        self.reference = reference
        self.rules = rules
        self.seed = seed
        self.resolution = resolution
    }
}

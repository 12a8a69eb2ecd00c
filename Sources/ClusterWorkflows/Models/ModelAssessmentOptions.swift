import ClusterAssessment

/// What decides a model comparison: the graph, optionally one cluster of a saved partition, the
/// flows graph, the prototypes and what-if values.
///
/// ```swift
/// var options = ModelAssessmentOptions(graph: "fi2014-strength")
/// options.cluster = (partition: "clusters", id: 1)
/// options.whatIf = [.fdi: 0.9]   // as if FDI were high, without re-importing
/// let assessment = try ModelAssessment(store: store, options: options)
/// print(assessment.verdict.name)
/// ```
public struct ModelAssessmentOptions: Sendable {
    public var graph: String
    /// A cluster of a partition saved on ``graph`` (or of ``definition``, whose source then names
    /// the partition); nil profiles the whole graph.
    public var cluster: (partition: String, id: Int)?
    /// A fixed cluster definition whose clusters ``cluster`` counts in, instead of a saved partition.
    public var definition: ClusterDefinition?
    /// The graph with the flows and attributes; nil follows
    /// ``ClusterStore/LinkageStore/flowsGraphName(for:explicit:)``.
    public var flows: String?
    public var prototypes: ModelPrototypes
    /// Scores that replace the measured ones, to ask "what if".
    public var whatIf: [Characteristic: Double]

    public init(graph: String, cluster: (partition: String, id: Int)? = nil, flows: String? = nil,
                prototypes: ModelPrototypes = .standard, whatIf: [Characteristic: Double] = [:]) {
        self.graph = graph
        self.cluster = cluster
        self.flows = flows
        self.prototypes = prototypes
        self.whatIf = whatIf
    }
}

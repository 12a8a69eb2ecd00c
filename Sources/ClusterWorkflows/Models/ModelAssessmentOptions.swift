import ClusterAssessment

/// What decides a model comparison: the graph, optionally one cluster of a saved partition, the
/// flows graph and the prototypes.
///
/// ```swift
/// var options = ModelAssessmentOptions(graph: "fi2014-strength")
/// options.cluster = (partition: "clusters", id: 1)
/// let assessment = try ModelAssessment(store: store, options: options)
/// print(assessment.ranking.first?.model.title ?? "")
/// ```
public struct ModelAssessmentOptions: Sendable {
    public var graph: String
    /// A cluster of a partition saved on ``graph``; nil profiles the whole graph.
    public var cluster: (partition: String, id: Int)?
    /// The graph with the flows and attributes; nil follows
    /// ``ClusterStore/LinkageStore/flowsGraphName(for:explicit:)``.
    public var flows: String?
    public var prototypes: ModelPrototypes

    public init(graph: String, cluster: (partition: String, id: Int)? = nil, flows: String? = nil,
                prototypes: ModelPrototypes = .standard) {
        self.graph = graph
        self.cluster = cluster
        self.flows = flows
        self.prototypes = prototypes
    }
}

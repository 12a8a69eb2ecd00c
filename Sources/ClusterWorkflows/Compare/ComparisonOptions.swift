import ClusterAssessment

/// What decides a comparison: the template, the graphs and the assessment options every graph
/// is assessed with.
///
/// ```swift
/// var options = ComparisonOptions(template: "etla", graphs: ["FIN-1995", "FIN-2000", "FIN-2005", "FIN-2011"])
/// options.assessment.rules = try MaturityRules.decode(data, source: "my-rules.json")
/// let comparison = try Comparison(store: store, options: options)
/// ```
public struct ComparisonOptions: Sendable {
    public var template: String
    public var graphs: [String]
    /// The options of every graph's ``PartitionAssessment``; `graph`, `partition` and `compare`
    /// are set for each graph (its name, the template fitted to it, its earlier graph).
    public var assessment: ClusterAssessmentOptions
    /// An earlier graph for a graph's dynamics, by graph name. In a series each graph without
    /// one takes the graph before it.
    public var earlier: [String: String]
    /// Compare even graphs of different units, sector sets, or economies and years at once; the
    /// problems are then reported with the result instead of refusing.
    public var force: Bool

    public init(template: String, graphs: [String], assessment: ClusterAssessmentOptions = ClusterAssessmentOptions(graph: ""),
                earlier: [String: String] = [:], force: Bool = false) {
        self.template = template
        self.graphs = graphs
        self.assessment = assessment
        self.earlier = earlier
        self.force = force
    }
}

import ClusterAlgorithms
import ClusterAssessment
import ClusterGraph
import ClusterStore
import ResultFormat

/// The clusters of a partition with their indicators, maturity classes, reasons and links to one
/// another: the one assessment pipeline behind `clusters`, `render --maturity` and the report.
///
/// ```swift
/// let inputs = try AssessmentInputs(store: store, options: ClusterAssessmentOptions(graph: "fi2014-strength"))
/// let assessment = try PartitionAssessment(inputs)
/// for cluster in assessment.clusters { print(cluster.id, cluster.maturity, cluster.reasons.first ?? "") }
/// ```
public struct PartitionAssessment: Sendable {
    public let inputs: AssessmentInputs
    /// The saved partition, or the one Leiden found.
    public let partition: Partition
    public let clusters: [AssessedCluster]
    public let neighbours: ClusterNeighbours

    /// True when the partition was detected here rather than loaded.
    public var wasDetected: Bool { inputs.savedPartition == nil }

    /// - Throws: ``ClusterAssessment/RulesError`` when the rules are inconsistent.
    public init(_ inputs: AssessmentInputs) throws {
        self.inputs = inputs
        let options = inputs.options
        partition = try inputs.savedPartition
            ?? inputs.structure.communities(CommunityOptions(method: .leiden, resolution: options.resolution, seed: options.seed)).partition
        let calculator = ClusterIndicatorCalculator(flows: inputs.flows, structure: inputs.structure, reference: inputs.reference,
                                                    earlier: inputs.earlier, settings: options.rules.indicators)
        clusters = try MaturityClassifier(rules: options.rules).assess(partition, calculator: calculator)
        neighbours = ClusterNeighbours(flows: inputs.flows, clusters: clusters.map(\.members))
    }

    /// Each community's class name by community id (nil where a community has no assessed
    /// cluster), as diagrams colour them.
    public var classByCommunity: [String?] {
        var classes = [String?](repeating: nil, count: partition.communityCount)
        for cluster in clusters where classes.indices.contains(cluster.id) { classes[cluster.id] = cluster.maturity.rawValue }
        return classes
    }

    /// Saves a detected partition on the assessed graph under `name`, replacing one of that name,
    /// with the detection's method and parameters.
    public func saveDetectedPartition(as name: String, in store: LinkageStore) throws {
        let options = inputs.options
        try store.savePartition(partition, graph: options.graph, name: name, method: "leiden",
                                parameters: ["seed": String(options.seed), "resolution": String(options.resolution)], replace: true)
    }

    /// The JSON document of `clusters --format json` (see Docs/maturity-and-models.md).
    public func json() -> JSONValue {
        let options = inputs.options
        return .object([
            ("graph", .string(options.graph)),
            ("flows", .string(inputs.flowsName)),
            ("partition", .string(options.partition ?? "leiden")),
            ("compare", options.compare.map(JSONValue.string) ?? .null),
            ("rules", .string(options.rules.name)),
            ("clusters", .array(clusters.map { cluster in
                JSONValue.assessedCluster(cluster, neighbours: neighbours.links(of: cluster.id, flowsPerCluster: 5))
            })),
        ])
    }
}

import ClusterAssessment
import ClusterGraph
import ClusterStore
import ResultFormat

/// A cluster's (or a whole graph's) profile on the six characteristics and the four cluster
/// models ranked by similarity: the pipeline behind `models` and the report.
///
/// ```swift
/// let assessment = try ModelAssessment(store: store, options: ModelAssessmentOptions(graph: "kz-materials"))
/// for match in assessment.ranking { print(match.model.title, match.score) }
/// ```
public struct ModelAssessment: Sendable {
    public let options: ModelAssessmentOptions
    /// The graph the flows and attributes came from.
    public let flowsName: String
    /// The profiled cluster's members, or nil when the whole graph is profiled.
    public let members: [String]?
    public let profile: ModelProfile
    public let ranking: [ModelMatch]

    /// `finished` is called with `"load"` once the graphs are read and with `"compute"` at the end,
    /// for front ends that time the phases.
    /// - Throws: ``ClusterAssessment/AssessmentError/unknownCluster(id:count:)`` for a cluster id
    ///   the partition does not have, and the store's errors.
    public init(store: LinkageStore, options: ModelAssessmentOptions, finished: (String) -> Void = { _ in }) throws {
        self.options = options
        let structure = try store.loadGraph(named: options.graph)
        let flows: LinkageGraph
        (flowsName, flows) = try store.loadFlowsGraph(for: options.graph, structure: structure, explicit: options.flows)
        if let cluster = options.cluster {
            let groups = try store.loadPartition(graph: options.graph, name: cluster.partition).members(keys: structure.keys)
            guard groups.indices.contains(cluster.id) else {
                throw AssessmentError.unknownCluster(id: cluster.id, count: groups.count)
            }
            members = groups[cluster.id]
        } else {
            members = nil
        }
        finished("load")
        profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: flows)).profile(members: members)
        ranking = options.prototypes.rank(profile)
        finished("compute")
    }

    /// The JSON document of `models --format json` (see Docs/maturity-and-models.md).
    public func json() -> JSONValue {
        .object([
            ("graph", .string(options.graph)),
            ("flows", .string(flowsName)),
            ("cluster", options.cluster.map { .number($0.id) } ?? .null),
            ("members", members.map(JSONValue.strings) ?? .null),
            ("profile", .object(profile.scores.map { ($0.characteristic.rawValue, .number($0.score)) })),
            ("ranking", .array(ranking.map { match in
                .object([("model", .string(match.model.rawValue)), ("score", .number(match.score)),
                         ("reasons", .strings(match.reasons))])
            })),
            ("indicators", .object(profile.scores.map { score in
                (score.characteristic.rawValue, .object([
                    ("indicator", score.indicator.map(JSONValue.string) ?? .null),
                    ("value", .number(score.value)),
                    ("text", .string(score.text)),
                ]))
            })),
        ])
    }
}

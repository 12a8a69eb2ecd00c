import ClusterAssessment
import ClusterGraph
import ClusterStore
import ResultFormat

/// A cluster's (or a whole graph's) profile, the four cluster models ranked against it, and an
/// honest verdict: the pipeline behind `models`, the report and the web page.
///
/// ```swift
/// let assessment = try ModelAssessment(store: store, options: ModelAssessmentOptions(graph: "kz-materials"))
/// assessment.verdict.name                 // "indian"
/// assessment.illustrative[.fdi]           // ["foreign_owned"]: rests on illustrative values
/// let document = assessment.json()        // what `models --format json` prints
/// ```
public struct ModelAssessment: Sendable {
    public let options: ModelAssessmentOptions
    /// The graph the flows and attributes came from.
    public let flowsName: String
    /// The profiled cluster's members, or nil when the whole graph is profiled.
    public let members: [String]?
    /// The indicators of the profiled cluster or graph (export share, RCA, …).
    public let indicators: IndicatorSet
    /// The profile as measured.
    public let measured: ModelProfile
    /// The profile compared: the measured one with the options' what-ifs.
    public let profile: ModelProfile
    public let comparison: ModelComparison
    /// Where the flows graph's numbers come from (`import sources`).
    public let sources: SourceNotes
    /// The characteristics whose scores rest on numbers marked illustrative, with those attributes.
    public let illustrative: [Characteristic: [String]]

    public var ranking: [ModelMatch] { comparison.ranking }
    public var verdict: ModelVerdict { comparison.verdict }

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
            let partition = try options.definition.map { $0.partition(keys: structure.keys).partition }
                ?? store.loadPartition(graph: options.graph, name: cluster.partition)
            let groups = partition.members(keys: structure.keys)
            guard groups.indices.contains(cluster.id) else {
                throw AssessmentError.unknownCluster(id: cluster.id, count: groups.count)
            }
            members = groups[cluster.id]
        } else {
            members = nil
        }
        sources = SourceNotes(try store.attributeSources(graph: flowsName))
        finished("load")
        let calculator = ClusterIndicatorCalculator(flows: flows)
        indicators = calculator.indicators(members: members ?? flows.keys)
        measured = ModelProfiler(calculator: calculator).profile(members: members, indicators: indicators)
        profile = measured.setting(options.whatIf)
        comparison = options.prototypes.compare(profile)
        illustrative = sources.illustrative(in: profile)
        finished("compute")
    }

    /// One line saying the result rests on illustrative numbers, or nil when it does not.
    public var illustrativeNote: String? { sources.illustrativeNote(for: profile) }

    /// The JSON document of `models --format json` (see Docs/maturity-and-models.md).
    public func json() -> JSONValue {
        .object([
            ("graph", .string(options.graph)),
            ("flows", .string(flowsName)),
            ("cluster", options.cluster.map { .number($0.id) } ?? .null),
            ("members", members.map(JSONValue.strings) ?? .null),
            ("profile", .object(profile.scores.map { ($0.characteristic.rawValue, .number($0.score)) })),
            ("verdict", .string(verdict.name)),
            ("margin", .number(comparison.margin)),
            ("explanation", .string(comparison.explanation)),
            ("deciding", .array(comparison.deciding.map { characteristic in
                .object([("characteristic", .string(characteristic.rawValue)), ("data", .string(characteristic.dataNeeded))])
            })),
            ("flip", comparison.flip.map { flip in
                .object([("characteristic", .string(flip.name.rawValue)), ("from", .number(flip.from)), ("to", .number(flip.to)),
                         ("model", .string(flip.after.rawValue)), ("text", .string(flip.text(title: \.title)))])
            } ?? .null),
            ("ranking", .array(ranking.map { match in
                .object([("model", .string(match.model.rawValue)), ("score", .number(match.score)),
                         ("conditions", .array(match.conditions.map { check in
                             .object([("characteristic", .string(check.condition.characteristic.rawValue)),
                                      ("at_least", .number(check.condition.atLeast)), ("at_most", .number(check.condition.atMost)),
                                      ("status", .string(check.status.rawValue))])
                         })),
                         ("reasons", .strings(match.reasons))])
            })),
            ("what_if", .object(options.whatIf.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { ($0.key.rawValue, .number($0.value)) })),
            ("illustrative", .object(profile.scores.compactMap { score in
                illustrative[score.characteristic].map { (score.characteristic.rawValue, .strings($0)) }
            })),
            ("sources", .object(sources.notes.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
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

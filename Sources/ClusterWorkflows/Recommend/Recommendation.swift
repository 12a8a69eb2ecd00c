import ClusterAssessment
import ClusterGraph
import ClusterStore
import ResultFormat

/// Which of the four cluster models suits an economy, reasoned from its preconditions by the
/// seed's rules (``ClusterAssessment/SuitabilityRules``): the pipeline behind `recommend`.
///
/// Preconditions come from a file, each with its source; a graph of the store may fill those the
/// file leaves out with measured facts (export orientation from the export share, world-market
/// experience from a cluster's RCA, leader firms from concentration or the supplier pyramid), and
/// a measured value beside a given one is shown as a check.
///
/// ```swift
/// let recommendation = try Recommendation(store: store, options: RecommendationOptions(preconditions: "kz.csv"))
/// recommendation.comparison.ranking.map(\.model)   // [.indian, .japanese, .finnish, .northAmerican]
/// ```
public struct Recommendation: Sendable {
    public let options: RecommendationOptions
    /// The preconditions as read from the file.
    public let given: EconomyPreconditions
    /// What the graph measured, given or not.
    public let measured: [Precondition: EconomyPreconditions.Value]
    /// The preconditions ranked on: given, then measured where not given, then the what-ifs.
    public let economy: EconomyPreconditions
    public let comparison: SuitabilityComparison

    /// - Throws: the preconditions file's errors, the store's, and
    ///   ``RecommendationError/nothingToRecommendFrom`` without a file and a graph.
    public init(store: LinkageStore?, options: RecommendationOptions) throws {
        self.options = options
        given = try options.preconditions.map(PreconditionsFile.read) ?? EconomyPreconditions()
        if let measure = options.measure, let store {
            let assessment = try ModelAssessment(store: store, options: measure)
            let subject = measure.cluster.map { "cluster \($0.id) of \($0.partition) on \(measure.graph)" } ?? "graph \(measure.graph)"
            measured = EconomyPreconditions.measured(profile: assessment.measured, indicators: assessment.indicators,
                                                     subject: subject, isCluster: measure.cluster != nil)
        } else if options.preconditions == nil {
            throw RecommendationError.nothingToRecommendFrom
        } else {
            measured = [:]
        }
        var economy = given
        for (precondition, value) in measured where economy[precondition] == nil { economy[precondition] = value }
        self.economy = economy.setting(options.whatIf)
        comparison = options.rules.rank(self.economy)
    }

    /// Where the graph measures a value 0.2 or more away from the given one, in words: worth
    /// checking the file (the given value is kept).
    public var disagreements: [String] {
        Precondition.allCases.compactMap { precondition in
            guard let given = given[precondition], let measured = measured[precondition],
                  abs(given.value - measured.value) >= 0.2 else { return nil }
            return "\(self.given.describe(precondition)) is kept, but the graph says otherwise: \(EconomyPreconditions([precondition: measured]).describe(precondition))"
        }
    }

    /// One line saying the recommendation rests on illustrative numbers, or nil.
    public var illustrativeNote: String? {
        let marked = economy.illustrative
        guard !marked.isEmpty else { return nil }
        return "Illustrative: \(marked.map(\.title).joined(separator: ", ")) are marked illustrative; the ranking shows the seed's reasoning, not a finding about this economy."
    }

    /// The JSON document of `recommend --format json`: `{"ranking": [{"model", "score", "reasons"}], …}`, best first.
    public func json() -> JSONValue {
        .object([
            ("ranking", .array(comparison.ranking.map { suitability in
                .object([("model", .string(suitability.model.rawValue)), ("score", .number(suitability.score)),
                         ("reasons", .strings(suitability.reasons))])
            })),
            ("verdict", .string(comparison.verdict.name)),
            ("margin", .number(comparison.margin)),
            ("explanation", .string(comparison.explanation)),
            ("flip", comparison.flip.map { flip in
                .object([("precondition", .string(flip.name.rawValue)), ("from", .number(flip.from)), ("to", .number(flip.to)),
                         ("model", .string(flip.after.rawValue)), ("text", .string(flip.text(title: \.title)))])
            } ?? .null),
            ("preconditions", .object(Precondition.allCases.compactMap { precondition in
                economy[precondition].map { value in
                    (precondition.rawValue, .object([("value", .number(value.value)), ("source", .string(value.source)),
                                                     ("origin", .string(value.origin.rawValue))]))
                }
            })),
            ("measured", .object(Precondition.allCases.compactMap { precondition in
                measured[precondition].map { (precondition.rawValue, .object([("value", .number($0.value)), ("source", .string($0.source))])) }
            })),
            ("illustrative", .strings(economy.illustrative.map(\.rawValue))),
        ])
    }
}

/// Why no recommendation can be made.
public enum RecommendationError: UserFacingError, Equatable {
    /// Neither a preconditions file nor a graph to measure was given.
    case nothingToRecommendFrom

    public var description: String {
        "nothing to recommend from: give the economy's preconditions, or a graph to measure them on"
    }
}

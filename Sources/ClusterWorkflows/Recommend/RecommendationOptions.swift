import ClusterAssessment

/// What decides a recommendation: the economy's preconditions file, optionally a graph (or a
/// cluster of it) whose measured facts fill preconditions the file leaves out, the rules and
/// what-if values.
///
/// ```swift
/// var options = RecommendationOptions(preconditions: "preconditions.csv")
/// options.measure = ModelAssessmentOptions(graph: "kz")   // fill export orientation, leader firms
/// options.whatIf = [.institutionalSupport: 0.9]
/// ```
public struct RecommendationOptions: Sendable {
    /// A CSV (`name,value,source`) or JSON file; nil when every precondition is measured.
    public var preconditions: String?
    /// The graph (or cluster) to measure preconditions on.
    public var measure: ModelAssessmentOptions?
    public var rules: SuitabilityRules
    public var whatIf: [Precondition: Double]

    public init(preconditions: String? = nil, measure: ModelAssessmentOptions? = nil,
                rules: SuitabilityRules = .standard, whatIf: [Precondition: Double] = [:]) {
        self.preconditions = preconditions
        self.measure = measure
        self.rules = rules
        self.whatIf = whatIf
    }
}

/// One indicator's part in a classification: its value, the threshold it was held against,
/// whether it passed (nil when the data was missing), and the sentence saying so.
public struct Evidence: Sendable, Equatable {
    public let indicator: Indicator?
    public let value: Double?
    public let threshold: Double?
    /// nil: not tested because the data is missing.
    public let passed: Bool?
    public let text: String

    public init(indicator: Indicator?, value: Double?, threshold: Double?, passed: Bool?, text: String) {
        self.indicator = indicator
        self.value = value
        self.threshold = threshold
        self.passed = passed
        self.text = text
    }
}

/// A cluster with its indicators, maturity class and the reasons for it.
///
/// `reasons` are sentences for a policy reader (the class summary first); `evidence` holds the
/// same facts as numbers, aligned with `reasons.dropFirst()`.
///
/// ```swift
/// for cluster in try MaturityClassifier().assess(partition, calculator: calculator) {
///     print(cluster.maturity.rawValue, cluster.members, cluster.reasons[0])
/// }
/// ```
public struct AssessedCluster: Sendable, Equatable {
    public let id: Int
    public let members: [String]
    public let maturity: MaturityClass
    public let indicators: IndicatorSet
    public let reasons: [String]
    public let evidence: [Evidence]
    /// Every condition of every class held against this cluster, whatever its class: what the
    /// condition table of the documentation counts (each condition must both hold and fail somewhere).
    public let tests: [ConditionTest]

    public init(id: Int, members: [String], maturity: MaturityClass, indicators: IndicatorSet, reasons: [String],
                evidence: [Evidence], tests: [ConditionTest] = []) {
        self.id = id
        self.members = members
        self.maturity = maturity
        self.indicators = indicators
        self.reasons = reasons
        self.evidence = evidence
        self.tests = tests
    }
}

/// One condition of one class, held against one cluster.
public struct ConditionTest: Sendable, Equatable {
    public let maturity: MaturityClass
    /// The condition in symbols, e.g. `rca ≥ 1` or `any of (output_growth > 0, rd_intensity ≥ 0.01)`.
    public let condition: String
    /// nil: its data is missing.
    public let passed: Bool?

    public init(maturity: MaturityClass, condition: String, passed: Bool?) {
        self.maturity = maturity
        self.condition = condition
        self.passed = passed
    }
}

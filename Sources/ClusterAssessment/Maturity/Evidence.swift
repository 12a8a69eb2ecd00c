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

    public init(id: Int, members: [String], maturity: MaturityClass, indicators: IndicatorSet, reasons: [String], evidence: [Evidence]) {
        self.id = id
        self.members = members
        self.maturity = maturity
        self.indicators = indicators
        self.reasons = reasons
        self.evidence = evidence
    }
}

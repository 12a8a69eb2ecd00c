import ClusterAssessment

/// How a cluster's class differs from one graph to the next (a later year, or another economy)
/// and the rule conditions whose outcome changed.
///
/// ```swift
/// if let change = ClassChange(before: fin2005Cluster, after: fin2011Cluster, beforeLabel: "2005", afterLabel: "2011",
///                             rules: .standard) {
///     print(change.from, "→", change.to, change.reasons)
/// }
/// ```
public struct ClassChange: Sendable, Equatable {
    public let from: MaturityClass
    public let to: MaturityClass
    /// The graph (its label) compared with: the year before in a series, the economy before in a cross-section.
    public let since: String
    /// One sentence per condition of the two classes that was met in one graph and not in the
    /// other (or unknown in one), with the values it read in each (`strong: rca ≥ 1 — not met in
    /// 2005 (rca 0.781), met in 2011 (rca 1.102)`); the other classes' changed conditions when
    /// none of those changed; the sentences that decide the class now when no condition changed.
    public let reasons: [String]

    /// nil when the class is the same, or when either side is the local economy (not a class).
    public init?(before: AssessedCluster, after: AssessedCluster, beforeLabel: String, afterLabel: String, rules: MaturityRules) {
        guard before.maturity != after.maturity, before.maturity != .local, after.maturity != .local else { return nil }
        from = before.maturity
        to = after.maturity
        since = beforeLabel
        var read: [String: [Indicator]] = [:]
        for rule in rules.classes {
            for condition in rule.conditions { read["\(rule.class.rawValue) \(condition.label)"] = condition.indicators }
        }
        var earlier: [String: Bool?] = [:]
        for test in before.tests { earlier["\(test.maturity.rawValue) \(test.condition)"] = test.passed }
        var changed: [String] = []
        for test in after.tests {
            let key = "\(test.maturity.rawValue) \(test.condition)"
            guard let then = earlier[key], then != test.passed else { continue }
            let indicators = read[key] ?? []
            func values(_ cluster: AssessedCluster) -> String {
                indicators.isEmpty ? "" : " (" + indicators.map { indicator in
                    "\(indicator.rawValue) " + (cluster.indicators[indicator].map(indicator.describe) ?? "unknown")
                }.joined(separator: ", ") + ")"
            }
            changed.append("\(test.maturity.rawValue): \(test.condition) — \(Self.outcome(then)) in \(beforeLabel)\(values(before)), "
                           + "\(Self.outcome(test.passed)) in \(afterLabel)\(values(after))")
        }
        // The conditions of the two classes involved say why; others flipping too (a strong
        // condition while a cluster moves from stable to potential) are noise unless nothing else changed.
        let involved = changed.filter { $0.hasPrefix("\(before.maturity.rawValue):") || $0.hasPrefix("\(after.maturity.rawValue):") }
        reasons = !involved.isEmpty ? involved : !changed.isEmpty ? changed : Array(after.reasons.prefix(2))
    }

    private static func outcome(_ passed: Bool?) -> String {
        switch passed {
        case true?: "met"
        case false?: "not met"
        case nil: "unknown"
        }
    }
}

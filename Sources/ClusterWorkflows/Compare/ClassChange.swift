import ClusterAssessment

/// How a cluster's class differs from one graph to the next (a later year, or another economy)
/// and the conditions whose outcome changed.
///
/// ```swift
/// if let change = ClassChange(before: fin2005Cluster, after: fin2011Cluster, beforeLabel: "2005", afterLabel: "2011") {
///     print(change.from, "→", change.to, change.reasons)
/// }
/// ```
public struct ClassChange: Sendable, Equatable {
    public let from: MaturityClass
    public let to: MaturityClass
    /// The graph (its label) compared with: the year before in a series, the economy before in a cross-section.
    public let since: String
    /// One sentence per rule condition that held in one graph and failed in the other, with both
    /// values and the threshold (`rca 0.781 in 2005 did not meet strong's threshold 1.000; 1.102
    /// in 2011 does`); when none flipped outright, the sentences that decide the class now.
    public let reasons: [String]

    /// nil when the class is the same.
    public init?(before: AssessedCluster, after: AssessedCluster, beforeLabel: String, afterLabel: String) {
        guard before.maturity != after.maturity else { return nil }
        from = before.maturity
        to = after.maturity
        since = beforeLabel
        var earlier: [Key: Evidence] = [:]
        for evidence in before.evidence where evidence.passed != nil {
            earlier[Key(evidence)] = earlier[Key(evidence)] ?? evidence
        }
        var flipped: [String] = []
        var seen = Set<Key>()
        for evidence in after.evidence {
            let key = Key(evidence)
            guard let now = evidence.passed, let old = earlier[key], let then = old.passed, then != now, seen.insert(key).inserted,
                  let indicator = evidence.indicator else { continue }
            let values = [old.value, evidence.value].map { $0.map(indicator.describe) ?? "unknown" }
            let thresholds = [old.threshold, evidence.threshold].map { $0.map(indicator.describe) }
            let limit = (key.maturity.map { "\($0.rawValue)'s " } ?? "the ") + "threshold" + (thresholds[0].map { " " + $0 } ?? "")
            // A percentile threshold differs from graph to graph: then each value is held against its own.
            let own = thresholds[1] != thresholds[0] ? thresholds[1].map { " (threshold \($0))" } ?? "" : ""
            flipped.append("\(indicator.rawValue) \(values[0]) in \(beforeLabel) \(then ? "met" : "did not meet") \(limit); "
                           + "\(values[1]) in \(afterLabel) \(now ? "does" : "does not")\(own)")
        }
        if flipped.isEmpty {
            // Nothing flipped outright (a condition was untested in one graph, or a percentile
            // moved with the other clusters): say what decides the class now.
            let classes = MaturityClass.allCases
            let rose = (classes.firstIndex(of: after.maturity) ?? 0) < (classes.firstIndex(of: before.maturity) ?? 0)
            flipped = after.evidence.filter { $0.passed == rose }.prefix(3).map(\.text)
            if flipped.isEmpty { flipped = Array(after.reasons.prefix(2)) }
        }
        reasons = flipped
    }

    /// A condition across two assessments: the class its sentence speaks of, and its indicator.
    private struct Key: Hashable {
        let maturity: MaturityClass?
        let indicator: Indicator?

        init(_ evidence: Evidence) {
            indicator = evidence.indicator
            // Sentences start with the class they test: "Strong: …", "Not strong: …", "Stable (not tested): …".
            var words = evidence.text.lowercased()
            if words.hasPrefix("not ") { words.removeFirst(4) }
            maturity = MaturityClass(rawValue: String(words.prefix { $0.isLetter }))
        }
    }
}

import ClusterGraph
import InputOutput

/// Assigns maturity classes by a ``MaturityRules`` set and explains each one.
///
/// Percentile thresholds are taken over the indicator values of all the clusters classified
/// together (the clusters of one economy), clusters without a value left out.
///
/// ```swift
/// let calculator = ClusterIndicatorCalculator(flows: io, structure: strength)
/// let clusters = try MaturityClassifier(rules: .standard).assess(partition, calculator: calculator)
/// clusters[0].maturity   // .strong
/// clusters[0].reasons    // ["Strong: …", "Exports as a share of the cluster's output is 21.0 %, …"]
/// ```
///
/// - Complexity: O(k · c) for k clusters and c conditions, after the indicators.
public struct MaturityClassifier: Sendable {
    public let rules: MaturityRules

    public init(rules: MaturityRules = .standard) throws(RulesError) {
        try rules.validate(source: "maturity rules")
        self.rules = rules
    }

    /// Computes the indicators of each community of `partition` (on the calculator's structure
    /// graph) and classifies them.
    public func assess(_ partition: Partition, calculator: ClusterIndicatorCalculator) -> [AssessedCluster] {
        let members = partition.members(keys: calculator.structure.keys)
        return classify(members.map { calculator.indicators(members: $0) }, members: members)
    }

    /// Classifies clusters whose indicators are already computed; `members[i]` belongs to `sets[i]`.
    public func classify(_ sets: [IndicatorSet], members: [[String]]) -> [AssessedCluster] {
        precondition(sets.count == members.count, "one member list per indicator set")
        let minimum = rules.minimumMembers ?? 2
        let economy = Economy(sets: zip(sets, members).filter { $0.1.count >= minimum }.map(\.0))
        return sets.enumerated().map { id, set in
            members[id].count < minimum
                ? tooSmall(set, id: id, members: members[id], minimum: minimum)
                : classify(set, id: id, members: members[id], economy: economy)
        }
    }

    /// The indicator values of all clusters, for percentile thresholds.
    struct Economy {
        let sets: [IndicatorSet]

        func percentile(_ indicator: Indicator, _ p: Double) -> Double? {
            Percentile.linear(sets.compactMap { $0[indicator] }, p)
        }

        var clusterCount: Int { sets.count }
    }

    private func classify(_ set: IndicatorSet, id: Int, members: [String], economy: Economy) -> AssessedCluster {
        let outcomesByClass = rules.classes.map { rule in rule.conditions.map { evaluate($0, set: set, economy: economy, maturity: rule.class) } }
        let tests = zip(rules.classes, outcomesByClass).flatMap { rule, outcomes in
            zip(rule.conditions, outcomes).map { ConditionTest(maturity: rule.class, condition: $0.label, passed: $1.passed) }
        }
        let result = decide(set, id: id, members: members, outcomesByClass: outcomesByClass)
        return AssessedCluster(id: id, members: members, maturity: result.maturity, indicators: set, reasons: result.reasons,
                               evidence: result.evidence, tests: tests)
    }

    private func decide(_ set: IndicatorSet, id: Int, members: [String], outcomesByClass: [[Evidence]]) -> AssessedCluster {
        var failures: [Evidence] = []
        for (rule, outcomes) in zip(rules.classes, outcomesByClass) {
            let verdicts = zip(rule.conditions, outcomes).map { condition, outcome -> Bool? in
                switch (outcome.passed, condition.ifMissing ?? .fail) {
                case (let passed?, _): passed
                case (nil, .skip): true
                case (nil, .fail): false
                case (nil, .undecided): nil
                }
            }
            if verdicts.contains(false) {
                // Say why the cluster is not in this (higher) class: the conditions it failed.
                failures += zip(verdicts, outcomes).compactMap { verdict, outcome in verdict == false ? outcome : nil }
                continue
            }
            var evidence = outcomes
            evidence += (rule.describe ?? []).map { describe($0, set: set) }
            evidence += memberTrends(set)
            evidence += failures
            if verdicts.contains(where: { $0 == nil }) {
                let unknown = zip(rule.conditions, verdicts).filter { $0.1 == nil }.flatMap { $0.0.indicators }
                let names = Array(Set(unknown.filter { set[$0] == nil }.map(\.rawValue))).sorted()
                let what = unknown.allSatisfy(\.isDynamics) ? "dynamics unknown (\(names.joined(separator: ", ")))" : "\(names.joined(separator: ", ")) unknown"
                let why = set.missing[unknown.first { set[$0] == nil } ?? .outputGrowth] ?? ""
                let summary = "Unclassified — \(what): the cluster is not \(higher(than: rule.class)), and whether it is \(rule.class.rawValue) depends on \(names.count == 1 ? "it" : "them"). "
                    + why.prefix(1).uppercased() + why.dropFirst() + "."
                return AssessedCluster(id: id, members: members, maturity: .unclassified, indicators: set,
                                       reasons: [summary] + evidence.map(\.text), evidence: evidence)
            }
            return AssessedCluster(id: id, members: members, maturity: rule.class, indicators: set,
                                   reasons: [rule.summary] + evidence.map(\.text), evidence: evidence)
        }
        let evidence = failures + memberTrends(set)
        let summary = "Unclassified — no class fits: the cluster meets the conditions of none of \(rules.classes.map(\.class.rawValue).joined(separator: ", ")) (the failed conditions follow)."
        return AssessedCluster(id: id, members: members, maturity: .unclassified, indicators: set,
                               reasons: [summary] + evidence.map(\.text), evidence: evidence)
    }

    /// "strong" or "strong or stable": the classes tried before `maturity`.
    private func higher(than maturity: MaturityClass) -> String {
        let before = rules.classes.prefix { $0.class != maturity }.map(\.class.rawValue)
        return before.isEmpty ? "in a higher class" : before.joined(separator: " or ")
    }

    /// Each member's RCA, and how it moved since the earlier graph: which member carries a
    /// cluster's rise or fall (Finland's electrical and optical equipment, 1.73 in 2005, 1.15 in 2011).
    private func memberTrends(_ set: IndicatorSet) -> [Evidence] {
        guard !set.memberRCA.isEmpty else { return [] }
        let keys = set.memberRCA.keys.sorted(by: Partition.keyPrecedes)
        let parts = keys.map { key -> String in
            let now = Indicator.rca.describe(set.memberRCA[key] ?? 0)
            guard let before = set.earlierMemberRCA[key], let current = set.memberRCA[key] else { return "\(key) \(now)" }
            let direction = current > before ? "rose" : current < before ? "fell" : "unchanged"
            return "\(key) \(Indicator.rca.describe(before)) → \(now) (\(direction))"
        }
        let heading = set.earlierMemberRCA.isEmpty ? "Members' RCA: " : "Members' RCA since the earlier graph: "
        return [Evidence(indicator: nil, value: nil, threshold: nil, passed: nil, text: heading + parts.joined(separator: "; ") + ".")]
    }

    /// A single sector: not a cluster of a sector graph, reported apart, no tests.
    private func tooSmall(_ set: IndicatorSet, id: Int, members: [String], minimum: Int) -> AssessedCluster {
        let text = "Not a cluster: a group of \(members.count) member\(members.count == 1 ? "" : "s") (the rules ask for at least \(minimum)); reported apart, not classified and not counted in the thresholds of the clusters."
        let evidence = [Evidence(indicator: .memberCount, value: Double(members.count), threshold: Double(minimum), passed: false, text: text)]
            + memberTrends(set)
        return AssessedCluster(id: id, members: members, maturity: .notACluster, indicators: set,
                               reasons: ["Not a cluster: one sector alone is not a cluster of a sector graph."] + evidence.map(\.text), evidence: evidence)
    }

    private func evaluate(_ condition: MaturityRules.Condition, set: IndicatorSet, economy: Economy,
                          maturity: MaturityClass) -> Evidence {
        let name = maturity.title
        if let anyOf = condition.anyOf {
            let parts = anyOf.map { test($0, set: set, economy: economy) }
            let passed: Bool? = parts.contains { $0.passed == true } ? true
                : parts.allSatisfy { $0.passed == nil } ? nil : false
            let verdict = passed == true ? "\(name): " : passed == false ? "Not \(maturity.rawValue): "
                : Self.untested(name, maturity, condition.ifMissing)
            let detail = parts.map(\.clause).joined(separator: "; ")
            let text = verdict + (condition.why.map { $0 + " " } ?? "") + "(" + detail + ")"
            let decisive = parts.first { $0.passed == passed } ?? parts[0]
            return Evidence(indicator: decisive.indicator, value: decisive.value, threshold: decisive.threshold,
                            passed: passed, text: text)
        }
        let part = test(condition, set: set, economy: economy)
        let why = condition.why.map { " " + $0 } ?? ""
        let text: String
        switch part.passed {
        case true?: text = "\(name): " + part.sentence + why
        case false?: text = "Not \(maturity.rawValue): " + part.sentence + why
        case nil: text = Self.untested(name, maturity, condition.ifMissing) + part.sentence + why
        }
        return Evidence(indicator: part.indicator, value: part.value, threshold: part.threshold, passed: part.passed, text: text)
    }

    /// How a reason starts when its data is missing, by the condition's policy.
    private static func untested(_ name: String, _ maturity: MaturityClass, _ policy: MaturityRules.MissingPolicy?) -> String {
        switch policy ?? .fail {
        case .skip: "\(name) (not tested): "
        case .fail: "Not \(maturity.rawValue) (counts as not met): "
        case .undecided: "\(name) (undecided): "
        }
    }

    /// A single test's outcome in words: a full sentence and a short clause for `anyOf` lists.
    private struct Part {
        var indicator: Indicator?
        var value: Double?
        var threshold: Double?
        var passed: Bool?
        var sentence: String
        var clause: String
    }

    private func test(_ condition: MaturityRules.Condition, set: IndicatorSet, economy: Economy) -> Part {
        guard let indicator = condition.indicator, let comparison = condition.test, let threshold = condition.threshold else {
            return Part(sentence: "the condition is incomplete.", clause: "incomplete condition")
        }
        let meaning = indicator.meaning.prefix(1).uppercased() + indicator.meaning.dropFirst()
        guard let value = set[indicator] else {
            let why = set.missing[indicator] ?? "no data"
            return Part(indicator: indicator, sentence: "\(meaning) is unknown: \(why).",
                        clause: "\(indicator.rawValue): no data")
        }
        let limit: Double?
        let limitWords: String
        if let fixed = threshold.value {
            limit = fixed
            limitWords = indicator.describe(fixed)
        } else {
            let p = threshold.percentile ?? 50
            limit = economy.percentile(indicator, p)
            let which = p == 50 ? "the median" : "the \(ordinal(p)) percentile"
            limitWords = "\(which) of this economy's \(economy.clusterCount) clusters (\(limit.map(indicator.describe) ?? "unknown"))"
        }
        guard let limit else {
            return Part(indicator: indicator, value: value, sentence: "\(meaning) is \(indicator.describe(value)); no threshold could be computed.",
                        clause: "\(indicator.rawValue): no threshold")
        }
        let passed = comparison.holds(value, limit)
        let sentence = "\(meaning) is \(indicator.describe(value)), \(passed ? "" : "not ")\(comparison.words) \(limitWords)."
        let clause = "\(indicator.rawValue) \(indicator.describe(value)) \(passed ? "is" : "is not") \(comparison.words) \(indicator.describe(limit))"
        return Part(indicator: indicator, value: value, threshold: limit, passed: passed, sentence: sentence, clause: clause)
    }

    private func describe(_ indicator: Indicator, set: IndicatorSet) -> Evidence {
        let meaning = indicator.meaning.prefix(1).uppercased() + indicator.meaning.dropFirst()
        guard let value = set[indicator] else {
            return Evidence(indicator: indicator, value: nil, threshold: nil, passed: nil,
                            text: "\(meaning) is unknown: \(set.missing[indicator] ?? "no data").")
        }
        return Evidence(indicator: indicator, value: value, threshold: nil, passed: nil,
                        text: "\(meaning) is \(indicator.describe(value)).")
    }

    private func ordinal(_ p: Double) -> String {
        let n = Int(p.rounded())
        let suffix = (11...13).contains(n % 100) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }
}

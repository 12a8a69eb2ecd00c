/// How closely a profile resembles one model's prototype, whether the model's defining
/// conditions hold, and the reasons.
public struct ModelMatch: Sendable, Equatable {
    public let model: ClusterModel
    /// 1 − the mean absolute difference over the measured characteristics; nil when none is measured.
    public let score: Double?
    /// The defining conditions of the model, each met, failed or untested on this profile.
    public let conditions: [ConditionCheck]
    public let reasons: [String]

    /// A measured value contradicts what defines the model: it cannot come first.
    public var isRuledOut: Bool { conditions.contains { $0.status == .failed } }
    /// At least one defining condition is measured and holds.
    public var isSupported: Bool { conditions.contains { $0.status == .met } }
}

/// One defining condition checked against a profile.
public struct ConditionCheck: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable { case met, failed, untested }
    public let condition: ModelPrototypes.DefiningCondition
    public let value: Double?
    public let status: Status

    /// "fdi at least 0.50: met (0.95)" for people.
    public var text: String {
        "\(condition.text): \(status.rawValue)" + (value.map { " (\(Indicator.decimal($0, digits: 2)))" } ?? "")
    }
}

extension ModelPrototypes {
    /// A model's similarity to the values and the state of its defining conditions, without words:
    /// what the ranking order and the what-if search need.
    struct Evaluation {
        let prototype: Prototype
        let similarity: Double?
        let conditions: [ConditionCheck]
        var isRuledOut: Bool { conditions.contains { $0.status == .failed } }
    }

    func evaluate(_ values: [Characteristic: Double]) -> [Evaluation] {
        let evaluations = models.map { prototype in
            // Summed in the characteristics' order, not the dictionary's (which changes from run to
            // run), so the same data give the same bytes.
            let gaps = Characteristic.allCases.compactMap { characteristic in values[characteristic].map { abs($0 - prototype.value(characteristic)) } }
            let conditions = prototype.defining.map { condition in
                let value = values[condition.characteristic]
                return ConditionCheck(condition: condition, value: value,
                                      status: value.map { condition.holds(for: $0) ? .met : .failed } ?? .untested)
            }
            return Evaluation(prototype: prototype, similarity: gaps.isEmpty ? nil : 1 - gaps.reduce(0, +) / Double(gaps.count),
                              conditions: conditions)
        }
        let order = Dictionary(models.enumerated().map { ($1.model, $0) }, uniquingKeysWith: min)
        // Models whose definition the data contradicts come after the others; then by similarity.
        return evaluations.sorted { a, b in
            if a.isRuledOut != b.isRuledOut { return !a.isRuledOut }
            switch (a.similarity, b.similarity) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return order[a.prototype.model] ?? 0 < order[b.prototype.model] ?? 0
            }
        }
    }

    /// Ranks the prototypes for `profile`: models whose defining conditions hold (or are untested)
    /// first, each group by similarity = 1 − mean |profile − prototype| over the measured
    /// characteristics; unmeasured ones are left out and named in the reasons.
    ///
    /// ```swift
    /// let ranking = ModelPrototypes.standard.rank(profile)
    /// ranking[0].model   // .japanese for the seed's pyramid, from its links alone
    /// ```
    ///
    /// - Complexity: O(models × characteristics).
    public func rank(_ profile: ModelProfile, sentences: SeedSentences = .standard) -> [ModelMatch] {
        let values = profile.values
        let missing = profile.unmeasured.map(\.title)
        return evaluate(values).map { evaluation in
            let prototype = evaluation.prototype
            guard let similarity = evaluation.similarity else {
                return ModelMatch(model: prototype.model, score: nil, conditions: evaluation.conditions,
                                  reasons: ["No characteristic could be measured, so the \(prototype.model.title) model cannot be compared."])
            }
            let gaps = profile.scores.compactMap { score in
                score.score.map { (score.characteristic, $0, prototype.value(score.characteristic)) }
            }.sorted { abs($0.1 - $0.2) < abs($1.1 - $1.2) }
            var reasons = ["Similarity \(Indicator.decimal(similarity, digits: 2)) over \(gaps.count) measured characteristic\(gaps.count == 1 ? "" : "s"). The \(prototype.model.title) model: \(prototype.summary)"]
            for check in evaluation.conditions {
                let why = check.condition.provenance.cited(sentences)
                switch check.status {
                case .met: reasons.append("Defining condition met — \(check.text). \(why)")
                case .failed: reasons.append("Defining condition fails — \(check.text), so the \(prototype.model.title) model cannot come first. \(why)")
                case .untested: reasons.append("Defining condition untested — \(check.condition.text): needs \(check.condition.characteristic.dataNeeded).")
                }
            }
            for (characteristic, mine, theirs) in gaps.prefix(3) {
                reasons.append((abs(mine - theirs) <= 0.15 ? "Close on" : "Nearest, though apart, on")
                    + " \(characteristic.title): \(Indicator.decimal(mine, digits: 2)) here, \(Indicator.decimal(theirs, digits: 2)) in the \(prototype.model.title) model — "
                    + (prototype.values[characteristic]?.provenance.cited(sentences) ?? ""))
            }
            for (characteristic, mine, theirs) in gaps.dropFirst(3).reversed().prefix(2) where abs(mine - theirs) >= 0.25 {
                reasons.append("Far on \(characteristic.title): \(Indicator.decimal(mine, digits: 2)) here, \(Indicator.decimal(theirs, digits: 2)) in the \(prototype.model.title) model — "
                    + (prototype.values[characteristic]?.provenance.cited(sentences) ?? ""))
            }
            if !missing.isEmpty {
                reasons.append("Not measured, left out of the comparison: \(missing.joined(separator: ", ")).")
            }
            return ModelMatch(model: prototype.model, score: similarity, conditions: evaluation.conditions, reasons: reasons)
        }
    }
}

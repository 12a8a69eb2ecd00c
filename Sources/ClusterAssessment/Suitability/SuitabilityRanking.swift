/// How well one model suits an economy, with the seed's reasons.
public struct ModelSuitability: Sendable, Equatable {
    public let model: ClusterModel
    /// Σ weight·fit / Σ weight over the model's rules, in [0, 1].
    public let score: Double
    public let reasons: [String]
}

/// The four models ranked by suitability for an economy, with a verdict like ``ModelComparison``'s.
public struct SuitabilityComparison: Sendable, Equatable {
    public let ranking: [ModelSuitability]
    public let verdict: ModelVerdict
    /// First place's score minus the second's.
    public let margin: Double?
    public let explanation: String
    /// The single change of a precondition that would give a different first place.
    public let flip: RankingFlip<Precondition>?
}

extension SuitabilityRules {
    /// Ranks the models by suitability for `economy`, best first (ties in the rules' order).
    ///
    /// - Complexity: O(preconditions × 101 × rules) for the flip search.
    public func rank(_ economy: EconomyPreconditions, sentences: SeedSentences = .standard) -> SuitabilityComparison {
        let values = economy.values.mapValues(\.value)
        let ranking = models.map { rules in
            ModelSuitability(model: rules.model, score: score(rules, values), reasons: reasons(rules, economy, sentences))
        }.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element)
        let flip = RankingFlip.smallest(values: values, names: Precondition.allCases) { changed in
            models.enumerated().max { a, b in
                let (x, y) = (score(a.element, changed), score(b.element, changed))
                return x != y ? x < y : a.offset > b.offset
            }?.element.model
        }
        let given = economy.values.count
        let margin = ranking.count > 1 ? ranking[0].score - ranking[1].score : nil
        let needed = Int(minimumGiven.value)
        let verdict: ModelVerdict, explanation: String
        if given < needed {
            (verdict, explanation) = (.undetermined, "Undetermined: only \(given) of \(Precondition.allCases.count) preconditions are given; at least \(needed) are needed before a model is named.")
        } else if let margin, margin < self.margin.value {
            (verdict, explanation) = (.undetermined, "Undetermined: the \(ranking[0].model.title) (\(Indicator.decimal(ranking[0].score, digits: 2))) and \(ranking[1].model.title) (\(Indicator.decimal(ranking[1].score, digits: 2))) models are within the margin of \(Indicator.decimal(self.margin.value, digits: 2)).")
        } else if let first = ranking.first {
            let lead = ranking.count > 1 ? ", \(Indicator.decimal(margin ?? 0, digits: 2)) ahead of the \(ranking[1].model.title)" : ""
            (verdict, explanation) = (.model(first.model), "\(first.model.title): suitability \(Indicator.decimal(first.score, digits: 2))\(lead) (margin \(Indicator.decimal(self.margin.value, digits: 2))), from \(given) of \(Precondition.allCases.count) preconditions.")
        } else {
            (verdict, explanation) = (.undetermined, "Undetermined: no model is defined.")
        }
        return SuitabilityComparison(ranking: ranking, verdict: verdict, margin: margin, explanation: explanation, flip: flip)
    }

    private func score(_ rules: ModelRules, _ values: [Precondition: Double]) -> Double {
        let total = rules.rules.reduce(0) { $0 + $1.weight }
        return rules.rules.reduce(0) { $0 + $1.weight * (values[$1.precondition].map($1.prefers.fit) ?? neutral.value) } / total
    }

    private func reasons(_ rules: ModelRules, _ economy: EconomyPreconditions, _ sentences: SeedSentences) -> [String] {
        let given = rules.rules.filter { economy[$0.precondition] != nil }.count
        var reasons = ["Suitability \(Indicator.decimal(score(rules, economy.values.mapValues(\.value)), digits: 2)), \(given) of its \(rules.rules.count) preconditions known. The \(rules.model.title) model: \(rules.summary)"]
        // The rules that decide most first: the largest weighted distance from neutral.
        let ordered = rules.rules.sorted { a, b in
            let impact = { (rule: Rule) in rule.weight * abs((economy[rule.precondition].map { rule.prefers.fit($0.value) } ?? neutral.value) - neutral.value) }
            return impact(a) > impact(b)
        }
        for rule in ordered {
            let weight = rule.weight == 1 ? "" : " (counts \(Indicator.decimal(rule.weight, digits: 1))×)"
            let wanted = "\(rule.precondition.title.prefix(1).uppercased() + rule.precondition.title.dropFirst()) \(rule.prefers.text) suits the \(rules.model.title) model\(weight)"
            guard let value = economy[rule.precondition] else {
                reasons.append("\(wanted); not given, counted as \(Indicator.decimal(neutral.value, digits: 2)). \(rule.provenance.cited(sentences))")
                continue
            }
            let fit = rule.prefers.fit(value.value)
            let verdict = fit >= 0.6 ? "for it" : fit <= 0.4 ? "against it" : "neither for nor against it"
            let origin = value.origin.rawValue + (value.isIllustrative ? ", illustrative" : "")
            reasons.append("\(wanted): \(Indicator.decimal(value.value, digits: 2)) here (\(origin)), \(verdict). \(rule.provenance.cited(sentences))")
        }
        return reasons
    }
}

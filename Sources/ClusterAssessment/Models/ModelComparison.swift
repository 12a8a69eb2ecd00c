/// The answer of a model comparison: one model, or `undetermined` when the data cannot decide.
public enum ModelVerdict: Sendable, Equatable {
    case model(ClusterModel)
    case undetermined

    /// `north-american`, `finnish`, `japanese`, `indian` or `undetermined`.
    public var name: String {
        switch self {
        case .model(let model): model.rawValue
        case .undetermined: "undetermined"
        }
    }
}

/// A profile compared with the prototypes: the ranking, an honest verdict with its explanation,
/// the data that would decide an undetermined one, and the characteristic the first place hangs on.
///
/// A model is named only when (1) at least ``ModelPrototypes/minimumMeasured`` characteristics are
/// measured, (2) no defining condition of it fails and at least one is measured and holds, and
/// (3) it leads the next model whose conditions do not fail by at least ``ModelPrototypes/margin``.
///
/// ```swift
/// let comparison = ModelPrototypes.standard.compare(profile)
/// comparison.verdict.name    // "japanese" or "undetermined"
/// comparison.explanation     // why, in words
/// ```
public struct ModelComparison: Sendable, Equatable {
    public let ranking: [ModelMatch]
    public let verdict: ModelVerdict
    /// The first place's similarity minus the next model's whose conditions do not fail.
    public let margin: Double?
    public let explanation: String
    /// What data would decide an undetermined verdict (empty when a model is named).
    public let deciding: [Characteristic]
    /// The single change that would give a different first place.
    public let flip: RankingFlip<Characteristic>?
}

extension ModelPrototypes {
    /// Ranks the prototypes for `profile` and decides whether a model can be named.
    ///
    /// - Complexity: O(characteristics × 101 × models × characteristics) for the flip search.
    public func compare(_ profile: ModelProfile, sentences: SeedSentences = .standard) -> ModelComparison {
        let ranking = rank(profile, sentences: sentences)
        let values = profile.values
        let flip = RankingFlip.smallest(values: values, names: Characteristic.allCases) { changed in
            evaluate(changed).first.flatMap { $0.similarity == nil ? nil : $0.prototype.model }
        }
        let (verdict, margin, explanation, deciding) = decide(ranking, profile: profile)
        return ModelComparison(ranking: ranking, verdict: verdict, margin: margin, explanation: explanation,
                               deciding: deciding, flip: flip)
    }

    private func decide(_ ranking: [ModelMatch], profile: ModelProfile)
        -> (ModelVerdict, Double?, String, [Characteristic]) {
        let unmeasured = profile.unmeasured
        let measured = profile.scores.filter { $0.score != nil }.map(\.characteristic)
        guard let first = ranking.first, let similarity = first.score else {
            return (.undetermined, nil, "Undetermined: no characteristic could be measured.", bySpread(unmeasured))
        }
        let next = ranking.dropFirst().first { !$0.isRuledOut }
        let margin = next?.score.map { similarity - $0 }
        let needed = Int(minimumMeasured.value)
        if measured.count < needed {
            return (.undetermined, margin,
                    "Undetermined: only \(measured.count) of \(profile.scores.count) characteristics are measured (\(measured.map(\.title).joined(separator: ", "))); at least \(needed) are needed before a model is named.",
                    bySpread(unmeasured))
        }
        if first.isRuledOut {
            let failures = ranking.flatMap { match in
                match.conditions.filter { $0.status == .failed }.map { "\(match.model.title): \($0.text)" }
            }
            return (.undetermined, margin,
                    "Undetermined: every model has a defining condition the data contradict (\(failures.joined(separator: "; "))).", [])
        }
        if !first.isSupported {
            let untested = first.conditions.map(\.condition)
            return (.undetermined, margin,
                    "Undetermined: the \(first.model.title) model leads on similarity (\(Indicator.decimal(similarity, digits: 2))) but none of its defining conditions could be tested (\(untested.map(\.text).joined(separator: ", "))).",
                    untested.map(\.characteristic))
        }
        if let next, let margin, margin < self.margin.value {
            let untested = (first.conditions + next.conditions).filter { $0.status == .untested }.map(\.condition.characteristic)
            let apart = unmeasured.filter { characteristic in
                let values = models.filter { [first.model, next.model].contains($0.model) }.map { $0.value(characteristic) }
                return (values.max() ?? 0) - (values.min() ?? 0) >= 0.2
            }
            return (.undetermined, margin,
                    "Undetermined: the \(first.model.title) (\(Indicator.decimal(similarity, digits: 2))) and \(next.model.title) (\(Indicator.decimal(next.score ?? 0, digits: 2))) models are within the margin of \(Indicator.decimal(self.margin.value, digits: 2)).",
                    Array((untested + apart).uniqued().prefix(4)))
        }
        let met = first.conditions.filter { $0.status == .met }.map(\.text)
        let lead = next.map { "\(Indicator.decimal(margin ?? 0, digits: 2)) ahead of the \($0.model.title)" } ?? "the only model whose defining conditions hold"
        return (.model(first.model), margin,
                "\(first.model.title): similarity \(Indicator.decimal(similarity, digits: 2)), \(lead) (margin \(Indicator.decimal(self.margin.value, digits: 2))); defining conditions met: \(met.joined(separator: ", ")).",
                [])
    }

    /// Unmeasured characteristics on which the prototypes differ most: the data worth getting first.
    private func bySpread(_ unmeasured: [Characteristic]) -> [Characteristic] {
        let spread = { (characteristic: Characteristic) -> Double in
            let values = models.map { $0.value(characteristic) }
            return (values.max() ?? 0) - (values.min() ?? 0)
        }
        return Array(unmeasured.sorted { spread($0) > spread($1) }.prefix(3))
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

/// How closely a profile resembles one model's prototype, with the reasons.
public struct ModelMatch: Sendable, Equatable {
    public let model: ClusterModel
    /// 1 − the mean absolute difference over the measured characteristics; nil when none is measured.
    public let score: Double?
    public let reasons: [String]
}

extension ModelPrototypes {
    /// Ranks the prototypes by similarity to `profile`, most similar first (ties in prototype order).
    ///
    /// Similarity = 1 − mean |profile − prototype| over the characteristics the profile measures;
    /// unmeasured ones are left out and said so in the reasons.
    ///
    /// ```swift
    /// let ranking = ModelPrototypes.standard.rank(profile)
    /// ranking[0].model   // .indian for Kazakhstan's construction materials
    /// ```
    ///
    /// - Complexity: O(models × characteristics).
    public func rank(_ profile: ModelProfile) -> [ModelMatch] {
        let measured = profile.scores.filter { $0.score != nil }
        let missing = profile.scores.filter { $0.score == nil }.map(\.characteristic.title)
        let matches = models.map { prototype -> ModelMatch in
            let differences = measured.map { score -> (Characteristic, Double, Double, Double) in
                let mine = score.score ?? 0
                let theirs = prototype.scores[score.characteristic] ?? 0
                return (score.characteristic, mine, theirs, abs(mine - theirs))
            }
            guard !differences.isEmpty else {
                return ModelMatch(model: prototype.model, score: nil,
                                  reasons: ["No characteristic could be measured, so the \(prototype.model.title) model cannot be compared."])
            }
            let similarity = 1 - differences.reduce(0) { $0 + $1.3 } / Double(differences.count)
            let byCloseness = differences.sorted { $0.3 < $1.3 }
            var reasons = ["Similarity \(Indicator.decimal(similarity, digits: 2)) over \(differences.count) measured characteristic\(differences.count == 1 ? "" : "s"). The \(prototype.model.title) model: \(prototype.summary)"]
            for (characteristic, mine, theirs, gap) in byCloseness.prefix(3) {
                reasons.append((gap <= 0.15 ? "Close on" : "Nearest, though apart, on") + " \(characteristic.title): \(Indicator.decimal(mine, digits: 2)) here, \(Indicator.decimal(theirs, digits: 2)) in the \(prototype.model.title) model — \(prototype.notes[characteristic] ?? "")")
            }
            for (characteristic, mine, theirs, gap) in byCloseness.dropFirst(3).reversed().prefix(2) where gap >= 0.25 {
                reasons.append("Far on \(characteristic.title): \(Indicator.decimal(mine, digits: 2)) here, \(Indicator.decimal(theirs, digits: 2)) in the \(prototype.model.title) model — \(prototype.notes[characteristic] ?? "")")
            }
            if !missing.isEmpty {
                reasons.append("Not measured, left out of the comparison: \(missing.joined(separator: ", ")).")
            }
            if differences.count < 3 {
                reasons.append("Weak evidence: only \(differences.count) of \(profile.scores.count) characteristics could be measured; add node attributes (hhi, largest_firm_share, foreign_owned, sme, rd_intensity) for a firmer ranking.")
            }
            return ModelMatch(model: prototype.model, score: similarity, reasons: reasons)
        }
        let order = Dictionary(models.enumerated().map { ($1.model, $0) }, uniquingKeysWith: min)
        return matches.sorted { a, b in
            switch (a.score, b.score) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return order[a.model] ?? 0 < order[b.model] ?? 0
            }
        }
    }
}

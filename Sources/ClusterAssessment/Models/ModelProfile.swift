/// A cluster's (or a whole graph's) place on the ``Characteristic``s, each score in [0, 1] with
/// the indicator behind it, or the reason it could not be measured.
///
/// ```swift
/// let profile = ModelProfiler(calculator: calculator).profile(members: nil)
/// profile[.fdi]?.score   // nil when no node has `foreign_owned`
/// profile[.fdi]?.text    // the indicator and value behind the score, or why it is missing
/// let whatIf = profile.setting([.fdi: 0.9])   // the same profile with FDI set to 0.9
/// ```
public struct ModelProfile: Sendable, Equatable {
    public struct Score: Sendable, Equatable {
        public let characteristic: Characteristic
        /// nil when the data is missing.
        public let score: Double?
        /// The indicator the score is computed from (`export_share`, `reach_share`, …).
        public let indicator: String?
        public let value: Double?
        /// How the score came about, or why it is missing.
        public let text: String
        /// The node attributes the score rests on, and `links` when it rests on the links: what
        /// a provenance note (`import sources`) can mark as illustrative.
        public let basis: [String]
        /// True when the score was set as a what-if rather than measured.
        public let isWhatIf: Bool

        public init(characteristic: Characteristic, score: Double?, indicator: String?, value: Double?, text: String,
                    basis: [String] = [], isWhatIf: Bool = false) {
            self.characteristic = characteristic
            self.score = score
            self.indicator = indicator
            self.value = value
            self.text = text
            self.basis = basis
            self.isWhatIf = isWhatIf
        }

        /// A score that could not be measured, with why and what data would measure it.
        static func missing(_ characteristic: Characteristic, indicator: String?, because why: String) -> Score {
            Score(characteristic: characteristic, score: nil, indicator: indicator, value: nil,
                  text: "\(characteristic.title): not measured — \(why) (needs \(characteristic.dataNeeded)).")
        }
    }

    /// One score per characteristic, in `Characteristic.allCases` order.
    public let scores: [Score]

    public init(scores: [Score]) {
        self.scores = scores
    }

    public subscript(characteristic: Characteristic) -> Score? {
        scores.first { $0.characteristic == characteristic }
    }

    /// The measured (or set) scores.
    public var values: [Characteristic: Double] {
        Dictionary(uniqueKeysWithValues: scores.compactMap { score in score.score.map { (score.characteristic, $0) } })
    }

    /// The characteristics without a score.
    public var unmeasured: [Characteristic] {
        scores.filter { $0.score == nil }.map(\.characteristic)
    }

    /// The profile with some scores replaced by what-if values; each replaced score says what
    /// was measured before.
    public func setting(_ values: [Characteristic: Double]) -> ModelProfile {
        ModelProfile(scores: scores.map { score in
            guard let value = values[score.characteristic] else { return score }
            let before = score.score.map { "measured \(Indicator.decimal($0, digits: 2))" } ?? "not measured"
            return Score(characteristic: score.characteristic, score: value, indicator: "what-if", value: value,
                         text: "\(score.characteristic.title) \(Indicator.decimal(value, digits: 2)): set as a what-if (\(before)).",
                         basis: [], isWhatIf: true)
        })
    }
}

/// A cluster's (or a whole economy's) place on the six characteristics, each score in [0, 1]
/// with the indicator behind it, or the reason it could not be measured.
///
/// ```swift
/// let profile = ModelProfiler(calculator: calculator).profile(members: nil)
/// profile[.fdi]?.score   // nil when no node has `foreign_owned`
/// profile[.fdi]?.text    // the indicator and value behind the score, or why it is missing
/// ```
public struct ModelProfile: Sendable, Equatable {
    public struct Score: Sendable, Equatable {
        public let characteristic: Characteristic
        /// nil when the data is missing.
        public let score: Double?
        /// The indicator the score is computed from (`export_share`, `hhi`, …).
        public let indicator: String?
        public let value: Double?
        /// How the score came about, or why it is missing.
        public let text: String
    }

    /// One score per characteristic, in `Characteristic.allCases` order.
    public let scores: [Score]

    public subscript(characteristic: Characteristic) -> Score? {
        scores.first { $0.characteristic == characteristic }
    }
}

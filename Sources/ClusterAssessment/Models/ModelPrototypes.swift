import Foundation

/// Where each of the four cluster models stands on the six characteristics (scores in [0, 1]),
/// with the seed article's words behind each number.
///
/// The defaults, ``ModelPrototypes/standard``, are shipped as `Rules/model-prototypes.json`
/// (a test keeps them equal); `models --prototypes FILE` replaces them.
///
/// ```swift
/// let prototypes = try ModelPrototypes.decode(data, source: "my-prototypes.json")
/// prototypes.rank(profile).first?.model   // the most similar model
/// ```
public struct ModelPrototypes: Codable, Sendable, Equatable {
    public var models: [Prototype]

    public init(models: [Prototype]) {
        self.models = models
    }

    public struct Prototype: Codable, Sendable, Equatable {
        public var model: ClusterModel
        public var summary: String
        public var scores: [Characteristic: Double]
        /// Why the prototype has each score, from the seed.
        public var notes: [Characteristic: String]

        public init(model: ClusterModel, summary: String, scores: [Characteristic: Double], notes: [Characteristic: String]) {
            self.model = model
            self.summary = summary
            self.scores = scores
            self.notes = notes
        }
    }

    /// Reads prototypes from JSON text and checks every model scores every characteristic in [0, 1].
    public static func decode(_ data: Data, source: String) throws(RulesError) -> ModelPrototypes {
        let prototypes: ModelPrototypes = try JSONInput.decode(data, source: source, expecting: "model prototypes")
        for (position, prototype) in prototypes.models.enumerated() {
            for characteristic in Characteristic.allCases {
                guard let score = prototype.scores[characteristic] else {
                    throw RulesError(source: source, place: "models[\(position)].scores",
                                     message: "the \(prototype.model.rawValue) prototype has no \"\(characteristic.rawValue)\" score; give all six.")
                }
                guard (0...1).contains(score) else {
                    throw RulesError(source: source, place: "models[\(position)].scores.\(characteristic.rawValue)",
                                     message: "scores are between 0 and 1, not \(score).")
                }
            }
        }
        guard !prototypes.models.isEmpty else {
            throw RulesError(source: source, place: "models", message: "no models are defined.")
        }
        var seen: Set<ClusterModel> = []
        for (position, prototype) in prototypes.models.enumerated() where !seen.insert(prototype.model).inserted {
            throw RulesError(source: source, place: "models[\(position)]", message: "the \(prototype.model.rawValue) model is defined twice; keep one.")
        }
        return prototypes
    }
}

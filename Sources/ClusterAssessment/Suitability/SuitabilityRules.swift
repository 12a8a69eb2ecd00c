import Foundation

/// The seed article's reasoning about which cluster model suits an economy, as data: for each
/// model, the preconditions it needs high or low (or near a value), each rule with its weight and
/// provenance. Shipped as `Rules/model-suitability.json`; `recommend --rules FILE` replaces it.
///
/// A model's suitability = Σ weight·fit / Σ weight over its rules, with fit = the value for
/// "high", 1 − value for "low", 1 − |value − target| / max(target, 1 − target) for "around"; a
/// precondition not given counts as ``neutral`` (neither for nor against).
///
/// ```swift
/// let comparison = SuitabilityRules.standard.rank(economy)
/// comparison.ranking.first?.model   // .indian for Kazakhstan
/// ```
public struct SuitabilityRules: Decodable, Sendable, Equatable {
    /// The fit counted for a precondition the economy does not give.
    public var neutral: SourcedValue
    /// Fewer given (or measured) preconditions than this name no model.
    public var minimumGiven: SourcedValue
    /// A first place less than this ahead of the second is a tie.
    public var margin: SourcedValue
    public var models: [ModelRules]

    public struct ModelRules: Decodable, Sendable, Equatable {
        public var model: ClusterModel
        public var summary: String
        public var rules: [Rule]
    }

    /// Which values of a precondition suit a model.
    public enum Preference: Sendable, Equatable {
        case high, low
        case around(Double)

        /// How well `value` suits, in [0, 1].
        public func fit(_ value: Double) -> Double {
            switch self {
            case .high: value
            case .low: 1 - value
            case .around(let target): 1 - abs(value - target) / max(target, 1 - target)
            }
        }

        public var text: String {
            switch self {
            case .high: "high"
            case .low: "low"
            case .around(let target): "around \(Indicator.decimal(target, digits: 2))"
            }
        }
    }

    public struct Rule: Decodable, Sendable, Equatable {
        public var precondition: Precondition
        public var prefers: Preference
        public var weight: Double
        public var provenance: Provenance

        private enum CodingKeys: String, CodingKey { case precondition, prefers, target, weight }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let name = try container.decode(String.self, forKey: .precondition)
            guard let precondition = Precondition(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .precondition, in: container,
                    debugDescription: "\"\(name)\" is not a precondition; use: \(Precondition.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            self.precondition = precondition
            switch try container.decode(String.self, forKey: .prefers) {
            case "high": prefers = .high
            case "low": prefers = .low
            case "around": prefers = .around(try container.decode(Double.self, forKey: .target))
            case let other:
                throw DecodingError.dataCorruptedError(forKey: .prefers, in: container,
                                                       debugDescription: "\"\(other)\" is not a preference; use high, low or around (with \"target\")")
            }
            weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
            provenance = try Provenance(from: decoder)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case neutral
        case minimumGiven = "minimum_given"
        case margin, models
    }

    /// Reads rules from JSON text and checks them: weights positive, targets and settings in
    /// range, every rule's provenance complete.
    public static func decode(_ data: Data, source: String, sentences: SeedSentences = .standard) throws(RulesError) -> SuitabilityRules {
        let rules: SuitabilityRules = try JSONInput.decode(data, source: source, expecting: "suitability rules")
        try rules.check(source: source, sentences: sentences)
        return rules
    }

    private func check(source: String, sentences: SeedSentences) throws(RulesError) {
        guard !models.isEmpty else { throw RulesError(source: source, place: "models", message: "no models are defined.") }
        for (name, setting, range) in [("neutral", neutral, 0.0...1.0), ("margin", margin, 0.0...0.99),
                                       ("minimum_given", minimumGiven, 0.0...Double(Precondition.allCases.count))] {
            guard range.contains(setting.value) else {
                throw RulesError(source: source, place: "\(name).value", message: "\(setting.value) is outside \(range.lowerBound)–\(range.upperBound).")
            }
            try setting.provenance.check(file: source, place: name, catalogue: sentences)
        }
        var seen: Set<ClusterModel> = []
        for (position, model) in models.enumerated() {
            guard seen.insert(model.model).inserted else {
                throw RulesError(source: source, place: "models[\(position)]", message: "the \(model.model.rawValue) model is defined twice; keep one.")
            }
            guard !model.rules.isEmpty else {
                throw RulesError(source: source, place: "models[\(position)].rules", message: "the \(model.model.rawValue) model has no rules.")
            }
            for (number, rule) in model.rules.enumerated() {
                let place = "models[\(position)].rules[\(number)]"
                guard rule.weight > 0, rule.weight.isFinite else {
                    throw RulesError(source: source, place: place + ".weight", message: "a weight above 0 is needed, not \(rule.weight).")
                }
                if case .around(let target) = rule.prefers, !(0...1).contains(target) {
                    throw RulesError(source: source, place: place + ".target", message: "a target between 0 and 1 is needed, not \(target).")
                }
                try rule.provenance.check(file: source, place: place, catalogue: sentences)
            }
        }
    }

    /// The shipped rules, `Rules/model-suitability.json`.
    public static let standard: SuitabilityRules = {
        do {
            return try decode(try EmbeddedRules.data("model-suitability"), source: "Rules/model-suitability.json")
        } catch {
            // The file is part of the build and a test decodes it; it cannot be wrong in a release.
            preconditionFailure("the shipped Rules/model-suitability.json does not decode: \(error)")
        }
    }()
}

import Foundation

/// Where each of the four cluster models stands on every ``Characteristic`` (values in [0, 1]),
/// what defines each model, and when a ranking is too weak to name one — every number with its
/// provenance: the seed article's sentences or ClusterNet's judgement, with a reason.
///
/// The defaults, ``ModelPrototypes/standard``, are the shipped `Rules/model-prototypes.json`
/// (embedded at build time); `models --prototypes FILE` replaces them.
///
/// ```swift
/// let prototypes = try ModelPrototypes.decode(data, source: "my-prototypes.json")
/// prototypes.compare(profile).verdict   // .model(.japanese) or .undetermined
/// ```
public struct ModelPrototypes: Decodable, Sendable, Equatable {
    /// Fewer measured characteristics than this name no model.
    public var minimumMeasured: SourcedValue
    /// A first place less than this ahead of the next eligible model is a tie.
    public var margin: SourcedValue
    public var models: [Prototype]

    /// A condition the seed makes part of a model's definition ("FDI high", "links along the chain many").
    public struct DefiningCondition: Decodable, Sendable, Equatable {
        public var characteristic: Characteristic
        public var atLeast: Double?
        public var atMost: Double?
        public var provenance: Provenance

        private enum CodingKeys: String, CodingKey {
            case characteristic
            case atLeast = "at_least"
            case atMost = "at_most"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            characteristic = try container.decode(Characteristic.self, forKey: .characteristic)
            atLeast = try container.decodeIfPresent(Double.self, forKey: .atLeast)
            atMost = try container.decodeIfPresent(Double.self, forKey: .atMost)
            provenance = try Provenance(from: decoder)
        }

        /// Whether a measured score satisfies the condition.
        public func holds(for score: Double) -> Bool {
            (atLeast.map { score >= $0 } ?? true) && (atMost.map { score <= $0 } ?? true)
        }

        /// "fdi at least 0.50" for people.
        public var text: String {
            [atLeast.map { "at least \(Indicator.decimal($0, digits: 2))" }, atMost.map { "at most \(Indicator.decimal($0, digits: 2))" }]
                .compactMap { $0 }.reduce("\(characteristic.title)") { $0 + " " + $1 }
        }
    }

    public struct Prototype: Decodable, Sendable, Equatable {
        public var model: ClusterModel
        public var summary: String
        public var defining: [DefiningCondition]
        public var values: [Characteristic: SourcedValue]

        private enum CodingKeys: String, CodingKey { case model, summary, defining, values }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            model = try container.decode(ClusterModel.self, forKey: .model)
            summary = try container.decode(String.self, forKey: .summary)
            defining = try container.decode([DefiningCondition].self, forKey: .defining)
            var values: [Characteristic: SourcedValue] = [:]
            for (name, value) in try container.decode([String: SourcedValue].self, forKey: .values) {
                guard let characteristic = Characteristic(rawValue: name) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .values, in: container,
                        debugDescription: "\"\(name)\" is not a characteristic; use: \(Characteristic.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                values[characteristic] = value
            }
            self.values = values
        }

        /// The prototype's value of a characteristic (every one is present in a decoded file).
        public func value(_ characteristic: Characteristic) -> Double {
            values[characteristic]?.value ?? 0
        }
    }

    private enum CodingKeys: String, CodingKey {
        case minimumMeasured = "minimum_measured"
        case margin, models
    }

    /// Reads prototypes from JSON text and checks them: every model gives every characteristic a
    /// value in [0, 1] with its provenance, seed sentences exist, conditions have a bound.
    public static func decode(_ data: Data, source: String, sentences: SeedSentences = .standard) throws(RulesError) -> ModelPrototypes {
        let prototypes: ModelPrototypes = try JSONInput.decode(data, source: source, expecting: "model prototypes")
        try prototypes.check(source: source, sentences: sentences)
        return prototypes
    }

    private func check(source: String, sentences: SeedSentences) throws(RulesError) {
        guard !models.isEmpty else { throw RulesError(source: source, place: "models", message: "no models are defined.") }
        let count = Double(Characteristic.allCases.count)
        guard (1...count).contains(minimumMeasured.value), minimumMeasured.value == minimumMeasured.value.rounded() else {
            throw RulesError(source: source, place: "minimum_measured.value",
                             message: "a whole number of characteristics between 1 and \(Int(count)) is needed, not \(minimumMeasured.value).")
        }
        try minimumMeasured.provenance.check(file: source, place: "minimum_measured", catalogue: sentences)
        guard (0..<1).contains(margin.value) else {
            throw RulesError(source: source, place: "margin.value", message: "a margin between 0 and 1 is needed, not \(margin.value).")
        }
        try margin.provenance.check(file: source, place: "margin", catalogue: sentences)
        var seen: Set<ClusterModel> = []
        for (position, prototype) in models.enumerated() {
            let place = "models[\(position)]"
            guard seen.insert(prototype.model).inserted else {
                throw RulesError(source: source, place: place, message: "the \(prototype.model.rawValue) model is defined twice; keep one.")
            }
            for characteristic in Characteristic.allCases {
                guard let value = prototype.values[characteristic] else {
                    throw RulesError(source: source, place: "\(place).values",
                                     message: "the \(prototype.model.rawValue) prototype has no \"\(characteristic.rawValue)\" value; give all \(Int(count)).")
                }
                let valuePlace = "\(place).values.\(characteristic.rawValue)"
                guard (0...1).contains(value.value) else {
                    throw RulesError(source: source, place: valuePlace + ".value", message: "values are between 0 and 1, not \(value.value).")
                }
                try value.provenance.check(file: source, place: valuePlace, catalogue: sentences)
            }
            for (number, condition) in prototype.defining.enumerated() {
                let conditionPlace = "\(place).defining[\(number)]"
                let bounds = [condition.atLeast, condition.atMost].compactMap { $0 }
                guard !bounds.isEmpty, bounds.allSatisfy({ (0...1).contains($0) }) else {
                    throw RulesError(source: source, place: conditionPlace,
                                     message: "a condition needs \"at_least\" or \"at_most\" between 0 and 1.")
                }
                try condition.provenance.check(file: source, place: conditionPlace, catalogue: sentences)
            }
        }
    }
}

import Foundation

/// Where a number in a rules file comes from: the seed article (with the sentences it rests on)
/// or ClusterNet's judgement, and in either case why the number is what it is.
///
/// ```json
/// {"value": 0.9, "source": "seed", "sentences": ["jp.chain-links"], "reason": "A large volume of links…: near the top."}
/// {"value": 0.5, "source": "judgement", "reason": "The seed says nothing on this for the model…"}
/// ```
public struct Provenance: Decodable, Sendable, Equatable {
    public enum Source: String, Decodable, Sendable {
        /// The seed article's sentences say so.
        case seed
        /// ClusterNet's reading where the seed is silent or points both ways.
        case judgement
    }

    public var source: Source
    /// Ids of sentences in ``SeedSentences`` (required for `seed`, optional context for `judgement`).
    public var sentences: [String]
    public var reason: String

    public init(source: Source, sentences: [String] = [], reason: String) {
        self.source = source
        self.sentences = sentences
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey { case source, sentences, reason }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(Source.self, forKey: .source)
        sentences = try container.decodeIfPresent([String].self, forKey: .sentences) ?? []
        reason = try container.decode(String.self, forKey: .reason)
    }

    /// Checks that a `seed` entry names sentences, every sentence is in the catalogue and a reason is given.
    func check(file: String, place: String, catalogue: SeedSentences) throws(RulesError) {
        if source == .seed && sentences.isEmpty {
            throw RulesError(source: file, place: place,
                             message: "a \"seed\" value names the sentences it rests on in \"sentences\" (ids from Rules/seed-sentences.json); or mark it \"judgement\".")
        }
        for id in sentences where catalogue[id] == nil {
            throw RulesError(source: file, place: place + ".sentences",
                             message: "no seed sentence has the id \"\(id)\"; use an id from Rules/seed-sentences.json.")
        }
        if reason.trimmingCharacters(in: .whitespaces).isEmpty {
            throw RulesError(source: file, place: place + ".reason", message: "say why the value is what it is.")
        }
    }

    /// The provenance for people: "seed: “…”" with the first sentence's English, or "judgement: reason".
    public func cited(_ catalogue: SeedSentences) -> String {
        switch source {
        case .seed:
            let quotes = sentences.compactMap { catalogue[$0]?.english }.map { "“\($0)”" }
            return "seed: " + quotes.joined(separator: " ") + " " + reason
        case .judgement:
            return "judgement: " + reason
        }
    }
}

/// A number of a rules file with its provenance, written flat in JSON:
/// `{"value": 0.9, "source": "seed", "sentences": […], "reason": "…"}`.
public struct SourcedValue: Decodable, Sendable, Equatable {
    public var value: Double
    public var provenance: Provenance

    public init(_ value: Double, _ provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey { case value }

    public init(from decoder: any Decoder) throws {
        value = try decoder.container(keyedBy: CodingKeys.self).decode(Double.self, forKey: .value)
        provenance = try Provenance(from: decoder)
    }
}

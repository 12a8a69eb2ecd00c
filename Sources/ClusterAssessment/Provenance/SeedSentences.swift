import Foundation

/// The sentences of the seed article that ClusterNet's model prototypes and suitability rules
/// rest on, each word for word in Kyrgyz with an English translation, shipped as
/// `Rules/seed-sentences.json` (`Tools/seed/check-quotes.py` checks the quotations against the
/// article's text).
///
/// ```swift
/// let sentence = SeedSentences.standard["jp.first-tier"]
/// sentence?.english   // "The head firm deals directly only with a limited number of first-tier suppliers (about 300)."
/// ```
public struct SeedSentences: Sendable, Equatable {
    public struct Sentence: Codable, Sendable, Equatable {
        public let id: String
        /// The part of the article it comes from.
        public let section: String
        public let kyrgyz: String
        public let english: String
    }

    public let sentences: [Sentence]
    private let byId: [String: Int]

    public init(sentences: [Sentence]) {
        self.sentences = sentences
        self.byId = Dictionary(sentences.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(id: String) -> Sentence? {
        byId[id].map { sentences[$0] }
    }

    /// The shipped catalogue.
    public static let standard: SeedSentences = {
        struct File: Decodable { let sentences: [Sentence] }
        do {
            let file: File = try JSONInput.decode(try EmbeddedRules.data("seed-sentences"), source: "Rules/seed-sentences.json",
                                                  expecting: "seed sentences")
            return SeedSentences(sentences: file.sentences)
        } catch {
            // The file is part of the build and a test reads it; it cannot be wrong in a release.
            preconditionFailure("the shipped Rules/seed-sentences.json does not decode: \(error)")
        }
    }()
}

extension EmbeddedRules {
    /// The text of the shipped rules file `Rules/NAME.json`.
    static func data(_ name: String) throws(RulesError) -> Data {
        guard let file = files.first(where: { $0.name == name }) else {
            throw RulesError(source: "Rules/\(name).json", place: "", message: "the file is not part of this build.")
        }
        return Data(file.text.utf8)
    }
}

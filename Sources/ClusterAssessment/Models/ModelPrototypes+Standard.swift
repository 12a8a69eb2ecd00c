extension ModelPrototypes {
    /// The shipped prototypes, `Rules/model-prototypes.json`: every value with the seed's sentences
    /// or a judgement and its reason (`Docs/maturity-and-models.md` §4 tabulates them).
    public static let standard: ModelPrototypes = {
        do {
            return try decode(try EmbeddedRules.data("model-prototypes"), source: "Rules/model-prototypes.json")
        } catch {
            // The file is part of the build and a test decodes it; it cannot be wrong in a release.
            preconditionFailure("the shipped Rules/model-prototypes.json does not decode: \(error)")
        }
    }()
}

extension ModelPrototypes {
    /// The four prototypes as the seed article describes them. The numbers place each model on
    /// the profile's scales (`Docs/maturity-and-models.md`); the notes quote the article's reasons.
    public static let standard = ModelPrototypes(models: [
        Prototype(
            model: .northAmerican,
            summary: "Intense competition between firms of the same level drives innovation; mobile skilled labour and spin-offs; a pyramid or a flat set of small firms; needs mature market institutions.",
            scores: [.internationalisation: 0.5, .competition: 0.9, .leaderFirms: 0.3, .fdi: 0.2, .smallBusiness: 0.7, .innovation: 0.7],
            notes: [
                .internationalisation: "North American clusters serve a large home market first.",
                .competition: "the model rests on intense competition between firms of the same level.",
                .leaderFirms: "it works without tight ties between firms; leaders are not required.",
                .fdi: "it grows from domestic entrepreneurs and spin-offs rather than foreign investment.",
                .smallBusiness: "many small firms, often a flat set of them without hierarchy.",
                .innovation: "competition pushes firms to innovate and copy each other's improvements.",
            ]),
        Prototype(
            model: .finnish,
            summary: "Small home market, export-oriented from the start; innovation and education drive it; clusters cooperate (forest supported by machinery and chemicals).",
            scores: [.internationalisation: 0.9, .competition: 0.6, .leaderFirms: 0.4, .fdi: 0.3, .smallBusiness: 0.4, .innovation: 0.9],
            notes: [
                .internationalisation: "Finnish clusters are export-oriented from the start: the home market is small.",
                .competition: "strong clusters show high internal competition, but also joint projects.",
                .leaderFirms: "large exporters exist, but the strength is the whole cluster, core and supporting industries.",
                .fdi: "growth came from domestic firms and cooperation with neighbours, not mainly from foreign investment.",
                .smallBusiness: "small firms take part, around large exporters.",
                .innovation: "with few natural resources, innovation and education are the main driver.",
            ]),
        Prototype(
            model: .japanese,
            summary: "A leader firm with large-scale production integrates a pyramid of suppliers along the technological chain (Toyota: about 300 → 5,000 → 20,000 suppliers).",
            scores: [.internationalisation: 0.5, .competition: 0.3, .leaderFirms: 0.9, .fdi: 0.1, .smallBusiness: 0.6, .innovation: 0.6],
            notes: [
                .internationalisation: "the leader exports, built on a domestic supplier base.",
                .competition: "suppliers are tied to their buyer in the pyramid rather than competing in an open market.",
                .leaderFirms: "the leader firm integrates the chain and deals directly only with the first tier.",
                .fdi: "foreign technology is transferred by the leader, not brought by foreign owners.",
                .smallBusiness: "thousands of small suppliers fill the lower tiers.",
                .innovation: "continuous improvement (kaizen) and technology transfer by the leader.",
            ]),
        Prototype(
            model: .indian,
            summary: "A pyramid with one or several firms at the top, grown by foreign direct investment and active state support where technology, world-market experience and capital are lacking but resources are cheap.",
            scores: [.internationalisation: 0.3, .competition: 0.3, .leaderFirms: 0.8, .fdi: 0.9, .smallBusiness: 0.6, .innovation: 0.2],
            notes: [
                .internationalisation: "the model suits economies without world-market experience.",
                .competition: "the state concentrates an industry's producers in one region and limits imports.",
                .leaderFirms: "one (NCR car cluster) or several (Indore pharmaceuticals) large firms stand at the top.",
                .fdi: "foreign firms and joint ventures (Maruti–Suzuki) are the key links of the chain.",
                .smallBusiness: "small local firms supply raw materials and intermediate goods.",
                .innovation: "technology comes with foreign investors; own research is weak at the start.",
            ]),
    ])
}

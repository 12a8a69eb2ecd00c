extension MaturityRules {
    /// ClusterNet's default rules, the same as the shipped `Rules/maturity-default.json` (a test
    /// keeps the two equal). Why each threshold is what it is: `Docs/maturity-and-models.md`.
    public static let standard = MaturityRules(
        name: "ClusterNet default maturity rules (seed article / ETLA categories)",
        indicators: IndicatorSettings(),
        classes: [
            ClassRule(
                class: .strong,
                summary: "Strong: export-oriented and specialised, tightly linked inside, balanced between core and supporting members, innovative where data shows it.",
                conditions: [
                    Condition(.exportShare, .atLeast, .percentile(60),
                              why: "Strong clusters sell a large part of their output abroad."),
                    Condition(.rca, .atLeast, .value(1), ifMissing: .skip,
                              why: "A strong cluster is more export-specialised than the world average (RCA of at least 1)."),
                    Condition(.locationQuotient, .atLeast, .value(1), ifMissing: .skip,
                              why: "A strong regional cluster is more concentrated in the region than in the nation (LQ of at least 1)."),
                    Condition(anyOf: [
                        Condition(.internalLinkage, .atLeast, .value(0.5)),
                        Condition(.linkageLift, .atLeast, .value(2.5)),
                    ], why: "Intensive interaction inside: at least half of the members' intermediate sales go to other members, or 2.5 times the share their size predicts."),
                    Condition(.largestMemberShare, .atMost, .value(0.7),
                              why: "A balanced cluster is not one member with appendages: no member makes more than 70 % of its output."),
                    Condition(.supportingMembers, .atLeast, .value(1),
                              why: "Supporting industries are present: at least one member besides the largest sells a tenth of its intermediate output inside the cluster."),
                    Condition(anyOf: [
                        Condition(.rdIntensity, .atLeast, .percentile(50)),
                        Condition(.rdLinks, .atLeast, .value(0.01)),
                    ], ifMissing: .skip,
                              why: "Innovation: R&D-intensive members, or at least 1 % of inputs bought from R&D and knowledge sectors."),
                ]),
            ClassRule(
                class: .stable,
                summary: "Stable: an established cluster with a real cluster structure and positive or flat dynamics, not yet strong on exports, linkage or balance.",
                conditions: [
                    Condition(anyOf: [
                        Condition(.outputShare, .atLeast, .percentile(50)),
                        Condition(.exportShare, .atLeast, .percentile(50)),
                    ], why: "An established cluster is at least as large, or as export-oriented, as the median cluster of this economy."),
                    Condition(.internalLinkage, .atLeast, .percentile(25),
                              why: "A cluster structure exists: members trade with each other at least as much as in the bottom quarter of this economy's clusters."),
                    Condition(.outputGrowth, .atLeast, .value(0), ifMissing: .skip,
                              why: "Stable clusters show positive or flat dynamics."),
                ]),
            ClassRule(
                class: .potential,
                summary: "Potential: an uneven structure (a dominant member, weak supporting industries) that is growing or knowledge-intensive.",
                conditions: [
                    Condition(anyOf: [
                        Condition(.outputGrowth, .above, .value(0)),
                        Condition(.rdIntensity, .atLeast, .percentile(50)),
                        Condition(.rdLinks, .atLeast, .percentile(75)),
                    ], why: "Potential clusters grow or build on knowledge: output grew, or R&D intensity is at least the median, or purchases from R&D sectors are in the top quarter of this economy's clusters."),
                ]),
            ClassRule(
                class: .latent,
                summary: "Latent: members that may be successful on their own, with weak links among them; far from a full cluster structure.",
                conditions: [],
                describe: [.largestMemberShare, .internalLinkage, .outputShare]),
        ])
}

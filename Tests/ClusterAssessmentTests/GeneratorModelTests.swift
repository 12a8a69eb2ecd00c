import ClusterAssessment
import ClusterGraph
import Testing

/// The seed's two firm structures, measured from their links alone, and honest verdicts.
@Suite struct GeneratorModelTests {
    static func compare(_ graph: LinkageGraph, whatIf: [Characteristic: Double] = [:]) -> (ModelProfile, ModelComparison) {
        let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: graph)).profile(members: nil).setting(whatIf)
        return (profile, ModelPrototypes.standard.compare(profile))
    }

    @Test func aPyramidOfBareLinksIsJapanese() throws {
        let graph = try PyramidGenerator(tiers: [30, 500, 2_000], seed: 7).generate().linksOnly().linkageGraph()
        let (profile, comparison) = Self.compare(graph)
        #expect(profile.values.keys.sorted { $0.rawValue < $1.rawValue } == [.competition, .leaderFirms, .linkage])
        #expect(profile[.leaderFirms]?.score == 1)
        #expect(profile[.competition]?.score == 0)
        #expect((profile[.linkage]?.score ?? 0) > 0.9)
        #expect(comparison.verdict == .model(.japanese))
        #expect((comparison.margin ?? 0) >= 0.05)
        let reasons = comparison.ranking[0].reasons
        #expect(reasons.contains { $0.hasPrefix("Defining condition met — leader firms at least 0.60: met (1.00).") })
        #expect(reasons.contains { $0.hasPrefix("Close on leader firms: 1.00 here, 0.90 in the Japanese model — seed: “In the Japanese model") })
        #expect(profile[.leaderFirms]?.text.contains("tiers 1 → 30 → 500 → 2000") == true)
    }

    @Test func aPyramidWithAForeignTopIsIndian() throws {
        let graph = try PyramidGenerator(tiers: [30, 500, 2_000], seed: 7, foreignShare: 1, foreignLead: true).generate().linkageGraph()
        let (profile, comparison) = Self.compare(graph)
        #expect(profile[.fdi]?.score == 1)
        #expect(profile[.fdi]?.text.contains("in the lead and its 30 first-tier suppliers") == true)
        #expect(comparison.verdict == .model(.indian))
        #expect(comparison.ranking.map(\.model).prefix(2) == [.indian, .japanese])
    }

    @Test func aDistrictOfBareLinksIsNorthAmerican() throws {
        let graph = try DistrictGenerator(firms: 400, seed: 3).generate().linksOnly().linkageGraph()
        let (profile, comparison) = Self.compare(graph)
        #expect((profile[.competition]?.score ?? 0) > 0.9)
        #expect((profile[.leaderFirms]?.score ?? 1) < 0.1)
        #expect((profile[.linkage]?.score ?? 1) < 0.4)
        #expect(comparison.verdict == .model(.northAmerican))
        #expect(comparison.ranking.last?.model == .japanese)
        #expect(comparison.ranking[0].reasons.contains { $0.hasPrefix("Defining condition met — competition among peers at least 0.60") })
    }

    @Test func fewerThanThreeMeasuredCharacteristicsNameNoModel() {
        let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: Fixtures.economy(withRD: false))).profile(members: nil)
        // Internationalisation only: the fixture's c1 buys more than it makes (no Leontief inverse,
        // so no chain depth), and a whole table has no outside for the share of sales inside.
        #expect(profile.values.count == 1)
        #expect(profile[.linkage]?.text.contains("a whole table has no outside") == true)
        let comparison = ModelPrototypes.standard.compare(profile)
        #expect(comparison.verdict == .undetermined)
        #expect(comparison.explanation.hasPrefix("Undetermined: only 1 of 10 characteristics are measured (internationalisation)"))
        #expect(!comparison.deciding.isEmpty)
        #expect(comparison.ranking[0].score != nil)   // the ranking is still shown
    }

    @Test func aNearTieIsUndeterminedWithTheDataThatWouldDecide() {
        // Between the Japanese and Indian prototypes on the three structure characteristics.
        let tie = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: Fixtures.economy())).profile(members: nil)
            .setting([.competition: 0.2, .linkage: 0.75, .leaderFirms: 0.8, .internationalisation: 0.45, .innovation: 0.4])
        let comparison = ModelPrototypes.standard.compare(tie)
        #expect(comparison.verdict == .undetermined)
        #expect(comparison.explanation.contains("within the margin of 0.05"))
        #expect(comparison.deciding.contains(.fdi))
    }

    @Test func whatIfsChangeTheRankingSensiblyAndNameTheFlip() throws {
        let graph = try PyramidGenerator(tiers: [30, 500, 2_000], seed: 7).generate().linksOnly().linkageGraph()
        // Foreign owners at the top of the same pyramid: Indian.
        #expect(Self.compare(graph, whatIf: [.fdi: 1, .innovation: 0.1]).1.verdict == .model(.indian))
        // Flatten it: peers competing without ties rule the pyramid models out.
        let flat = Self.compare(graph, whatIf: [.competition: 0.9, .linkage: 0.2, .leaderFirms: 0.1]).1
        #expect(flat.verdict == .model(.northAmerican))
        #expect(flat.ranking.first { $0.model == .japanese }?.isRuledOut == true)
        // The first place hangs on the depth of the chain, and the flip is what it says.
        let flip = try #require(Self.compare(graph).1.flip)
        #expect(flip.before == .japanese && flip.after == .indian && flip.name == .linkage)
        #expect(Self.compare(graph, whatIf: [flip.name: flip.to]).1.ranking[0].model == .indian)
        #expect(flip.text(title: \.title).hasPrefix("ties along the chain from 0.9"))
    }
}

@Suite struct ClusterProfileTests {
    @Test func aClusterIsInternationalRelativeToItsEconomy() throws {
        let profiler = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: Fixtures.economy()))
        let economyShare = 122.6 / 712
        let small = try #require(profiler.profile(members: ["c1", "c2"])[.internationalisation])
        #expect(abs((small.score ?? 0) - (1.0 / 32) / economyShare / 2) < 1e-9)
        #expect(small.text.contains("times the economy's 17.2 %"))
        #expect(profiler.profile(members: ["a1", "a2", "a3"])[.internationalisation]?.score == 1)
        let whole = try #require(profiler.profile(members: nil)[.internationalisation])
        #expect(abs((whole.score ?? 0) - economyShare / 0.5) < 1e-9)
    }

    @Test func purchasesOfBusinessServicesAreNotInnovation() {
        let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: Fixtures.economy(withRD: false))).profile(members: nil)
        #expect(profile[.innovation]?.score == nil)
        #expect(profile[.innovation]?.text.contains("purchases of business services are not counted as innovation") == true)
    }

    @Test func supportingIndustriesOutsideAClusterAreTestedForExports() throws {
        // b2 sells 30 of its 50 intermediate output to c1: it supports cluster {c1, c2}; its export
        // share (5 %) is below the economy's (17 %), so it does not export itself.
        let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: Fixtures.economy())).profile(members: ["c1", "c2"])
        let score = try #require(profile[.supportingExporters])
        #expect(score.score == 0)
        #expect(score.text.contains("(b2)"))
        let whole = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: Fixtures.economy())).profile(members: nil)
        #expect(whole[.supportingExporters]?.score == nil)
    }
}

import ClusterAssessment
import ClusterGraph
import Testing

@Suite struct GeneratorModelTests {
    @Test func pyramidHasTheRequestedTiersAndRanksAPyramidModelFirst() throws {
        let generated = try PyramidGenerator(tiers: [30, 500, 2_000], seed: 7).generate()
        let graph = generated.linkageGraph()
        let tiers = try SupplierTiers(graph: graph, lead: "lead", graphName: "pyramid")
        #expect(tiers.sizes == [30, 500, 2_000])
        #expect(tiers.indirectSuppliers == 2_500)
        #expect(abs(tiers.reachShare - 1) < 1e-12)

        let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: graph)).profile(members: nil)
        let ranking = ModelPrototypes.standard.rank(profile)
        #expect([ClusterModel.japanese, .indian].contains(ranking[0].model))
        #expect(!ranking[0].reasons.isEmpty)
    }

    @Test func aForeignLedPyramidRanksIndianFirst() throws {
        let graph = try PyramidGenerator(tiers: [30, 500, 2_000], seed: 7, foreignShare: 0.5, foreignLead: true)
            .generate().linkageGraph()
        let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: graph)).profile(members: nil)
        let ranking = ModelPrototypes.standard.rank(profile)
        #expect(ranking.map(\.model).prefix(2) == [.indian, .japanese])
        #expect((profile[.fdi]?.score ?? 0) > 0.5)
    }

    @Test func districtRanksNorthAmericanFirst() throws {
        let graph = try DistrictGenerator(firms: 200, seed: 3).generate().linkageGraph()
        let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: graph)).profile(members: nil)
        let ranking = ModelPrototypes.standard.rank(profile)
        #expect(ranking[0].model == .northAmerican)
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

    @Test func fewMeasuredCharacteristicsAreCalledWeakEvidence() {
        let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: Fixtures.economy(withExports: false))).profile(members: nil)
        let ranking = ModelPrototypes.standard.rank(profile)
        #expect(ranking.allSatisfy { $0.reasons.contains { $0.hasPrefix("Weak evidence: only 1 of 6 characteristics") } })
        #expect(ranking.allSatisfy { $0.reasons.contains("Not measured, left out of the comparison: internationalisation, market linkage and competition, leader firms, foreign direct investment, small business.") })
    }
}

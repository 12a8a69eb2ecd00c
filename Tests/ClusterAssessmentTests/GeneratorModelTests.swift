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
        for match in ranking { print(match.model.rawValue, match.score ?? -1, match.reasons) }
        for score in profile.scores { print(score.text) }
        #expect([ClusterModel.japanese, .indian].contains(ranking[0].model))
        #expect(!ranking[0].reasons.isEmpty)
    }

    @Test func districtRanksNorthAmericanFirst() throws {
        let graph = try DistrictGenerator(firms: 200, seed: 3).generate().linkageGraph()
        let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: graph)).profile(members: nil)
        let ranking = ModelPrototypes.standard.rank(profile)
        for match in ranking { print(match.model.rawValue, match.score ?? -1, match.reasons) }
        for score in profile.scores { print(score.text) }
        #expect(ranking[0].model == .northAmerican)
    }
}

import ClusterAssessment
import ClusterGraph
import Foundation
import Testing

@Suite struct SupplierTiersTests {
    @Test func tiersFollowLinksIntoTheLead() throws {
        var builder = LinkageGraphBuilder(directed: true)
        for (source, target) in [("s1", "lead"), ("s2", "lead"), ("u1", "s1"), ("u2", "s1"), ("u3", "s2"), ("u3", "s1"),
                                 ("v1", "u1"), ("lead", "customer")] {
            builder.addLink(from: source, to: target, weight: 1)
        }
        let tiers = try SupplierTiers(graph: builder.build(), lead: "lead", graphName: "g")
        #expect(tiers.sizes == [2, 3, 1])
        #expect(tiers.growthRatios == [1.5, 1.0 / 3])
        #expect(tiers.indirectSuppliers == 4)
        #expect(tiers.supplierCount == 6)
        #expect(tiers.reachShare == 6.0 / 7)   // the customer does not supply the lead
    }

    @Test func aStarIsFullyCentralised() throws {
        var builder = LinkageGraphBuilder(directed: true)
        for supplier in ["a", "b", "c", "d"] { builder.addLink(from: supplier, to: "hub", weight: 1) }
        let tiers = try SupplierTiers(graph: builder.build(), lead: "hub", graphName: "g")
        #expect(tiers.centralisation == 1)
        #expect(tiers.indirectSuppliers == 0)
    }

    @Test func unknownLeadIsAClearError() {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addLink(from: "a", to: "b", weight: 1)
        #expect(throws: AssessmentError.unknownNode(key: "toyota", graph: "cars")) {
            try SupplierTiers(graph: builder.build(), lead: "toyota", graphName: "cars")
        }
    }

    @Test func generatorsAreDeterministicAndCheckTheirParameters() throws {
        let first = try PyramidGenerator(tiers: [5, 20], seed: 9, crossLinks: 0.5).generate()
        let second = try PyramidGenerator(tiers: [5, 20], seed: 9, crossLinks: 0.5).generate()
        #expect(first.nodes == second.nodes && first.links == second.links)
        #expect(first.links.count > 25)   // cross-links to a second buyer
        #expect(throws: AssessmentError.self) { try PyramidGenerator(tiers: [300, 0]) }
        #expect(throws: AssessmentError.self) { try PyramidGenerator(crossLinks: 2) }
        #expect(throws: AssessmentError.self) { try DistrictGenerator(firms: 1) }
        let district = try DistrictGenerator(firms: 40, seed: 2).generate()
        #expect(district.nodes.filter { $0.key.hasPrefix("peer-") }.count == 40)
        #expect(district.nodes.allSatisfy { $0.kind == "firm" && $0.attributes["sme"] == .number(1) })
    }
}

@testable import ClusterAssessment
import ClusterGraph
import Testing

@Suite struct FirmStructureTests {
    /// lead ← s1, s2 ← u1, u2, u3 (u3 also sells to s1, and s2 back to u3); a second market-facing firm m ← u4.
    static func network() -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: true)
        for (source, target) in [("s1", "lead"), ("s2", "lead"), ("u1", "s1"), ("u2", "s1"), ("u3", "s2"), ("u3", "s1"),
                                 ("u4", "m"), ("s2", "u3")] {
            builder.addLink(from: source, to: target, weight: 1)
        }
        return builder.build()
    }

    @Test func marketFacingFirmsDepthAndReciprocityComeFromTheLinks() throws {
        let graph = Self.network()
        let structure = FirmStructure(graph: graph, members: Array(0..<graph.nodeCount), sizes: nil)
        #expect(Set(structure.marketFacing.map { graph.keys[$0] }) == ["lead", "m"])
        #expect(structure.tiedCount == 6)
        #expect(structure.meanDepth == 1.5)   // s1, s2, u4 one link from the market; u1, u2, u3 two
        #expect(structure.reciprocity == 0.25)   // u3 → s2 and s2 → u3 of 8 links
        #expect(structure.peerHHI == 5.0 / 9)   // purchases 2 and 1
        #expect(structure.leadKey == "lead")
        let pyramid = try #require(structure.pyramid)
        #expect(pyramid.sizes == [2, 3])
        #expect(pyramid.fanIn == [2, 2, 1.0 / 3])
        #expect(pyramid.reachShare == 5.0 / 7)
        #expect(pyramid.leadInflowShare == 2.0 / 8)
    }

    @Test func aClusterIsMeasuredWithoutTheRestOfTheNetwork() throws {
        let graph = Self.network()
        let members = ["lead", "s1", "u1", "u2"].compactMap(graph.index(of:))
        let structure = FirmStructure(graph: graph, members: members, sizes: nil)
        #expect(structure.marketFacing.map { graph.keys[$0] } == ["lead"])
        #expect(structure.pyramid?.sizes == [1, 2])
        #expect(structure.pyramid?.reachShare == 1)
    }
}

@Suite struct UndirectedFirmTests {
    @Test func undirectedLinksSayNothingAboutWhoSuppliesWhom() {
        var builder = LinkageGraphBuilder(directed: false)
        for (a, b) in [("a", "b"), ("b", "c"), ("c", "d")] { builder.addLink(from: a, to: b, weight: 1) }
        let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: builder.build())).profile(members: nil)
        #expect(profile.values.isEmpty)
        #expect(profile[.leaderFirms]?.text.contains("the links have no direction") == true)
    }
}

import ClusterGraph
import Testing

@Suite struct CommunityOverviewTests {
    /// Keys and labels of nodes 0…, as a store or a loaded graph hands them back.
    private static func members(_ keys: [String]) -> ([Int]) -> [CommunityOverview.Member] {
        { nodes in nodes.map { CommunityOverview.Member(key: keys[$0], label: nil) } }
    }

    @Test func ranksMembersBySizeThenKeyAndAsksOnlyForCandidates() throws {
        // One cluster of six: a (5) first, then the four tied at 3 by key, z (1) never a candidate.
        let keys = ["a", "e", "d", "c", "b", "z"]
        let accumulator = CommunityOverview.Accumulator(isDirected: false, clusterOf: [0, 0, 0, 0, 0, 0], clusterCount: 1)
        let sizes: [Double] = [5, 3, 3, 3, 3, 1]
        var asked: [Int] = []
        let overview = accumulator.overview(size: { sizes[$0] }) { nodes in
            asked = nodes
            return Self.members(keys)(nodes)
        }
        #expect(overview.clusters[0].prominent.map(\.key) == ["a", "b", "c", "d"])
        #expect(overview.clusters[0].sizeTotal == 18)
        #expect(overview.hasSizeAttribute)
        #expect(asked.sorted() == [0, 1, 2, 3, 4])
    }

    @Test func undirectedLinksCountFromBothEndsAndSelfLoopsOnce() {
        // a–b 2, b–c 1, a self-loop on c of 5; clusters {a, b} and {c}.
        var accumulator = CommunityOverview.Accumulator(isDirected: false, clusterOf: [0, 0, 1], clusterCount: 2)
        accumulator.addLink(source: 0, target: 1, weight: 2)
        accumulator.addLink(source: 1, target: 2, weight: 1)
        accumulator.addLink(source: 2, target: 2, weight: 5)
        let overview = accumulator.overview(members: Self.members(["a", "b", "c"]))
        // b carries 3, a 2: b first. Links only between clusters, lower position first.
        #expect(overview.clusters.map { $0.prominent.map(\.key) } == [["b", "a"], ["c"]])
        #expect(overview.clusters.map(\.memberCount) == [2, 1])
        #expect(overview.links == [CommunityOverview.Link(from: 0, to: 1, weight: 1)])
        #expect(overview.unclaimed.memberCount == 0)
        #expect(!overview.hasSizeAttribute && overview.clusters[0].sizeTotal == nil)
    }

    @Test func directedLinksKeepTheirDirectionBetweenClusters() {
        var accumulator = CommunityOverview.Accumulator(isDirected: true, clusterOf: [0, 1], clusterCount: 2)
        accumulator.addLink(source: 1, target: 0, weight: 3)
        accumulator.addLink(source: 0, target: 1, weight: 2)
        accumulator.addLink(source: 1, target: 0, weight: 0.5)
        let overview = accumulator.overview(members: Self.members(["a", "b"]))
        #expect(overview.links == [CommunityOverview.Link(from: 0, to: 1, weight: 2), CommunityOverview.Link(from: 1, to: 0, weight: 3.5)])
    }

    @Test func nodesInNoClusterAreCountedApartAndLinkedAsTheLastPosition() {
        var accumulator = CommunityOverview.Accumulator(isDirected: false, clusterOf: [0, -1, 0, 7], clusterCount: 1)
        accumulator.addLink(source: 0, target: 1, weight: 4)
        accumulator.addLink(source: 2, target: 3, weight: 1)
        let overview = accumulator.overview(members: Self.members(["a", "b", "c", "d"]))
        #expect(overview.clusters.map(\.memberCount) == [2])
        #expect(overview.unclaimed.memberCount == 2)
        #expect(overview.unclaimed.prominent.isEmpty)
        #expect(overview.links == [CommunityOverview.Link(from: 0, to: 1, weight: 5)])
    }

    @Test func partsMergedGiveWhatOnePassGives() {
        let clusterOf: [Int32] = [0, 1, 0, 2, 1, 2]
        let links: [(Int, Int, Double)] = [(0, 1, 1), (0, 2, 2), (1, 3, 0.5), (2, 5, 4), (3, 4, 1.5), (4, 5, 3), (5, 5, 1)]
        var whole = CommunityOverview.Accumulator(isDirected: false, clusterOf: clusterOf, clusterCount: 3)
        for (source, target, weight) in links { whole.addLink(source: source, target: target, weight: weight) }
        var first = CommunityOverview.Accumulator(isDirected: false, clusterOf: clusterOf, clusterCount: 3)
        var second = first
        for (source, target, weight) in links.prefix(3) { first.addLink(source: source, target: target, weight: weight) }
        for (source, target, weight) in links.dropFirst(3) { second.addLink(source: source, target: target, weight: weight) }
        first.merge(second)
        let keys = ["a", "b", "c", "d", "e", "f"]
        #expect(first.overview(members: Self.members(keys)) == whole.overview(members: Self.members(keys)))
    }

    @Test func aLoadedGraphGivesTheSameOverviewByPartitionOrByClusterOfEachNode() {
        var builder = LinkageGraphBuilder(directed: false)
        builder.addLink(from: "a", to: "b", weight: 2)
        builder.addLink(from: "b", to: "c", weight: 1)
        builder.addLink(from: "c", to: "d", weight: 3)
        let graph = builder.build()
        let partition = Partition(assignment: [5, 5, 9, 9], keys: graph.keys)
        let overview = CommunityOverview(graph: graph, partition: partition)
        #expect(overview == CommunityOverview(graph: graph, clusterOf: [0, 0, 1, 1], clusterCount: 2))
        #expect(overview.links == [CommunityOverview.Link(from: 0, to: 1, weight: 1)])
        #expect(overview.clusters.map { $0.prominent.map(\.key) } == [["b", "a"], ["c", "d"]])
    }
}

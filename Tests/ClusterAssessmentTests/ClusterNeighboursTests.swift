import ClusterAssessment
import ClusterGraph
import Testing

@Suite struct ClusterNeighboursTests {
    /// forest {f, w, p} is supplied by chemicals {c} and machinery {m}; it sells to construction {b}.
    private func economy() -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addLink(from: "f", to: "w", weight: 50)
        builder.addLink(from: "w", to: "p", weight: 40)
        builder.addLink(from: "c", to: "p", weight: 30)
        builder.addLink(from: "m", to: "p", weight: 8)
        builder.addLink(from: "m", to: "w", weight: 4)
        builder.addLink(from: "w", to: "b", weight: 20)
        builder.addLink(from: "c", to: "m", weight: 99)   // between two other clusters: not counted
        return builder.build()
    }

    @Test func ranksOtherClustersByTotalFlowWithTheirStrongestPairs() {
        let neighbours = ClusterNeighbours(flows: economy(), clusters: [["f", "p", "w"], ["c"], ["m"], ["b"]])
        let links = neighbours.links(of: 0, flowsPerCluster: 1)
        #expect(links.map(\.otherCluster) == [1, 3, 2])
        #expect(links[0].purchases == 30 && links[0].sales == 0)
        #expect(links[1].sales == 20)
        #expect(links[2].total == 12)
        #expect(links[2].strongestFlows == [ClusterNeighbours.SectorFlow(source: "m", target: "p", flow: 8)])
    }

    @Test func listsEachOutsideSectorOnceByItsStrongestFlow() {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addLink(from: "e", to: "p", weight: 70)   // energy: two large flows into the cluster
        builder.addLink(from: "e", to: "w", weight: 60)
        builder.addLink(from: "m", to: "p", weight: 8)    // machinery: smaller, but a sector of its own
        let neighbours = ClusterNeighbours(flows: builder.build(), clusters: [["p", "w"], ["e", "m"]])
        let flows = neighbours.links(of: 0, flowsPerCluster: 2)[0].strongestFlows
        #expect(flows.map(\.source) == ["e", "m"])
        #expect(neighbours.links(of: 0)[0].purchases == 138)
    }

    @Test func sectorsOutsideEveryClusterAreIgnored() {
        let neighbours = ClusterNeighbours(flows: economy(), clusters: [["f", "p", "w"], ["c"]])
        #expect(neighbours.links(of: 0).map(\.otherCluster) == [1])
    }
}

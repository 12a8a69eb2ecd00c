import ClusterGraph
import InputOutput
import Testing

@Suite struct LinkageStrengthTests {
    // Sales a→b 10, b→a 5, b→b 2, b→c 3, c→a 1, c→c 4.
    // Row sums (sales): a 10, b 10, c 5. Column sums (purchases): a 6, b 12, c 7.
    static let keys = ["a", "b", "c"]
    static let flows: [[Double]] = [[0, 10, 0], [5, 2, 3], [1, 0, 4]]

    private func weights(_ strength: LinkageStrength) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: strength.links.map { ("\($0.source)-\($0.target)", $0.weight) })
    }

    @Test func strengthIsTheLargestOfTheFourShares() {
        let graph = IOFixtures.graph(keys: Self.keys, flows: Self.flows, attributes: ["output": [20, 30, 10]])
        let strength = LinkageStrength(graph: graph, graphName: "tiny")
        let w = weights(strength)
        #expect(w.count == 3)                                  // no self-loops, one link per pair
        #expect(w["a-b"] == 1.0)                               // a sells all its intermediate output to b
        #expect(abs((w["a-c"] ?? 0) - 0.2) < 1e-15)            // max(1/6 of a's purchases, 1/5 of c's sales)
        #expect(abs((w["b-c"] ?? 0) - 3.0 / 7) < 1e-15)        // 3/7 of c's purchases beat 3/10 of b's sales
        #expect(strength.links.allSatisfy { $0.kind == "strength" })
        #expect(strength.nodes.map(\.key) == Self.keys)
        #expect(strength.nodes[1].attributes["output"] == .number(30))
        #expect(strength.description.contains("'tiny'"))
    }

    @Test func thresholdDropsWeakLinks() {
        let graph = IOFixtures.graph(keys: Self.keys, flows: Self.flows)
        let strength = LinkageStrength(graph: graph, graphName: "tiny", threshold: 0.3)
        #expect(Set(weights(strength).keys) == ["a-b", "b-c"])
        #expect(strength.description.contains("below 0.3"))
    }

    @Test func topKKeepsTheStrongestLinksOfEachSector() {
        let graph = IOFixtures.graph(keys: Self.keys, flows: Self.flows)
        // a's strongest is b, b's is a, c's is b: a-c is nobody's top link.
        let strength = LinkageStrength(graph: graph, graphName: "tiny", topK: 1)
        #expect(Set(weights(strength).keys) == ["a-b", "b-c"])
    }

    @Test func strengthIsSymmetricAndAtMostOne() {
        let graph = IOFixtures.germany1995()
        let strength = LinkageStrength(graph: graph, graphName: "de1995")
        #expect(strength.links.count == 15)
        #expect(strength.links.allSatisfy { $0.weight > 0 && $0.weight <= 1 && $0.source < $0.target })
    }
}

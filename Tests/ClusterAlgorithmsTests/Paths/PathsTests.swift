import ClusterAlgorithms
import ClusterGraph
import Testing

/// Neighbourhoods and shortest paths on small graphs worked out by hand.
@Suite struct PathsTests {
    /// a → b → c → d, a → d (weak), e → a, f isolated.
    static let chain: LinkageGraph = {
        var builder = LinkageGraphBuilder(directed: true)
        for key in ["a", "b", "c", "d", "e", "f"] { builder.addNode(key: key) }
        builder.addLink(from: "a", to: "b", weight: 10)
        builder.addLink(from: "b", to: "c", weight: 10)
        builder.addLink(from: "c", to: "d", weight: 10)
        builder.addLink(from: "a", to: "d", weight: 1)
        builder.addLink(from: "e", to: "a", weight: 5)
        return builder.build()
    }()

    func keys(_ reached: [ReachedNode], in graph: LinkageGraph) -> [String] {
        reached.map { "\(graph.keys[$0.node]):\($0.distance)" }
    }

    @Test func neighbourhoodFollowsDirectionAndDepth() {
        let g = Self.chain
        let a = g.index(of: "a")!
        #expect(keys(g.neighbourhood(of: a, depth: 1, direction: .out), in: g) == ["b:1", "d:1"])
        #expect(keys(g.neighbourhood(of: a, depth: nil, direction: .out), in: g) == ["b:1", "d:1", "c:2"])
        #expect(keys(g.neighbourhood(of: a, depth: nil, direction: .in), in: g) == ["e:1"])
        #expect(keys(g.neighbourhood(of: a, depth: 1, direction: .both), in: g) == ["b:1", "d:1", "e:1"])
        #expect(g.neighbourhood(of: g.index(of: "f")!, depth: 3, direction: .both).isEmpty)
        #expect(g.neighbourhood(of: a, depth: 0, direction: .out).isEmpty)
    }

    @Test func fewestLinksTakesTheDirectLink() {
        let g = Self.chain
        let path = g.shortestPath(from: g.index(of: "a")!, to: g.index(of: "d")!)
        #expect(path?.nodes.map { g.keys[$0] } == ["a", "d"])
        #expect(path?.cost == 1)
        #expect(path?.weights == [1])
    }

    @Test func weightedPathPrefersStrongFlows() {
        let g = Self.chain
        // 1/10 + 1/10 + 1/10 = 0.3 beats 1/1 = 1.
        let path = g.cheapestPath(from: g.index(of: "a")!, to: g.index(of: "d")!)
        #expect(path?.nodes.map { g.keys[$0] } == ["a", "b", "c", "d"])
        #expect(abs((path?.cost ?? 0) - 0.3) < 1e-12)
        // With cost = weight the weak direct link is cheapest.
        let byWeight = g.cheapestPath(from: g.index(of: "a")!, to: g.index(of: "d")!, cost: .weight)
        #expect(byWeight?.nodes.map { g.keys[$0] } == ["a", "d"])
        #expect(byWeight?.cost == 1)
    }

    @Test func unreachableGivesNil() {
        let g = Self.chain
        #expect(g.shortestPath(from: g.index(of: "d")!, to: g.index(of: "a")!) == nil)
        #expect(g.cheapestPath(from: g.index(of: "a")!, to: g.index(of: "f")!) == nil)
        // Against the flow it is reachable.
        #expect(g.shortestPath(from: g.index(of: "d")!, to: g.index(of: "a")!, direction: .in)?.nodes.count == 2)
    }

    @Test func pathToItselfIsEmpty() {
        let g = Self.chain
        let path = g.cheapestPath(from: 0, to: 0)
        #expect(path?.nodes == [0])
        #expect(path?.cost == 0)
    }

    @Test func undirectedGraphIgnoresDirection() {
        var builder = LinkageGraphBuilder(directed: false)
        builder.addLink(from: "x", to: "y", weight: 2)
        builder.addLink(from: "y", to: "z", weight: 2)
        let g = builder.build()
        let z = g.index(of: "z")!, x = g.index(of: "x")!
        #expect(g.shortestPath(from: z, to: x)?.nodes == [z, g.index(of: "y")!, x])
        #expect(keys(g.neighbourhood(of: z, depth: nil, direction: .out), in: g) == ["y:1", "x:2"])
    }

    @Test func zeroWeightLinksCannotCarryAWeightedPath() {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addLink(from: "p", to: "q", weight: 0)
        let g = builder.build()
        #expect(g.cheapestPath(from: 0, to: 1) == nil)
        #expect(g.cheapestPath(from: 0, to: 1, cost: .weight)?.cost == 0)
    }
}

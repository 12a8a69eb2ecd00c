@testable import ClusterAlgorithms
import ClusterGraph
import Synchronization
import Testing

@Suite("Centralities against networkx")
struct CentralityTests {
    @Test("PageRank equals networkx to 1e-9, weighted, unweighted and personalised", arguments: GoldenGraph.all)
    func pageRank(name: String) throws {
        let golden = try GoldenGraph(name)
        let graph = golden.graph
        let weighted = try graph.pageRank(PageRankOptions(tolerance: 1e-15))
        #expect(maximumDifference(weighted, golden.scores("pagerank_weighted")) < 1e-9)
        let unweighted = try graph.pageRank(PageRankOptions(weighted: false, tolerance: 1e-15))
        #expect(maximumDifference(unweighted, golden.scores("pagerank_unweighted")) < 1e-9)
        let personalised = try graph.pageRank(PageRankOptions(personalisation: golden.scores("personalisation"), tolerance: 1e-15))
        #expect(maximumDifference(personalised, golden.scores("pagerank_personalised")) < 1e-9)
        #expect(abs(weighted.reduce(0, +) - 1) < 1e-12)
    }

    @Test("Betweenness equals networkx to 1e-9, weighted and unweighted", arguments: GoldenGraph.all)
    func betweenness(name: String) throws {
        let golden = try GoldenGraph(name)
        #expect(maximumDifference(try golden.graph.betweenness(weighted: false), golden.scores("betweenness_unweighted")) < 1e-9)
        #expect(maximumDifference(try golden.graph.betweenness(weighted: true), golden.scores("betweenness_weighted")) < 1e-9)
    }

    @Test("Betweenness reports its progress: sources done, rising, ending at all of them")
    func betweennessProgress() throws {
        let graph = try GoldenGraph("karate").graph
        for weighted in [false, true] {
            let reports = Mutex<[Int]>([])
            let scores = try graph.betweenness(weighted: weighted, progress: { done, total in
                #expect(total == graph.nodeCount)
                reports.withLock { $0.append(done) }
            })
            #expect(scores == (try graph.betweenness(weighted: weighted)))
            let seen = reports.withLock { $0 }
            #expect(seen == Array(1...graph.nodeCount), "one report per source on a graph under 100 nodes")
        }
    }

    @Test("Eigenvector centrality equals networkx", arguments: ["karate", "weighted-undirected"])
    func eigenvector(name: String) throws {
        let golden = try GoldenGraph(name)
        // The second component of weighted-undirected makes the iteration converge slowly; 1e-6 is networkx's own accuracy.
        #expect(maximumDifference(try golden.graph.eigenvectorCentrality(weighted: false), golden.scores("eigenvector_unweighted")) < 1e-6)
        #expect(maximumDifference(try golden.graph.eigenvectorCentrality(weighted: true), golden.scores("eigenvector_weighted")) < 1e-6)
    }

    @Test("Degree and strength count links in both directions")
    func degreeAndStrength() throws {
        let graph = try GoldenGraph("weighted-directed").graph
        let c = try #require(graph.index(of: "c"))
        #expect(graph.degrees()[c] == 3)          // b -> c, c -> a, c -> d
        #expect(graph.strengths()[c] == 5)        // 1.5 + 0.5 + 3
    }

    @Test("Invalid options and weights are refused")
    func invalid() throws {
        let graph = try GoldenGraph("karate").graph
        #expect(throws: AlgorithmError.self) { try graph.pageRank(PageRankOptions(damping: 1.5)) }
        #expect(throws: AlgorithmError.self) { try graph.pageRank(PageRankOptions(personalisation: [1])) }
        var builder = LinkageGraphBuilder(directed: true)
        builder.addLink(from: "x", to: "y", weight: 0)
        #expect(throws: AlgorithmError.self) { try builder.build().betweenness(weighted: true) }
    }
}

@Suite("Components, cores and backbone")
struct StructureTests {
    @Test("Coreness equals igraph exactly", arguments: GoldenGraph.all)
    func coreness(name: String) throws {
        let golden = try GoldenGraph(name)
        #expect(golden.graph.coreness().map(Double.init) == golden.scores("coreness"))
        #expect(golden.graph.coreness(threads: 2).map(Double.init) == golden.scores("coreness"))
    }

    @Test("Components equal networkx's", arguments: GoldenGraph.all)
    func components(name: String) throws {
        let golden = try GoldenGraph(name)
        #expect(golden.graph.weakComponents().members(keys: golden.graph.keys) == golden.components("weak_components"))
        if golden.graph.isDirected {
            #expect(golden.graph.strongComponents().members(keys: golden.graph.keys) == golden.components("strong_components"))
        }
    }

    @Test("Strength cores peel the weakest node first")
    func strengthCores() throws {
        var builder = LinkageGraphBuilder(directed: false)
        builder.addLink(from: "a", to: "b", weight: 5)
        builder.addLink(from: "b", to: "c", weight: 4)
        builder.addLink(from: "a", to: "c", weight: 3)
        builder.addLink(from: "c", to: "d", weight: 1)
        let graph = builder.build()
        // d (1) goes first; then a and c have 8 and 7 -> c at 7, then a and b at 5.
        #expect(graph.strengthCoreness() == [7, 7, 7, 1])
    }

    @Test("The backbone is networkx's maximum spanning forest", arguments: ["karate", "weighted-undirected"])
    func backbone(name: String) throws {
        let golden = try GoldenGraph(name)
        let forest = golden.graph.maximumSpanningForest()
        #expect(Double(forest.count) == golden.number("maximum_spanning_forest_links"))
        #expect(abs(forest.map(\.weight).reduce(0, +) - golden.number("maximum_spanning_forest_weight")) < 1e-12)
    }

    @Test("A directed backbone sums both directions")
    func directedBackbone() throws {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addLink(from: "a", to: "b", weight: 1)
        builder.addLink(from: "b", to: "a", weight: 2)
        builder.addLink(from: "b", to: "c", weight: 2.5)
        builder.addLink(from: "a", to: "c", weight: 0.5)
        let forest = builder.build().maximumSpanningForest()
        #expect(forest == [BackboneLink(source: 0, target: 1, weight: 3), BackboneLink(source: 1, target: 2, weight: 2.5)])
    }
}

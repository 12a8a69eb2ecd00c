import ClusterGraph
@testable import ClusterStore
import Testing
import TestSupport

@Suite struct LinkageStoreTests {
    let directory: TemporaryDirectory
    let store: LinkageStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try LinkageStore(path: directory.path("store.sqlite"))
    }

    static let toy = GraphContents(
        name: "toy", isDirected: true, description: "three sectors", source: "hand-made",
        nodes: [
            NodeRecord(key: "02_03", label: "Forestry", attributes: ["output": .number(4_100), "note": .text("raw wood")]),
            NodeRecord(key: "17_18", label: "Paper", kind: "sector", attributes: ["output": .number(14_560)]),
        ],
        links: [
            LinkRecord(source: "02_03", target: "17_18", weight: 1_250, attributes: ["year": .number(2014)]),
            LinkRecord(source: "17_18", target: "22", weight: 830),
            LinkRecord(source: "02_03", target: "17_18", weight: 50, kind: "io"),
            LinkRecord(source: "22", target: "22", weight: 5),
        ])

    @Test func writesAndSummarisesGraphs() throws {
        try store.writeGraph(Self.toy, mode: .create)
        let summary = try store.graph(named: "toy")
        #expect(summary.nodeCount == 3)
        #expect(summary.linkCount == 4)
        #expect(summary.isDirected)
        #expect(summary.description == "three sectors")
        #expect(summary.source == "hand-made")
        #expect(summary.createdAt.hasSuffix("Z"))
        #expect(try store.graphs().map(\.name) == ["toy"])
    }

    @Test func loadsSnapshotWithNodeIdsAsIndicesAndSummedKinds() throws {
        try store.writeGraph(Self.toy, mode: .create)
        let graph = try store.loadGraph(named: "toy")
        #expect(graph.keys == ["02_03", "17_18", "22"])
        #expect(graph.labels == ["Forestry", "Paper", nil])
        #expect(graph.weight(from: 0, to: 1) == 1_300)   // supplies + io
        #expect(graph.weight(from: 1, to: 2) == 830)
        #expect(graph.weight(from: 2, to: 2) == 5)
        #expect(graph.linkCount == 3)
        #expect(Array(graph.predecessors(of: 2)) == [1, 2])
        #expect(graph.attributes.number("output", at: 1) == 14_560)
        #expect(graph.attributes.value("note", at: 0) == .text("raw wood"))
        #expect(graph.attributes.number("output", at: 2) == nil)

        let io = try store.loadGraph(named: "toy", linkKinds: ["io"])
        #expect(io.weight(from: 0, to: 1) == 50)
        #expect(io.linkCount == 1)
        #expect(io.nodeCount == 3)
    }

    @Test func snapshotMatchesBuilderForUndirectedGraphs() throws {
        let links = [("a", "b", 1.0), ("c", "a", 2.0), ("b", "a", 4.0), ("c", "c", 3.0), ("d", "b", 0.5), ("b", "c", 1.5)]
        try store.writeGraph(GraphContents(name: "u", isDirected: false,
                                           links: links.map { LinkRecord(source: $0.0, target: $0.1, weight: $0.2) }), mode: .create)
        let loaded = try store.loadGraph(named: "u")
        var builder = LinkageGraphBuilder(directed: false)
        for key in loaded.keys { builder.addNode(key: key) }
        for link in links { builder.addLink(from: link.0, to: link.1, weight: link.2) }
        let expected = builder.build()
        #expect(loaded.outOffsets == expected.outOffsets)
        #expect(loaded.outTargets == expected.outTargets)
        #expect(loaded.outWeights == expected.outWeights)
        #expect(loaded.linkCount == expected.linkCount)
        #expect(loaded.weight(from: 0, to: 1) == 5)   // a–b written both ways, summed
        #expect(try store.graph(named: "u").linkCount == 5)
    }

    @Test func createRefusesTakenNameAndReplaceOrAppendWork() throws {
        try store.writeGraph(Self.toy, mode: .create)
        #expect(throws: StoreError.graphExists("toy")) { try store.writeGraph(Self.toy, mode: .create) }
        try store.writeGraph(GraphContents(name: "toy", isDirected: true, links: [LinkRecord(source: "x", target: "y")]), mode: .replace)
        #expect(try store.graph(named: "toy").nodeCount == 2)
        try store.writeGraph(GraphContents(name: "toy", isDirected: true, links: [LinkRecord(source: "x", target: "y", weight: 2),
                                                                                   LinkRecord(source: "y", target: "z")]), mode: .append)
        let graph = try store.loadGraph(named: "toy")
        #expect(graph.keys == ["x", "y", "z"])
        #expect(graph.weight(from: 0, to: 1) == 3)
        #expect(throws: StoreError.directionMismatch(graph: "toy", storedDirected: true)) {
            try store.writeGraph(GraphContents(name: "toy", isDirected: false), mode: .append)
        }
    }

    @Test func unknownGraphSuggestsCloseNames() throws {
        try store.writeGraph(Self.toy, mode: .create)
        let error = #expect(throws: StoreError.self) { try store.loadGraph(named: "tyo") }
        #expect(error == .unknownGraph("tyo", suggestions: ["toy"]))
        #expect(error?.description.contains("did you mean 'toy'?") == true)
        #expect(error?.description.contains("clusternet graphs") == true)
    }

    @Test func failedWriteLeavesNothingBehind() throws {
        try store.writeGraph(Self.toy, mode: .create)
        let bad = GraphContents(name: "toy", isDirected: true, links: [LinkRecord(source: "a", target: "b", weight: .nan)])
        #expect(throws: StoreError.self) { try store.writeGraph(bad, mode: .replace) }
        #expect(try store.graph(named: "toy").linkCount == 4)
        #expect(throws: StoreError.self) {
            try store.setNodeAttributes(graph: "toy", ["17_18": ["exports": .number(1)], "nope": ["exports": .number(2)]])
        }
        #expect(try store.loadGraph(named: "toy").attributes.column("exports") == nil)
    }

    @Test func setsNodeAttributes() throws {
        try store.writeGraph(Self.toy, mode: .create)
        try store.setNodeAttributes(graph: "toy", ["17_18": ["exports": .number(9_140), "output": .number(1)]])
        let graph = try store.loadGraph(named: "toy")
        #expect(graph.attributes.number("exports", at: 1) == 9_140)
        #expect(graph.attributes.number("output", at: 1) == 1)
    }

    @Test func browsesNodesAndLinks() throws {
        try store.writeGraph(Self.toy, mode: .create)
        #expect(try store.nodes(graph: "toy").map(\.key) == ["02_03", "17_18", "22"])
        #expect(try store.nodes(graph: "toy", limit: 1).first?.attributes["note"] == .text("raw wood"))
        let links = try store.links(graph: "toy")
        #expect(links.map(\.weight) == [1_250, 830, 50, 5])
        #expect(links.first?.attributes["year"] == .number(2014))
        #expect(try store.links(graph: "toy", filter: LinkFilter(to: "17_18", kind: "io")).map(\.weight) == [50])
        #expect(try store.links(graph: "toy", filter: LinkFilter(from: "17_18")).map(\.target) == ["22"])
        #expect(try store.links(graph: "toy", filter: LinkFilter(minWeight: 100, limit: 1)).count == 1)
        #expect(throws: StoreError.unknownNodes(graph: "toy", keys: ["99"])) {
            try store.links(graph: "toy", filter: LinkFilter(from: "99"))
        }
    }

    @Test func listsLinkKindsWithCounts() throws {
        try store.writeGraph(Self.toy, mode: .create)
        let kinds = try store.linkKinds(graph: "toy")
        #expect(kinds.map(\.kind) == ["io", "supplies"])
        #expect(kinds.map(\.links) == [1, 3])
        try store.writeGraph(GraphContents(name: "bare", isDirected: true, nodes: [NodeRecord(key: "a")]), mode: .create)
        #expect(try store.linkKinds(graph: "bare").isEmpty)
        #expect(throws: StoreError.unknownGraph("toys", suggestions: ["toy"])) { try store.linkKinds(graph: "toys") }
    }

    @Test func undirectedLinkFilterMatchesEitherEnd() throws {
        try store.writeGraph(GraphContents(name: "u", isDirected: false, links: [LinkRecord(source: "b", target: "a", weight: 2)]), mode: .create)
        let fromA = try store.links(graph: "u", filter: LinkFilter(from: "a"))
        #expect(fromA.map { [$0.source, $0.target] } == [["a", "b"]])
        let fromB = try store.links(graph: "u", filter: LinkFilter(from: "b"))
        #expect(fromB.map { [$0.source, $0.target] } == [["b", "a"]])
    }

    @Test func savesAndLoadsResults() throws {
        try store.writeGraph(Self.toy, mode: .create)
        let partition = Partition(assignment: [5, 5, 9], keys: ["02_03", "17_18", "22"])
        try store.savePartition(partition, graph: "toy", name: "forest", method: "louvain", parameters: ["seed": "7"], replace: false)
        #expect(try store.loadPartition(graph: "toy", name: "forest") == partition)
        #expect(throws: StoreError.resultExists(graph: "toy", name: "forest")) {
            try store.savePartition(partition, graph: "toy", name: "forest", method: "louvain", parameters: [:], replace: false)
        }
        try store.saveScores([0.5, 0.25, 0.25], graph: "toy", name: "pagerank", method: "pagerank", parameters: [:], replace: false)
        let results = try store.results(graph: "toy")
        #expect(results.map(\.name) == ["forest", "pagerank"])
        #expect(results.map(\.type) == ["partition", "scores"])
        #expect(results.first?.parameters == ["seed": "7"])
        #expect(throws: StoreError.unknownResult(graph: "toy", name: "forrest", suggestions: ["forest"])) {
            try store.loadPartition(graph: "toy", name: "forrest")
        }
    }
}

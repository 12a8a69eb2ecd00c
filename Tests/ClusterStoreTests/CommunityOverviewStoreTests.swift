import ClusterGraph
import Foundation
@testable import ClusterStore
import Testing
import TestSupport

/// The overview read from the stored links equals the one made from the loaded graph.
@Suite struct CommunityOverviewStoreTests {
    let directory: TemporaryDirectory
    let store: LinkageStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try LinkageStore(path: directory.path("store.sqlite"))
    }

    /// A graph of `size` nodes in rings of ten, each ring's nodes linked in turn, rings linked to
    /// the next; parallel links of a second kind, a self-loop, sizes on every third node (one as
    /// text, which sizes nothing), and the partition by ring saved as "rings".
    private func writeRings(directed: Bool, size: Int = 60) throws -> String {
        let name = directed ? "directed" : "undirected"
        var nodes: [NodeRecord] = []
        for node in 0..<size {
            var attributes: [String: AttributeValue] = [:]
            if node % 3 == 0 { attributes["output"] = node == 9 ? .text("n/a") : .number(Double(node * 7 % 50) + 0.5) }
            nodes.append(NodeRecord(key: "n\(node)", label: node % 2 == 0 ? "Node \(node)" : nil, attributes: attributes))
        }
        var links: [LinkRecord] = []
        for node in 0..<size {
            let ring = node / 10
            links.append(LinkRecord(source: "n\(node)", target: "n\(ring * 10 + (node + 1) % 10)", weight: Double(node % 4 + 1)))
            if node % 10 == 0 { links.append(LinkRecord(source: "n\(node)", target: "n\((node + 13) % size)", weight: 0.25)) }
            if node % 7 == 0 { links.append(LinkRecord(source: "n\(node)", target: "n\(ring * 10 + (node + 1) % 10)", weight: 2, kind: "io")) }
        }
        links.append(LinkRecord(source: "n5", target: "n5", weight: 3))
        try store.writeGraph(GraphContents(name: name, isDirected: directed, nodes: nodes, links: links), mode: .create)
        let keys = (0..<size).map { "n\($0)" }
        try store.savePartition(Partition(assignment: (0..<size).map { $0 / 10 }, keys: keys), graph: name, name: "rings",
                                method: "test", parameters: [:], replace: false)
        return name
    }

    @Test(arguments: [false, true])
    func storedOverviewEqualsTheLoadedGraphs(directed: Bool) throws {
        let name = try writeRings(directed: directed)
        let loaded = CommunityOverview(graph: try store.loadGraph(named: name), partition: try store.loadPartition(graph: name, name: "rings"))
        let heard = Heard()
        let stored = try store.communityOverview(graph: name, partition: "rings", progress: { done, total in heard.add(done, total) })
        #expect(stored == loaded)
        // Progress ends with every stored link read.
        let linkCount = try store.graph(named: name).linkCount
        #expect(heard.last?.done == linkCount && heard.last?.total == linkCount)
        #expect(stored.clusters.count == 6)
        #expect(stored.hasSizeAttribute)
        #expect(!stored.links.isEmpty)
        // Read on three connections, each a range of sources: the same.
        let concurrent = try #require(try store.overviewConcurrently(name, partition: "rings", sizeAttribute: "output", threads: 3,
                                                                     minimumLinks: 0))
        #expect(concurrent == loaded)
        // Ranked by link weight alone when nobody has the size attribute.
        let bySize = try store.communityOverview(graph: name, partition: "rings", sizeAttribute: "employment")
        #expect(bySize == CommunityOverview(graph: try store.loadGraph(named: name), partition: try store.loadPartition(graph: name, name: "rings"),
                                            sizeAttribute: "employment"))
        #expect(!bySize.hasSizeAttribute)
    }

    @Test func connectionsReadingBlocksOfSourcesGiveTheSameOverview() throws {
        // 12,000 nodes: each connection reads several blocks of sources.
        let name = try writeRings(directed: false, size: 12_000)
        let loaded = CommunityOverview(graph: try store.loadGraph(named: name), partition: try store.loadPartition(graph: name, name: "rings"))
        for threads in [2, 3] {
            let concurrent = try #require(try store.overviewConcurrently(name, partition: "rings", sizeAttribute: "output",
                                                                         threads: threads, minimumLinks: 0))
            #expect(concurrent == loaded)
        }
        #expect(loaded.clusters.count == 1_200)
    }

    @Test func refusesWhatIsNotASavedPartitionOfTheWholeGraph() throws {
        let name = try writeRings(directed: false)
        #expect(throws: StoreError.unknownResult(graph: name, name: "ring", suggestions: ["rings"])) {
            try store.communityOverview(graph: name, partition: "ring")
        }
        try store.saveScores((0..<60).map(Double.init), graph: name, name: "scores", method: "test", parameters: [:], replace: false)
        #expect(throws: StoreError.resultDoesNotFit(graph: name, name: "scores", reason: "it holds scores, not a partition")) {
            try store.communityOverview(graph: name, partition: "scores")
        }
        try store.writeGraph(GraphContents(name: name, isDirected: false, nodes: [NodeRecord(key: "late")], links: []), mode: .append)
        #expect(throws: StoreError.resultDoesNotFit(graph: name, name: "rings", reason: "1 nodes were added after it was saved")) {
            try store.communityOverview(graph: name, partition: "rings")
        }
    }
}

/// What a progress handler heard, from any thread.
private final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [(done: Int, total: Int?)] = []

    func add(_ done: Int, _ total: Int?) { lock.withLock { reports.append((done, total)) } }

    var last: (done: Int, total: Int?)? { lock.withLock { reports.last } }
}

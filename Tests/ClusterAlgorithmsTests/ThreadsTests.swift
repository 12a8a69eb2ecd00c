@testable import ClusterAlgorithms
import ClusterGraph
import Testing

/// What `threads` may change and what it may not: PageRank and cores give the same numbers on
/// any number of threads; Louvain and Leiden give the same partition on any number from 2, a valid
/// one as good as one thread's, and one thread's own results stay as they were.
@Suite("Threads")
struct ThreadsTests {
    /// An LFR graph just above the size from which local moving uses threads.
    static let large = CommunityLevelsTests.lfr(nodes: ModularityMover.parallelNodeCount + 4_000, seed: 5)

    @Test("PageRank is the same on any number of threads")
    func pageRank() throws {
        let one = try Self.large.pageRank(PageRankOptions(weighted: false, threads: 1))
        for threads in [2, 3, 8] {
            #expect(try Self.large.pageRank(PageRankOptions(weighted: false, threads: threads)) == one)
        }
    }

    @Test("Cores peeled level by level on threads equal the sequential bucket algorithm", arguments: [false, true])
    func cores(directed: Bool) throws {
        var builder = LinkageGraphBuilder(directed: directed)
        for u in 0..<Self.large.nodeCount { builder.addNode(key: Self.large.keys[u]) }
        for u in 0..<Self.large.nodeCount {
            for v in Self.large.successors(of: u) where Int(v) > u { builder.addLink(from: u, to: Int(v)) }
        }
        builder.addLink(from: 0, to: 0)   // a self-loop, which cores ignore
        let graph = builder.build()
        let sequential = graph.coreness(threads: 1)
        #expect(sequential.max()! >= 4)
        for threads in [2, 3] { #expect(graph.coreness(threads: threads) == sequential) }
    }

    @Test("Louvain and Leiden on threads: one partition for any number from 2, as good as one thread's",
          arguments: [CommunityMethod.louvain, .leiden])
    func communities(method: CommunityMethod) throws {
        let graph = Self.large
        let single = try graph.communities(CommunityOptions(method: method, seed: 3, threads: 1))
        #expect(try graph.communities(CommunityOptions(method: method, seed: 3, threads: 1)) == single)
        let two = try graph.communities(CommunityOptions(method: method, seed: 3, threads: 2))
        let three = try graph.communities(CommunityOptions(method: method, seed: 3, threads: 3))
        #expect(two == three)
        #expect(abs(two.modularity - single.modularity) < 0.005, "\(two.modularity) against \(single.modularity)")
        // The reported modularity is the partition's own.
        let partition = two.partition.assignment.map { Int32($0) }
        let level = CommunityGraph(graph, directedModularity: false)
        #expect(abs(level.modularity(of: partition, communityCount: two.partition.communityCount, resolution: 1) - two.modularity) < 1e-12)
        if method == .leiden {
            // Still connected communities.
            var component = [Int](repeating: -1, count: graph.nodeCount)
            for (id, members) in two.partition.memberIndices().enumerated() {
                var stack = [members[0]]
                component[members[0]] = id
                var reached = 1
                while let u = stack.popLast() {
                    for v in graph.successors(of: u) where component[Int(v)] < 0 && two.partition.assignment[Int(v)] == id {
                        component[Int(v)] = id
                        stack.append(Int(v))
                        reached += 1
                    }
                }
                #expect(reached == members.count)
            }
        }
    }

    @Test("Small graphs give one thread's partition whatever the threads")
    func smallGraphs() throws {
        let karate = try GoldenGraph("karate")
        for method in CommunityMethod.allCases {
            let one = try karate.graph.communities(CommunityOptions(method: method, seed: 4, threads: 1))
            #expect(try karate.graph.communities(CommunityOptions(method: method, seed: 4, threads: 4)) == one)
        }
    }
}

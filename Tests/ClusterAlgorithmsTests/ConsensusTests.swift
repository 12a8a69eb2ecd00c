@testable import ClusterAlgorithms
import ClusterGraph
import Testing

@Suite("Consensus clustering")
struct ConsensusTests {
    /// An LFR graph with planted communities, nodes keyed `n0`, `n1`, …
    private func planted(mixing: Double, seed: UInt64) throws -> (graph: LinkageGraph, planted: Partition) {
        let lfr = try generateLFR(LFROptions(nodes: 400, averageDegree: 14, maximumDegree: 30, mixing: mixing,
                                             minimumCommunity: 25, maximumCommunity: 60, seed: seed))
        var builder = LinkageGraphBuilder(directed: false)
        for u in 0..<lfr.nodeCount { builder.addNode(key: "n\(u)") }
        for link in lfr.links { builder.addLink(from: Int(link.source), to: Int(link.target)) }
        let graph = builder.build()
        return (graph, Partition(assignment: lfr.community.map(Int.init), keys: graph.keys))
    }

    /// Two cliques of five joined through one node linked equally to both.
    private func bridgedCliques() -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: false)
        let left = (0..<5).map { "a\($0)" }, right = (0..<5).map { "b\($0)" }
        for group in [left, right] {
            for i in group.indices {
                for j in group.indices where i < j { builder.addLink(from: group[i], to: group[j]) }
            }
        }
        for key in ["a0", "a1", "b0", "b1"] { builder.addLink(from: "bridge", to: key) }
        return builder.build()
    }

    @Test("On a graph with a planted partition the consensus finds it, and its members are stable")
    func recoversPlantedPartition() throws {
        let (graph, planted) = try planted(mixing: 0.3, seed: 11)
        let result = try ConsensusClustering.run([graph], options: ConsensusOptions(runsPerResolution: 10, seed: 3))
        #expect(result.converged)
        #expect(result.runCount == 30)
        #expect(result.partition == planted, "found \(result.partition.communityCount) of \(planted.communityCount) communities")
        let mean = result.stability.reduce(0, +) / Double(result.stability.count)
        #expect(mean > 0.9, "mean stability \(mean)")
        #expect(result.clusterStability.count == planted.communityCount)
    }

    @Test("Stability is the share of runs agreeing: 1 inside unambiguous cliques, lower for a bridge")
    func stabilityOfABridge() throws {
        let graph = bridgedCliques()
        let result = try ConsensusClustering.run([graph], options: ConsensusOptions(resolutions: [1], runsPerResolution: 40, seed: 9))
        let bridge = try #require(graph.index(of: "bridge"))
        let clique = try #require(graph.index(of: "a3"))
        let other = try #require(graph.index(of: "b4"))
        #expect(result.partition.assignment[clique] != result.partition.assignment[other])
        #expect(result.stability[bridge] < result.stability[clique])
        #expect(result.stability[other] > 0.95)

        // Recomputed from its definition: the runs' co-assignment of the bridge with its cluster-mates.
        var runs: [Partition] = []
        var seeds = SplitMix64(seed: 9)
        for _ in 0..<40 { runs.append(try graph.communities(CommunityOptions(method: .leiden, resolution: 1, seed: seeds.next())).partition) }
        let mates = (0..<graph.nodeCount).filter { $0 != bridge && result.partition.assignment[$0] == result.partition.assignment[bridge] }
        let expected = runs.map { run in Double(mates.filter { run.assignment[$0] == run.assignment[bridge] }.count) / Double(mates.count) }
            .reduce(0, +) / 40
        #expect(abs(result.stability[bridge] - expected) < 1e-12, "\(result.stability[bridge]) vs \(expected)")
    }

    @Test("The same seed gives the same result, with one thread or several")
    func determinism() throws {
        let (graph, _) = try planted(mixing: 0.45, seed: 4)
        let options = ConsensusOptions(method: .louvain, runsPerResolution: 6, seed: 21)
        let first = try ConsensusClustering.run([graph], options: options)
        let second = try ConsensusClustering.run([graph], options: options)
        var threaded = options
        threaded.threads = 3
        let third = try ConsensusClustering.run([graph], options: threaded)
        #expect(first == second)
        #expect(first == third)
    }

    @Test("Pooled graphs need the same keys, in any order")
    func pooling() throws {
        let graph = bridgedCliques()
        var reordered = LinkageGraphBuilder(directed: true)
        for key in graph.keys.reversed() { reordered.addNode(key: key) }
        for u in 0..<graph.nodeCount {
            for v in graph.successors(of: u) where Int(v) > u { reordered.addLink(from: graph.keys[Int(v)], to: graph.keys[u]) }
        }
        let pooled = try ConsensusClustering.run([graph, reordered.build()], options: ConsensusOptions(runsPerResolution: 5, seed: 1))
        #expect(pooled.runCount == 30)
        let members = pooled.partition.members(keys: graph.keys)
        #expect(members.contains((0..<5).map { "a\($0)" }) || members.contains(["a0", "a1", "a2", "a3", "a4", "bridge"]))
        #expect(members.contains((0..<5).map { "b\($0)" }) || members.contains(["b0", "b1", "b2", "b3", "b4", "bridge"]))

        var smaller = LinkageGraphBuilder(directed: false)
        smaller.addLink(from: "a0", to: "a1")
        #expect(throws: AlgorithmError.self) { try ConsensusClustering.run([graph, smaller.build()], options: ConsensusOptions()) }
        #expect(throws: AlgorithmError.self) { try ConsensusClustering.run([graph], options: ConsensusOptions(threshold: 1.5)) }
        #expect(throws: AlgorithmError.self) { try ConsensusClustering.run([], options: ConsensusOptions()) }
    }
}

@testable import ClusterAlgorithms
import ClusterGraph
import Testing

/// How Leiden holds its levels: the levels put aside while the coarser ones are solved come back
/// exactly as they were, and the partitions found are those found before levels were packed and
/// the caller's graph handed over (recorded from commit 4f112f2, which kept every level whole).
@Suite("Community levels")
struct CommunityLevelsTests {
    /// An LFR graph of `nodes` nodes (average degree 8, mixing 0.35); `weight` gives each link's
    /// weight from its ends (nil: unweighted).
    static func lfr(nodes: Int, seed: UInt64, directed: Bool = false, weight: ((Int, Int) -> Double)? = nil) -> LinkageGraph {
        // The generator is deterministic for a seed, so every run sees the same graph.
        let lfr = try! generateLFR(LFROptions(nodes: nodes, averageDegree: 8, maximumDegree: 30, mixing: 0.35, seed: seed))
        var builder = LinkageGraphBuilder(directed: directed)
        for u in 0..<lfr.nodeCount { builder.addNode(key: "n\(u)") }
        for link in lfr.links {
            let (source, target) = (Int(link.source), Int(link.target))
            builder.addLink(from: source, to: target, weight: weight?(source, target) ?? 1)
        }
        return builder.build()
    }

    /// Just above the size from which local moving runs in batches on threads.
    static let large = ThreadsTests.large
    /// Whole weights from 1 to 300 (packed in 2 bytes from the second level on) and quarters.
    static let wholeWeights = lfr(nodes: 6_000, seed: 8) { u, v in Double((u * 7 + v * 13) % 300 + 1) }
    static let quarterWeights = lfr(nodes: 6_000, seed: 9, directed: true) { u, v in Double((u + 3 * v) % 11 + 1) / 4 }

    /// Every level Leiden would build from `graph`'s level 0: the level-0 graph renumbered by
    /// its first local moving, then the graphs aggregated by each refinement, as
    /// ``leidenIteration(_:resolution:start:threads:random:)`` builds them.
    static func levels(of graph: LinkageGraph, directed: Bool = false) -> [CommunityGraph] {
        var level = CommunityGraph(graph, directedModularity: directed)
        var levels = [level]
        var random = SplitMix64(seed: 1)
        while true {
            let mover = ModularityMover(graph: level, resolution: 1)
            _ = mover.moveUntilStable(order: visitingOrder(nodeCount: level.nodeCount, random: &random), allowNewCommunity: false)
            let (communities, count) = mover.membership.denseRelabelled()
            guard count < level.nodeCount else { return levels }
            if levels.count == 1 {
                levels.append(level.renumbered(by: grouped((0..<Int32(level.nodeCount)).map { $0 }, by: communities,
                                                           groupCount: count).nodes))
            }
            level = level.aggregated(by: communities, groupCount: count, threads: 2)
            levels.append(level)
        }
    }

    @Test("A packed level unpacks to the same rows, weights and sums, on any number of threads",
          arguments: ["karate", "large", "whole weights", "quarter weights", "directed quarter weights"])
    func packedLevelsUnpackExactly(name: String) throws {
        let levels = switch name {
        case "karate": Self.levels(of: try GoldenGraph("karate").graph)
        case "large": Self.levels(of: Self.large)
        case "whole weights": Self.levels(of: Self.wholeWeights)
        case "quarter weights": Self.levels(of: Self.quarterWeights)
        default: Self.levels(of: Self.quarterWeights, directed: true)
        }
        #expect(levels.count >= 3, "\(name): \(levels.count) levels")
        for (depth, level) in levels.enumerated() {
            let packed = PackedCommunityGraph(level, threads: 1)
            for threads in [1, 3] {
                let again = PackedCommunityGraph(level, threads: threads).unpacked(threads: 4 - threads)
                expectSame(again, level, "\(name) level \(depth)")
                #expect(PackedCommunityGraph(level, threads: threads).packedBytes == packed.packedBytes)
            }
            if level.neighbours.count > 1_000 {
                // Packed smaller than whole: 4 bytes a neighbour and those of the weights.
                #expect(packed.packedBytes < level.neighbours.count * 4 + level.weights.storedBytes, "\(name) level \(depth)")
            }
        }
    }

    @Test("Packing keeps neighbours far apart, zero weights and weights that do not fit its bytes")
    func packingEdgeCases() {
        let n = 70_000
        // Row lengths from 0 to n − 1, differences up to ±(n − 1), several ranges.
        var offsets = [0], neighbours: [Int32] = []
        for u in 0..<n {
            let row: [Int32] = u == 0 ? Array((1..<Int32(n)).reversed())
                : u % 3 == 0 ? [] : [0, Int32(n - 1), Int32((u * 7_919) % n)]
            neighbours += row
            offsets.append(neighbours.count)
        }
        let strengths = (0..<n).map { Double($0 % 5) }
        let columns: [[Double]] = [
            neighbours.indices.map { Double($0 % 3) },                        // whole, with zeros: 1 byte
            neighbours.indices.map { $0 == 5 ? 70_000 : 2 },                  // 4 bytes
            neighbours.indices.map { $0 == 5 ? 8_589_934_592 : 2 },           // 2³³: a float, but kept
            neighbours.indices.map { $0 == 5 ? 0.1 : 2 },                     // not whole: kept
        ]
        for column in columns {
            let level = CommunityGraph(offsets: offsets, neighbours: neighbours, weights: LinkWeights(column), weightScale: 1,
                                       selfWeights: strengths, outStrengths: strengths, inStrengths: strengths.reversed(),
                                       totalWeight: 7)
            expectSame(PackedCommunityGraph(level, threads: 2).unpacked(threads: 2), level, "weights \(column[5])")
        }
    }

    /// One recorded run: the options, and what the partition was.
    struct Recorded: CustomTestStringConvertible, Sendable {
        let graph: String
        let options: CommunityOptions
        let communityCount: Int
        let digest: UInt64
        let modularity: Double
        var testDescription: String { "\(graph): \(options)" }
    }

    static let recorded: [Recorded] = [
        Recorded(graph: "karate", options: CommunityOptions(seed: 0), communityCount: 4,
                 digest: 3934259067067005680, modularity: 0.4197896120973044),
        Recorded(graph: "karate", options: CommunityOptions(seed: 7), communityCount: 4,
                 digest: 3934259067067005680, modularity: 0.4197896120973044),
        Recorded(graph: "karate", options: CommunityOptions(resolution: 2, seed: 1), communityCount: 7,
                 digest: 15841041797404297915, modularity: 0.16403681788297172),
        Recorded(graph: "karate", options: CommunityOptions(seed: 2, minimumSize: 5), communityCount: 4,
                 digest: 3934259067067005680, modularity: 0.4197896120973044),
        Recorded(graph: "karate", options: CommunityOptions(method: .louvain, seed: 3), communityCount: 4,
                 digest: 3934259067067005680, modularity: 0.4197896120973044),
        Recorded(graph: "weighted-directed", options: CommunityOptions(seed: 1), communityCount: 4,
                 digest: 13563565175392841513, modularity: 0.642178955591611),
        Recorded(graph: "weighted-directed", options: CommunityOptions(seed: 1, directed: true), communityCount: 4,
                 digest: 13563565175392841513, modularity: 0.64299020491557),
        Recorded(graph: "weighted-directed", options: CommunityOptions(method: .louvain, seed: 1, directed: true), communityCount: 4,
                 digest: 13563565175392841513, modularity: 0.64299020491557),
        Recorded(graph: "large", options: CommunityOptions(seed: 3, threads: 2), communityCount: 173,
                 digest: 2373239879644135713, modularity: 0.6555850549030923),
        Recorded(graph: "large", options: CommunityOptions(seed: 3, threads: 1), communityCount: 173,
                 digest: 8785456648965057841, modularity: 0.6555537825953827),
        Recorded(graph: "large", options: CommunityOptions(seed: 4, minimumSize: 20, threads: 2), communityCount: 178,
                 digest: 8098228819330229321, modularity: 0.6556088283944523),
        Recorded(graph: "large", options: CommunityOptions(method: .louvain, seed: 3, threads: 2), communityCount: 185,
                 digest: 14404871700720559306, modularity: 0.6540514236143146),
        Recorded(graph: "whole weights", options: CommunityOptions(seed: 1), communityCount: 49,
                 digest: 10801708681091273354, modularity: 0.649381197512009),
        Recorded(graph: "whole weights", options: CommunityOptions(method: .louvain, seed: 1), communityCount: 48,
                 digest: 7176604249568780606, modularity: 0.6425826527572027),
        Recorded(graph: "quarter weights", options: CommunityOptions(seed: 2), communityCount: 51,
                 digest: 4141277570124883514, modularity: 0.6456777000608006),
        Recorded(graph: "quarter weights", options: CommunityOptions(seed: 2, directed: true), communityCount: 53,
                 digest: 13981622545006088848, modularity: 0.6451948591315065),
        Recorded(graph: "quarter weights", options: CommunityOptions(resolution: 1.5, seed: 2, minimumSize: 10), communityCount: 79,
                 digest: 17229960625094325420, modularity: 0.6384808537018454),
    ]

    @Test("Partitions are those recorded before levels were packed", arguments: recorded)
    func partitionsAsRecorded(run: Recorded) throws {
        let graph = switch run.graph {
        case "large": Self.large
        case "whole weights": Self.wholeWeights
        case "quarter weights": Self.quarterWeights
        default: try GoldenGraph(run.graph).graph
        }
        let result = try graph.communities(run.options)
        #expect(result.partition.communityCount == run.communityCount)
        #expect(digest(result.partition.assignment) == run.digest, "digest \(digest(result.partition.assignment))")
        #expect(abs(result.modularity - run.modularity) < 1e-12, "modularity \(result.modularity)")
    }

    /// FNV-1a of the assignment: equal for equal partitions (ids are canonical).
    private func digest(_ assignment: [Int]) -> UInt64 {
        assignment.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    private func expectSame(_ found: CommunityGraph, _ expected: CommunityGraph, _ name: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(found.offsets == expected.offsets, "\(name): offsets", sourceLocation: sourceLocation)
        #expect(found.neighbours == expected.neighbours, "\(name): neighbours", sourceLocation: sourceLocation)
        #expect(found.weights == expected.weights && found.weights.width == expected.weights.width, "\(name): weights",
                sourceLocation: sourceLocation)
        #expect(found.weightScale == expected.weightScale, "\(name): weight scale", sourceLocation: sourceLocation)
        #expect(found.selfWeights == expected.selfWeights && found.outStrengths == expected.outStrengths
                && found.inStrengths == expected.inStrengths && found.totalWeight == expected.totalWeight,
                "\(name): sums", sourceLocation: sourceLocation)
    }
}

@testable import ClusterAlgorithms
import ClusterGraph
import Testing

@Suite("LFR generator")
struct LFRGeneratorTests {
    let options = LFROptions(nodes: 2_000, averageDegree: 15, maximumDegree: 40, mixing: 0.3,
                             minimumCommunity: 20, maximumCommunity: 80, seed: 5)

    @Test("The same seed gives the same graph; another seed a different one")
    func determinism() throws {
        let first = try generateLFR(options)
        let second = try generateLFR(options)
        #expect(first.links.map(\.source) == second.links.map(\.source))
        #expect(first.links.map(\.target) == second.links.map(\.target))
        #expect(first.community == second.community)
        var other = options
        other.seed = 6
        #expect(try generateLFR(other).links.map(\.target) != first.links.map(\.target))
    }

    @Test("Degrees, mixing and community sizes follow the options; Leiden finds the planted communities")
    func structure() throws {
        let lfr = try generateLFR(options)
        let averageDegree = 2 * Double(lfr.links.count) / Double(lfr.nodeCount)
        #expect(averageDegree > 13 && averageDegree < 16, "\(averageDegree)")
        let crossing = lfr.links.filter { lfr.community[Int($0.source)] != lfr.community[Int($0.target)] }.count
        let mixing = Double(crossing) / Double(lfr.links.count)
        #expect(abs(mixing - 0.3) < 0.03, "\(mixing)")
        var sizes: [Int32: Int] = [:]
        for c in lfr.community { sizes[c, default: 0] += 1 }
        #expect(sizes.values.allSatisfy { $0 >= 20 && $0 <= 80 }, "\(sizes.values.sorted())")
        #expect(lfr.links.allSatisfy { $0.source < $0.target })

        var builder = LinkageGraphBuilder(directed: false)
        for u in 0..<lfr.nodeCount { builder.addNode(key: "n\(u)") }
        for link in lfr.links { builder.addLink(from: Int(link.source), to: Int(link.target)) }
        let graph = builder.build()
        let found = try graph.communities(CommunityOptions(method: .leiden, seed: 1))
        let planted = Partition(assignment: lfr.community.map(Int.init), keys: graph.keys)
        // Most pairs placed together by the generator are found together.
        var together = 0, agreed = 0
        for link in lfr.links where planted.assignment[Int(link.source)] == planted.assignment[Int(link.target)] {
            together += 1
            if found.partition.assignment[Int(link.source)] == found.partition.assignment[Int(link.target)] { agreed += 1 }
        }
        #expect(Double(agreed) / Double(together) > 0.9)
    }

    @Test("Inconsistent options are refused")
    func invalid() {
        #expect(throws: AlgorithmError.self) { try generateLFR(LFROptions(nodes: 100, mixing: 1.5)) }
        #expect(throws: AlgorithmError.self) { try generateLFR(LFROptions(nodes: 30, maximumDegree: 50)) }
    }
}

import ClusterGraph

/// What a firm network's links alone say about its organisation: the seed's supplier pyramid
/// (tiers under a lead) and its flat district of competing peers are both visible without any
/// attribute.
///
/// - Market-facing firms: members that sell to no other member (they sell to the final market).
///   One in a pyramid (the lead), most of the peers in a district.
/// - Chain depth: the mean number of supply links from a member that sells inside to the nearest
///   market-facing firm (multi-source breadth-first search backwards from them). On a supply tree
///   where each firm sells all it makes to one buyer this is the average propagation length of
///   Dietzenbacher, Romero & Bosma (2005): 3 for the seed's third-tier suppliers.
/// - The lead: the market-facing firm with the largest size (`output` or `size`), or the largest
///   purchases from other members when sizes are missing; its pyramid is ``SupplierTiers``.
/// - Peer concentration: the HHI of the market-facing firms' sizes (or purchases, or 1/k when
///   they buy nothing inside); reciprocity (share of links whose reverse exists) and density among
///   all members are reported beside it.
///
/// ```swift
/// let structure = FirmStructure(graph: cars, members: Array(0..<cars.nodeCount), sizes: nil)
/// structure.pyramid?.reachShare   // 1.0: every firm supplies the lead
/// structure.meanDepth             // 2.78
/// ```
///
/// - Complexity: O(n + m log d) for n members and m links among them (d = largest out-degree).
struct FirmStructure: Sendable {
    let memberCount: Int
    let marketFacing: [Int]
    /// Members that sell to another member.
    let tiedCount: Int
    let meanDepth: Double?
    let pyramid: SupplierTiers?
    let leadKey: String?
    /// HHI over the market-facing firms and what it was computed from.
    let peerHHI: Double?
    let peerWeights: String
    let largestPeerShare: Double?
    let reciprocity: Double?
    let density: Double?

    /// `sizes` are aligned with `members` (nil when some member lacks a size).
    init(graph: LinkageGraph, members: [Int], sizes: [Double]?) {
        var inside = [Bool](repeating: false, count: graph.nodeCount)
        for u in members { inside[u] = true }
        memberCount = members.count
        var purchases = [Double](repeating: 0, count: graph.nodeCount)
        var facing: [Int] = [], tied = 0, links = 0, reciprocated = 0
        for u in members {
            var sells = false
            for (v, w) in zip(graph.successors(of: u), graph.successorWeights(of: u)) where Int(v) != u && inside[Int(v)] {
                sells = true
                links += 1
                purchases[Int(v)] += w
                if Self.contains(graph.successors(of: Int(v)), Int32(u)) { reciprocated += 1 }
            }
            if sells { tied += 1 } else { facing.append(u) }
        }
        marketFacing = facing
        tiedCount = tied
        reciprocity = links > 0 ? Double(reciprocated) / Double(links) : nil
        let n = Double(members.count)
        density = n >= 2 ? Double(links) / (n * (n - 1)) : nil

        // Distance to the nearest market-facing firm, walking supply links backwards.
        var level = [Int32](repeating: -1, count: graph.nodeCount)
        var frontier = facing
        for u in facing { level[u] = 0 }
        var depthSum = 0.0, depthCount = 0
        while !frontier.isEmpty {
            var next: [Int] = []
            for buyer in frontier {
                for supplier in graph.predecessors(of: buyer) where inside[Int(supplier)] && level[Int(supplier)] < 0 {
                    level[Int(supplier)] = level[buyer] + 1
                    depthSum += Double(level[buyer] + 1)
                    depthCount += 1
                    next.append(Int(supplier))
                }
            }
            frontier = next
        }
        meanDepth = depthCount > 0 ? depthSum / Double(depthCount) : nil

        let sizeOf: [Int: Double]? = sizes.map { Dictionary(uniqueKeysWithValues: zip(members, $0)) }
        let peerSizes = facing.map { sizeOf?[$0] ?? 0 }
        let peerPurchases = facing.map { purchases[$0] }
        let weights: [Double]
        if sizes != nil, peerSizes.reduce(0, +) > 0 {
            (weights, peerWeights) = (peerSizes, "size")
        } else if peerPurchases.reduce(0, +) > 0 {
            (weights, peerWeights) = (peerPurchases, "purchases from other members")
        } else {
            (weights, peerWeights) = (facing.map { _ in 1 }, "count (they buy nothing inside)")
        }
        peerHHI = Statistics.herfindahl(weights)
        let total = weights.reduce(0, +)
        largestPeerShare = total > 0 ? (weights.max() ?? 0) / total : nil

        // The lead faces the market and is the largest there (first in member order on a tie).
        var best: Int?
        for position in weights.indices where best.map({ weights[position] > weights[$0] }) ?? true { best = position }
        let lead = best.map { facing[$0] }
        pyramid = lead.map { SupplierTiers(graph: graph, lead: $0, inside: inside) }
        leadKey = lead.map { graph.keys[$0] }
    }

    /// Binary search in a row sorted by target.
    private static func contains(_ row: ArraySlice<Int32>, _ value: Int32) -> Bool {
        var low = row.startIndex, high = row.endIndex
        while low < high {
            let middle = (low + high) / 2
            if row[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < row.endIndex && row[low] == value
    }
}

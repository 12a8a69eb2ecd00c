/// Moves single nodes between communities while that raises modularity: the local-moving phase
/// shared by Louvain and Leiden.
///
/// The gain of putting node v (taken out of its community) into community c is
/// `w(v, c) − γ (out_v · in_c + in_v · out_c) / W`, with w(v, c) the weight between v and c in
/// both directions (see ``CommunityGraph``); staying put is compared the same way.
///
/// The per-community state lives in buffers this class owns, and the graph's rows are read
/// through unsafe buffers, because the hot loop runs millions of times and must not pay for array
/// bounds and uniqueness checks. For a symmetric graph (out = in strengths, the usual case) the
/// in-totals are the out-totals, so one buffer serves both and a gain costs one memory read fewer.
final class ModularityMover {
    let nodeCount: Int
    private let graph: CommunityGraph
    private let resolution: Double
    private let symmetric: Bool
    /// Community of each node; ids are in `0..<nodeCount`.
    private let community: UnsafeMutableBufferPointer<Int32>
    private let communityOut: UnsafeMutableBufferPointer<Double>
    /// The same buffer as `communityOut` when the graph is symmetric.
    private let communityIn: UnsafeMutableBufferPointer<Double>
    private let communitySize: UnsafeMutableBufferPointer<Int32>
    /// Scratch: weight from the current node to each community, zero between nodes.
    private let neighbourWeight: UnsafeMutableBufferPointer<Double>
    private let neighbourCommunities: UnsafeMutableBufferPointer<Int32>
    /// Ids of empty communities, for Leiden's "move to a new community" option.
    private var emptyCommunities: [Int32]
    /// Σ (gain of the chosen community − gain of staying) over the moves made: W times the
    /// modularity they added, since each move changes Q by exactly that difference over W.
    private var summedGains = 0.0

    init(graph: CommunityGraph, resolution: Double, membership: [Int32]? = nil) {
        let n = graph.nodeCount
        nodeCount = n
        self.graph = graph
        self.resolution = resolution
        symmetric = graph.outStrengths == graph.inStrengths
        community = .allocate(capacity: n)
        communityOut = .allocate(capacity: n)
        communityOut.initialize(repeating: 0)
        if symmetric {
            communityIn = communityOut
        } else {
            communityIn = .allocate(capacity: n)
            communityIn.initialize(repeating: 0)
        }
        communitySize = .allocate(capacity: n)
        communitySize.initialize(repeating: 0)
        neighbourWeight = .allocate(capacity: n)
        neighbourWeight.initialize(repeating: 0)
        var maxDegree = 0
        for u in 0..<n { maxDegree = max(maxDegree, graph.offsets[u + 1] - graph.offsets[u]) }
        neighbourCommunities = .allocate(capacity: maxDegree + 1)
        for u in 0..<n {
            let c = membership.map { Int($0[u]) } ?? u
            community[u] = Int32(c)
            communityOut[c] += graph.outStrengths[u]
            if !symmetric { communityIn[c] += graph.inStrengths[u] }
            communitySize[c] += 1
        }
        emptyCommunities = []
        for c in (0..<n).reversed() where communitySize[c] == 0 { emptyCommunities.append(Int32(c)) }
    }

    deinit {
        if !symmetric { communityIn.deallocate() }
        for buffer in [neighbourWeight, communityOut] { buffer.deallocate() }
        for buffer in [community, communitySize, neighbourCommunities] { buffer.deallocate() }
    }

    /// How much the moves made so far raised modularity.
    var modularityGain: Double { graph.totalWeight > 0 ? summedGains / graph.totalWeight : 0 }

    /// The current community of every node.
    var membership: [Int32] { Array(community) }

    /// Local moving with a queue (Traag 2015, "Faster unfolding of communities: speeding up the
    /// Louvain algorithm"; Leiden's `FastMoveNodes`): the queue starts with every node in
    /// `order`; when a node moves, its neighbours outside its new community are queued again, so
    /// settled regions are not swept again. Returns whether any node moved.
    ///
    /// - Complexity: O(m) per pass over the queue; typically a few passes.
    func moveUntilStable(order: [Int32], allowNewCommunity: Bool) -> Bool {
        let n = nodeCount
        guard n > 0 else { return false }
        return graph.withRows { rows in
            var queue = order
            var head = 0, count = n
            var queued = [Bool](repeating: true, count: n)
            var movedAny = false
            while count > 0 {
                let v = Int(queue[head])
                head = head + 1 == n ? 0 : head + 1
                count -= 1
                queued[v] = false
                guard let target = moveToBest(v, rows: rows, allowNewCommunity: allowNewCommunity) else { continue }
                movedAny = true
                for position in rows.offsets[v]..<rows.offsets[v + 1] {
                    let u = Int(rows.neighbours[position])
                    if !queued[u] && community[u] != target {
                        queued[u] = true
                        var tail = head + count
                        if tail >= n { tail -= n }
                        queue[tail] = Int32(u)
                        count += 1
                    }
                }
            }
            return movedAny
        }
    }

    /// Moves `v` to the community with the largest gain; returns the new community if it moved.
    @inline(__always)
    private func moveToBest(_ v: Int, rows: CommunityGraph.Rows, allowNewCommunity: Bool) -> Int32? {
        let current = community[v]
        var listed = 0
        for position in rows.offsets[v]..<rows.offsets[v + 1] {
            tally(rows.weights[position], into: Int(community[Int(rows.neighbours[position])]),
                  totals: neighbourWeight, listed: neighbourCommunities, count: &listed)
        }
        let outV = rows.outStrengths[v], inV = rows.inStrengths[v]
        let scale = resolution / graph.totalWeight
        let own = Int(current)
        communityOut[own] -= outV
        if !symmetric { communityIn[own] -= inV }
        communitySize[own] -= 1
        var best = current
        let stayGain = neighbourWeight[own] - scale * (outV * communityIn[own] + inV * communityOut[own])
        var bestGain = stayGain
        for index in 0..<listed {
            let c = Int(neighbourCommunities[index])
            let gain = neighbourWeight[c] - scale * (outV * communityIn[c] + inV * communityOut[c])
            if gain > bestGain {
                bestGain = gain
                best = Int32(c)
            }
            neighbourWeight[c] = 0
        }
        neighbourWeight[own] = 0
        // An empty community gains exactly 0; it is worth it only when every other choice loses.
        if allowNewCommunity && bestGain < 0 && communitySize[own] > 0, let empty = emptyCommunities.last {
            best = empty
            bestGain = 0
        }
        let chosen = Int(best)
        communityOut[chosen] += outV
        if !symmetric { communityIn[chosen] += inV }
        communitySize[chosen] += 1
        guard best != current else { return nil }
        summedGains += bestGain - stayGain
        if best == emptyCommunities.last { emptyCommunities.removeLast() }
        if communitySize[own] == 0 { emptyCommunities.append(current) }
        community[v] = best
        return best
    }
}

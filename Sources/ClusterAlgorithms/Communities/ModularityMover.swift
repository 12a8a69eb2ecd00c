/// Moves single nodes between communities while that raises modularity: the local-moving phase
/// shared by Louvain (sweeps) and Leiden (a queue of unstable nodes).
///
/// The gain of putting node v (taken out of its community) into community c is
/// `w(v, c) − γ (out_v · in_c + in_v · out_c) / W`, with w(v, c) the weight between v and c in
/// both directions (see ``CommunityGraph``); staying put is compared the same way.
struct ModularityMover {
    let graph: CommunityGraph
    let resolution: Double
    /// Community of each node; ids are in `0..<nodeCount`.
    var membership: [Int32]
    private var communityOut: [Double]
    private var communityIn: [Double]
    private var communitySize: [Int32]
    /// Ids of empty communities, for Leiden's "move to a new community" option.
    private var emptyCommunities: [Int32]
    // Scratch space reused for every node, so the hot loop allocates nothing.
    private var neighbourWeight: [Double]
    private var neighbourCommunities: [Int32]

    init(graph: CommunityGraph, resolution: Double, membership: [Int32]? = nil) {
        let n = graph.nodeCount
        self.graph = graph
        self.resolution = resolution
        let start = membership ?? (0..<Int32(n)).map { $0 }
        self.membership = start
        communityOut = [Double](repeating: 0, count: n)
        communityIn = [Double](repeating: 0, count: n)
        var sizes = [Int32](repeating: 0, count: n)
        for u in 0..<n {
            let community = Int(start[u])
            communityOut[community] += graph.outStrengths[u]
            communityIn[community] += graph.inStrengths[u]
            sizes[community] += 1
        }
        communitySize = sizes
        emptyCommunities = (0..<Int32(n)).reversed().filter { sizes[Int($0)] == 0 }
        neighbourWeight = [Double](repeating: 0, count: n)
        neighbourCommunities = []
        neighbourCommunities.reserveCapacity(64)
    }

    /// Louvain's phase one (Blondel et al. 2008): visit the nodes in `order` again and again,
    /// moving each to its best neighbouring community, until a whole sweep moves nothing.
    /// Returns whether any node moved.
    ///
    /// - Complexity: O(m) per sweep.
    mutating func sweep(order: [Int32]) -> Bool {
        var movedAny = false
        while true {
            var moved = 0
            for v in order where moveToBest(Int(v), allowNewCommunity: false) != nil { moved += 1 }
            if moved == 0 { break }
            movedAny = true
        }
        return movedAny
    }

    /// Leiden's fast local moving (Traag, Waltman & van Eck 2019, Algorithm A.2): a queue starts
    /// with every node in `order`; when a node moves, its neighbours outside its new community
    /// are queued again. Returns whether any node moved.
    ///
    /// - Complexity: O(m) per pass over the queue; typically a few passes.
    mutating func moveUntilStable(order: [Int32], allowNewCommunity: Bool = true) -> Bool {
        let n = graph.nodeCount
        guard n > 0 else { return false }
        var queue = order
        var head = 0, count = n
        var queued = [Bool](repeating: true, count: n)
        var movedAny = false
        while count > 0 {
            let v = Int(queue[head])
            head = head + 1 == n ? 0 : head + 1
            count -= 1
            queued[v] = false
            guard let target = moveToBest(v, allowNewCommunity: allowNewCommunity) else { continue }
            movedAny = true
            for position in graph.offsets[v]..<graph.offsets[v + 1] {
                let u = Int(graph.neighbours[position])
                if !queued[u] && membership[u] != target {
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

    /// Moves `v` to the community with the largest gain; returns the new community if it moved.
    @inline(__always)
    private mutating func moveToBest(_ v: Int, allowNewCommunity: Bool) -> Int32? {
        let current = membership[v]
        let start = graph.offsets[v], end = graph.offsets[v + 1]
        for position in start..<end {
            let community = membership[Int(graph.neighbours[position])]
            if neighbourWeight[Int(community)] == 0 { neighbourCommunities.append(community) }
            neighbourWeight[Int(community)] += graph.weights[position]
        }
        let outV = graph.outStrengths[v], inV = graph.inStrengths[v]
        let scale = resolution / graph.totalWeight
        communityOut[Int(current)] -= outV
        communityIn[Int(current)] -= inV
        communitySize[Int(current)] -= 1
        var best = current
        var bestGain = neighbourWeight[Int(current)]
            - scale * (outV * communityIn[Int(current)] + inV * communityOut[Int(current)])
        for community in neighbourCommunities {
            let gain = neighbourWeight[Int(community)]
                - scale * (outV * communityIn[Int(community)] + inV * communityOut[Int(community)])
            if gain > bestGain {
                bestGain = gain
                best = community
            }
            neighbourWeight[Int(community)] = 0
        }
        neighbourCommunities.removeAll(keepingCapacity: true)
        neighbourWeight[Int(current)] = 0
        // An empty community gains exactly 0; it is worth it only when every other choice loses.
        if allowNewCommunity && bestGain < 0 && communitySize[Int(current)] > 0, let empty = emptyCommunities.last {
            best = empty
        }
        communityOut[Int(best)] += outV
        communityIn[Int(best)] += inV
        communitySize[Int(best)] += 1
        guard best != current else { return nil }
        if best == emptyCommunities.last { emptyCommunities.removeLast() }
        if communitySize[Int(current)] == 0 { emptyCommunities.append(current) }
        membership[v] = best
        return best
    }
}

/// Renumbers community ids densely to `0..<count` in order of first appearance.
func denseMembership(_ membership: [Int32]) -> (membership: [Int32], count: Int) {
    var relabel = [Int32](repeating: -1, count: membership.count)
    var result = [Int32](repeating: 0, count: membership.count)
    var count: Int32 = 0
    for (node, community) in membership.enumerated() {
        if relabel[Int(community)] < 0 {
            relabel[Int(community)] = count
            count += 1
        }
        result[node] = relabel[Int(community)]
    }
    return (result, Int(count))
}

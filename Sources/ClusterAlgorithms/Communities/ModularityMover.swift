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
    /// With `threads` above 1, graphs of at least ``parallelNodeCount`` nodes are moved in
    /// batches (see ``moveInBatches(order:allowNewCommunity:threads:)``): the same for any number
    /// of threads from 2, but not the same as one thread's node-by-node moves.
    ///
    /// - Complexity: O(m) per pass over the queue; typically a few passes.
    func moveUntilStable(order: [Int32], allowNewCommunity: Bool, threads: Int = 1) -> Bool {
        let n = nodeCount
        guard n > 0 else { return false }
        if threads > 1 && n >= Self.parallelNodeCount {
            return moveInBatches(order: order, allowNewCommunity: allowNewCommunity, threads: threads)
        }
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
                requeueNeighbours(of: v, outside: target, rows: rows, queue: &queue, queued: &queued, head: head, count: &count)
            }
            return movedAny
        }
    }

    /// Graphs with fewer nodes are always moved node by node: a batch's set-up would cost more
    /// than a second thread saves, and small graphs keep one thread's results whatever `threads`.
    static let parallelNodeCount = 1 << 16

    /// Nodes taken from the queue at a time in ``moveInBatches(order:allowNewCommunity:threads:)``.
    private static let batchSize = 1 << 13

    /// Local moving on several threads, deterministically: the queue is taken a batch at a time.
    /// First every node of the batch is weighed at once, on all threads, against the state the
    /// batch started from (reading only); then, in queue order on one thread, each node that
    /// wanted to move does so — directly when none of its neighbours came before it in the batch
    /// and the move still gains with the communities as they are now, else after being weighed
    /// again exactly as one thread would. Only this second step changes anything, so the result
    /// is a function of the graph and the order alone, the same for 2 threads or 64.
    ///
    /// Most nodes weighed do not move, and those the threads settle alone.
    private func moveInBatches(order: [Int32], allowNewCommunity: Bool, threads: Int) -> Bool {
        let n = nodeCount
        return graph.withRows { rows in
            var queue = order
            var head = 0, count = n
            var queued = [Bool](repeating: true, count: n)
            // When each node was last taken from the queue, counting every node taken: a
            // neighbour taken earlier in the same batch is one whose move may change the weights.
            var takenAt = [Int](repeating: -1, count: n)
            var taken = 0
            var movedAny = false
            let workers = threads
            var maxDegree = 0
            for u in 0..<n { maxDegree = max(maxDegree, rows.offsets[u + 1] - rows.offsets[u]) }
            let scratch = (0..<workers).map { _ in NeighbourScratch(slots: n, maxListed: maxDegree) }
            defer { for buffers in scratch { buffers.deallocate() } }
            var batch = [Int32](repeating: 0, count: Self.batchSize)
            var proposals = [Proposal](repeating: Proposal(), count: Self.batchSize)
            while count > 0 {
                let size = min(Self.batchSize, count)
                let batchStart = taken
                for index in 0..<size {
                    let v = Int(queue[head])
                    head = head + 1 == n ? 0 : head + 1
                    queued[v] = false
                    takenAt[v] = taken
                    taken += 1
                    batch[index] = Int32(v)
                }
                count -= size
                batch.withUnsafeBufferPointer { batch in
                proposals.withUnsafeMutableBufferPointer { proposals in
                takenAt.withUnsafeBufferPointer { takenAt in
                    runWorkers(min(workers, size)) { worker in
                        let part = size * worker / workers..<size * (worker + 1) / workers
                        for index in part {
                            proposals[index] = weigh(Int(batch[index]), rows: rows, scratch: scratch[worker],
                                                     earlierFrom: batchStart, takenAt: takenAt, allowNewCommunity: allowNewCommunity)
                        }
                    }
                }
                }
                }
                for index in 0..<size where proposals[index].wantsToMove {
                    let v = Int(batch[index])
                    let proposal = proposals[index]
                    let target: Int32?
                    if !proposal.conflicted, proposal.best >= 0, let gain = moveGain(v, proposal, rows: rows), gain > 0 {
                        move(v, to: proposal.best, rows: rows, gain: gain)
                        target = proposal.best
                    } else {
                        target = moveToBest(v, rows: rows, allowNewCommunity: allowNewCommunity)
                    }
                    guard let target else { continue }
                    movedAny = true
                    requeueNeighbours(of: v, outside: target, rows: rows, queue: &queue, queued: &queued, head: head, count: &count)
                }
            }
            return movedAny
        }
    }

    /// Puts the neighbours of `v` that are outside its new community `target` and not queued yet at
    /// the tail of the ring `queue` (`count` entries from `head`): their best community may have
    /// changed with the move.
    @inline(__always)
    private func requeueNeighbours(of v: Int, outside target: Int32, rows: CommunityGraph.Rows, queue: inout [Int32],
                                   queued: inout [Bool], head: Int, count: inout Int) {
        let n = queue.count
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

    /// What weighing a node against the batch's starting state found.
    private struct Proposal {
        /// The community to move to; −1 to stay; −2 for a new, empty community.
        var best: Int32 = -1
        /// Weight between the node and `best`, and between it and its own community.
        var weightToBest = 0.0
        var weightToOwn = 0.0
        /// A neighbour was taken from the queue earlier in the same batch (and may have moved).
        var conflicted = false

        var wantsToMove: Bool { best != -1 }
    }

    /// ``moveToBest(_:rows:allowNewCommunity:)`` without moving: the best community for `v` as
    /// the state stands, read only, so that many nodes can be weighed at once.
    private func weigh(_ v: Int, rows: CommunityGraph.Rows, scratch: NeighbourScratch, earlierFrom batchStart: Int,
                       takenAt: UnsafeBufferPointer<Int>, allowNewCommunity: Bool) -> Proposal {
        let own = Int(community[v])
        let mine = takenAt[v]
        var listed = 0
        var conflicted = false
        for position in rows.offsets[v]..<rows.offsets[v + 1] {
            let u = Int(rows.neighbours[position])
            let when = takenAt[u]
            conflicted = conflicted || (when >= batchStart && when < mine)
            tally(rows.weights[position], into: Int(community[u]), totals: scratch.weights, listed: scratch.listed, count: &listed)
        }
        let outV = rows.outStrengths[v], inV = rows.inStrengths[v]
        let scale = resolution / graph.totalWeight
        // Gains as if `v` had left its community.
        let ownOut = communityOut[own] - outV, ownIn = symmetric ? ownOut : communityIn[own] - inV
        let weightToOwn = scratch.weights[own]
        let stayGain = weightToOwn - scale * (outV * ownIn + inV * ownOut)
        var best = Int32(own), bestGain = stayGain
        for index in 0..<listed {
            let c = Int(scratch.listed[index])
            if c != own {
                let gain = scratch.weights[c] - scale * (outV * communityIn[c] + inV * communityOut[c])
                if gain > bestGain {
                    bestGain = gain
                    best = Int32(c)
                }
            }
        }
        let weightToBest = scratch.weights[Int(best)]
        for index in 0..<listed { scratch.weights[Int(scratch.listed[index])] = 0 }
        scratch.weights[own] = 0
        if allowNewCommunity && bestGain < 0 && communitySize[own] > 1 {
            return Proposal(best: -2, conflicted: conflicted)
        }
        guard best != Int32(own) else { return Proposal(conflicted: conflicted) }
        return Proposal(best: best, weightToBest: weightToBest, weightToOwn: weightToOwn, conflicted: conflicted)
    }

    /// The gain of moving `v` to `proposal.best` with the communities as they are now, given that
    /// its weights to them are still those weighed; nil when it is no longer a move.
    private func moveGain(_ v: Int, _ proposal: Proposal, rows: CommunityGraph.Rows) -> Double? {
        let own = Int(community[v]), best = Int(proposal.best)
        guard best != own, communitySize[best] > 0 else { return nil }
        let outV = rows.outStrengths[v], inV = rows.inStrengths[v]
        let scale = resolution / graph.totalWeight
        let ownOut = communityOut[own] - outV, ownIn = symmetric ? ownOut : communityIn[own] - inV
        let stayGain = proposal.weightToOwn - scale * (outV * ownIn + inV * ownOut)
        let gain = proposal.weightToBest - scale * (outV * communityIn[best] + inV * communityOut[best])
        return gain - stayGain
    }

    /// Moves `v` to community `target`, a move gaining `gain` (W times the modularity it adds).
    private func move(_ v: Int, to target: Int32, rows: CommunityGraph.Rows, gain: Double) {
        let own = Int(community[v]), chosen = Int(target)
        let outV = rows.outStrengths[v], inV = rows.inStrengths[v]
        communityOut[own] -= outV
        if !symmetric { communityIn[own] -= inV }
        communitySize[own] -= 1
        communityOut[chosen] += outV
        if !symmetric { communityIn[chosen] += inV }
        communitySize[chosen] += 1
        summedGains += gain
        if communitySize[own] == 0 { emptyCommunities.append(Int32(own)) }
        community[v] = target
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

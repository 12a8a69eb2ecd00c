/// Leiden community detection (Traag, Waltman & van Eck 2019, "From Louvain to Leiden:
/// guaranteeing well-connected communities"): fast local moving, then a refinement that splits
/// each community into well-connected parts, aggregation by the refined parts (with the
/// unrefined communities as the starting partition), repeated until nothing changes.
///
/// The refinement merges each still-single, well-connected node into the well-connected
/// sub-community of its community that gains most (the θ → 0 limit of the paper's randomised
/// merge), so the only randomness is the node order drawn from `random`. Once the coarsest level
/// is solved, its partition is projected back one level at a time and nodes are moved again at
/// each level (the multilevel refinement of Rotta & Noack 2011, as in networkit's
/// `PLM(refine=True)`), which repairs moves made before the coarser levels were known.
///
/// `start` gives each node's community (dense ids) and must be what local moving returns: no
/// single node can raise modularity by moving, so the level-0 moving phase is skipped. (The first
/// call gets the first local moving's result; every iteration ends with a move at level 0.) The
/// nodes of a community are expected to be numbered together (see
/// ``CommunityGraph/renumbered(by:)``): nodes are visited community by community, in the random
/// order of ``visitingOrder(nodeCount:random:)`` inside each, so that a community's rows stay in
/// cache and neighbouring rows are read one after another.
///
/// The level-0 graph is taken over and handed back (see the result's `graph`): while the coarser
/// levels are built and solved, every finer level, level 0 included, waits packed (see
/// ``PackedCommunityGraph``) and is unpacked when the way back reaches it; only the level being
/// worked on is held whole. At 10⁷ links the waiting levels take about 150 MB packed where they
/// took 300 MB whole, for about 0.2 s of packing and unpacking (2 threads) in an iteration of 2 s.
///
/// - Complexity: O(m) per pass; a few passes and levels per iteration in practice.
func leidenIteration(_ graph: consuming CommunityGraph, resolution: Double, start: [Int32], threads: Int,
                     random: inout SplitMix64) -> (graph: CommunityGraph, membership: [Int32], modularityGain: Double) {
    var level = graph
    // Only moves change modularity (refinement and aggregation keep the partition), so their
    // gains add up to the iteration's.
    var modularityGain = 0.0
    var membership = start
    // The finer levels, each with the node of the next level that each of its nodes became; the
    // multilevel refinement needs them back in turn, coarsest first.
    var finer: [(graph: PackedCommunityGraph, aggregatedInto: [Int32])] = []
    var isStable = true
    while true {
        if !isStable {
            let moved = moveNodes(level, from: membership, resolution: resolution, threads: threads, random: &random)
            membership = moved.membership
            modularityGain += moved.modularityGain
        }
        isStable = false
        let (communities, count) = membership.denseRelabelled()
        if count == level.nodeCount {
            membership = communities
            break
        }
        let order = visitingOrder(nodeCount: level.nodeCount, random: &random)
        let (refined, refinedCount) = refine(level, communities: communities, communityCount: count,
                                            resolution: resolution, order: order, threads: threads)
        if refinedCount == level.nodeCount {
            // Nothing merged: aggregating would give the same graph again.
            membership = communities
            break
        }
        var next = [Int32](repeating: 0, count: refinedCount)
        for node in 0..<level.nodeCount { next[Int(refined[node])] = communities[node] }
        // The refinement's scratch, freed, would stay resident under the new level.
        releaseFreedMemory(after: level.neighbours.count)
        let coarser = level.aggregated(by: refined, groupCount: refinedCount, threads: threads)
        finer.append((PackedCommunityGraph(level, threads: threads), refined))
        level = coarser
        membership = next
    }
    // The coarsest level is solved; each finer level in turn replaces the one above it, which is
    // dropped first. Before level 0, by far the largest, the pages freed by the levels above and
    // their moves are handed back, so that they do not add to its peak (at 10⁷ links doing so
    // before every level as well kept 13 MB off the peak for 2 % more time).
    while let (packed, aggregatedInto) = finer.popLast() {
        _ = consume level
        if finer.isEmpty { releaseFreedMemory(after: packed.entryCount) }
        level = packed.unpacked(threads: threads)
        _ = consume packed
        let moved = moveNodes(level, from: aggregatedInto.map { membership[Int($0)] },
                              resolution: resolution, threads: threads, random: &random)
        membership = moved.membership
        modularityGain += moved.modularityGain
    }
    return (level, membership, modularityGain)
}

/// Fast local moving from `membership` (community ids below the node count), visiting the nodes
/// community by community in random order (see ``visitingOrder(nodeCount:random:)``); returns the
/// new community of each node and the modularity gained.
private func moveNodes(_ graph: CommunityGraph, from membership: [Int32], resolution: Double, threads: Int,
                       random: inout SplitMix64) -> (membership: [Int32], modularityGain: Double) {
    let order = visitingOrder(nodeCount: graph.nodeCount, random: &random)
    let mover = ModularityMover(graph: graph, resolution: resolution, membership: membership)
    let communityCount = Int(membership.max() ?? -1) + 1
    _ = mover.moveUntilStable(order: grouped(order, by: membership, groupCount: communityCount).nodes,
                              allowNewCommunity: true, threads: threads)
    return (mover.membership, mover.modularityGain)
}

/// Leiden's refinement (Algorithm A.2, `RefinePartition`/`MergeNodesSubset`): inside each
/// community S, start from singletons and merge each well-connected singleton v
/// (w(v, S − v) ≥ γ-scaled expectation) into a well-connected sub-community C of S with
/// non-negative gain, taking the largest gain. Returns dense sub-community ids.
///
/// Communities are refined independently of one another, so fixed ranges of them go to up to
/// `threads` threads; inside a community the steps are those of one thread, and the result is
/// the same for any number of threads.
///
/// - Complexity: O(n + m).
private func refine(_ graph: CommunityGraph, communities: [Int32], communityCount: Int,
                    resolution: Double, order: [Int32], threads: Int) -> (membership: [Int32], count: Int) {
    let n = graph.nodeCount
    let scale = resolution / graph.totalWeight
    // Each community's nodes by index (its totals add up in that order) and in `order` (the
    // order they are visited in); both share the same offsets.
    let byIndex = grouped((0..<Int32(n)).map { $0 }, by: communities, groupCount: communityCount)
    let visits = grouped(order, by: communities, groupCount: communityCount).nodes
    let offsets = byIndex.offsets
    var refined = (0..<Int32(n)).map { $0 }
    graph.withRows { rows in
        communities.withUnsafeBufferPointer { communities in
        refined.withUnsafeMutableBufferPointer { refined in
            // Unsafe buffers: this runs over every link of every level and must not pay for checks.
            let refinedOut = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
            let refinedIn = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
            let external = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
            let refinedSize = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
            // Whether each row entry stays inside its node's community: the second pass reads this
            // flag instead of looking up the neighbour's community again, which for links between
            // communities is a cache miss.
            let staysInside = UnsafeMutableBufferPointer<Bool>.allocate(capacity: max(rows.offsets[n], 1))
            defer {
                for buffer in [refinedOut, refinedIn, external] { buffer.deallocate() }
                refinedSize.deallocate()
                staysInside.deallocate()
            }
            _ = refinedOut.initialize(from: rows.outStrengths)
            _ = refinedIn.initialize(from: rows.inStrengths)
            refinedSize.initialize(repeating: 1)
            var maxDegree = 0
            for u in 0..<n { maxDegree = max(maxDegree, rows.offsets[u + 1] - rows.offsets[u]) }
            let chunkSize = 1 << 10
            let chunks = chunkCount(communityCount, chunkSize: chunkSize)
            let workers = min(max(threads, 1), chunks)
            // Per thread: the weight from the current node to each sub-community, and which.
            let scratch = (0..<workers).map { _ in NeighbourScratch(slots: n, maxListed: maxDegree) }
            defer { for buffers in scratch { buffers.deallocate() } }
            runWorkers(workers) { worker in
                let neighbourWeight = scratch[worker].weights, neighbourParts = scratch[worker].listed
                for chunk in stride(from: worker, to: chunks, by: workers) {
                    for community in chunk * chunkSize..<min(communityCount, (chunk + 1) * chunkSize) {
                        var communityOut = 0.0, communityIn = 0.0
                        for u32 in byIndex.nodes[offsets[community]..<offsets[community + 1]] {
                            let u = Int(u32)
                            communityOut += rows.outStrengths[u]
                            communityIn += rows.inStrengths[u]
                            // Weight between each sub-community and the rest of its community, both directions.
                            var inside = 0.0
                            for position in rows.offsets[u]..<rows.offsets[u + 1] {
                                let same = communities[Int(rows.neighbours[position])] == communities[u]
                                staysInside[position] = same
                                inside += same ? rows.weights[position] : 0
                            }
                            external[u] = inside
                        }
                        for v32 in visits[offsets[community]..<offsets[community + 1]] {
                            let v = Int(v32)
                            let outV = rows.outStrengths[v], inV = rows.inStrengths[v]
                            // Well connected: the weight to the rest of S is at least what chance would give.
                            guard refinedSize[v] == 1 && refined[v] == v32,
                                  external[v] >= scale * (outV * (communityIn - inV) + inV * (communityOut - outV))
                            else { continue }
                            var listed = 0
                            for position in rows.offsets[v]..<rows.offsets[v + 1] where staysInside[position] {
                                tally(rows.weights[position], into: Int(refined[Int(rows.neighbours[position])]),
                                      totals: neighbourWeight, listed: neighbourParts, count: &listed)
                            }
                            var best: Int32 = -1
                            var bestGain = 0.0
                            for part in neighbourParts[..<listed] {
                                let p = Int(part)
                                let gain = neighbourWeight[p] - scale * (outV * refinedIn[p] + inV * refinedOut[p])
                                if gain >= bestGain && (best < 0 || gain > bestGain)
                                    && external[p] >= scale * (refinedOut[p] * (communityIn - refinedIn[p])
                                                                + refinedIn[p] * (communityOut - refinedOut[p])) {
                                    best = part
                                    bestGain = gain
                                }
                            }
                            if best >= 0 {
                                let p = Int(best)
                                let joining = neighbourWeight[p]
                                external[p] = external[p] - joining + (external[v] - joining)
                                refinedOut[p] += outV
                                refinedIn[p] += inV
                                refinedSize[p] += 1
                                refinedSize[v] = 0
                                refined[v] = best
                            }
                            for part in neighbourParts[..<listed] { neighbourWeight[Int(part)] = 0 }
                        }
                    }
                }
            }
        }
        }
    }
    let (membership, count) = refined.denseRelabelled()
    return (membership, count)
}


import ClusterGraph

/// The weighted graph community detection works on, at one level of aggregation.
///
/// One formula serves undirected and directed modularity: with A the adjacency matrix (an
/// undirected link of weight w gives A_ij = A_ji = w, a self-loop A_ii = 2w), W = Σ A_ij,
/// out_i = Σ_j A_ij and in_i = Σ_j A_ji,
///
///     Q = 1/W · Σ_ij [A_ij − γ out_i in_j / W] δ(c_i, c_j)
///
/// which is Newman's modularity for symmetric A and Leicht & Newman's (2008) directed modularity
/// otherwise. Rows hold each neighbour once with weight A_ij + A_ji (self-loops apart), because a
/// move's gain only needs the weight in both directions.
///
/// Weights are kept in the graph's own width times `weightScale` (see ``ClusterGraph/LinkWeights``):
/// the level-0 graph of an undirected graph without self-loops shares the ``ClusterGraph/LinkageGraph``'s
/// rows outright (every A_ij + A_ji is twice the stored weight), so an unweighted graph's first and
/// largest level costs no memory beyond the per-node strengths.
struct CommunityGraph: Sendable {
    var offsets: [Int]
    var neighbours: [Int32]
    /// A_ij + A_ji of each row entry is `weights[entry] * weightScale`.
    var weights: LinkWeights
    var weightScale: Double
    /// A_ii of each node: the weight inside it once nodes are aggregated.
    var selfWeights: [Double]
    var outStrengths: [Double]
    var inStrengths: [Double]
    /// W = Σ A_ij.
    var totalWeight: Double

    var nodeCount: Int { selfWeights.count }

    /// A_ij + A_ji of row entry `position`.
    func weight(at position: Int) -> Double { weights[position] * weightScale }

    /// The level-0 graph of `graph`. An undirected graph is taken as it is; a directed one either
    /// symmetrised (A + Aᵀ, the default) or kept directed for Leicht–Newman modularity.
    ///
    /// - Complexity: O(n + m).
    init(_ graph: LinkageGraph, directedModularity: Bool) {
        let n = graph.nodeCount
        let symmetric = !graph.isDirected || !directedModularity
        // An undirected or symmetrised link of weight w counts as A_ij = A_ji = w.
        let scale: Double = symmetric ? 2 : 1
        if !graph.isDirected && !graph.hasSelfLoops {
            // The rows are already A_ij + A_ji up to the factor 2: share them.
            var strengths = [Double](repeating: 0, count: n)
            graph.outWeights.withReader { weights in
                for u in 0..<n {
                    var strength = 0.0
                    for position in graph.outOffsets[u]..<graph.outOffsets[u + 1] { strength += scale * weights[position] }
                    strengths[u] = strength / 2
                }
            }
            self.init(offsets: graph.outOffsets, neighbours: graph.outTargets, weights: graph.outWeights, weightScale: scale,
                      selfWeights: [Double](repeating: 0, count: n), outStrengths: strengths, inStrengths: strengths,
                      totalWeight: strengths.reduce(0, +))
            return
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var selfWeights = [Double](repeating: 0, count: n)
        var outStrengths = [Double](repeating: 0, count: n)
        var inStrengths = [Double](repeating: 0, count: n)
        // Every entry comes from an out- or in-link, so their count bounds the rows.
        let capacity = max(graph.outTargets.count + (graph.isDirected ? graph.inSources.count : 0), 1)
        var weights = LinkWeights.Column()
        weights.reserveCapacity(capacity)
        let neighbours = [Int32](unsafeUninitializedCapacity: capacity) { neighbours, neighbourCount in
            graph.withRowViews { rows in
                var entries = 0
                for u in 0..<n {
                    var outPosition = rows.outOffsets[u], outEnd = rows.outOffsets[u + 1]
                    // An undirected graph's in-rows are its out-rows; reading them again would double count.
                    var inPosition = graph.isDirected ? rows.inOffsets[u] : 0
                    let inEnd = graph.isDirected ? rows.inOffsets[u + 1] : 0
                    while outPosition < outEnd || inPosition < inEnd {
                        let outNeighbour = outPosition < outEnd ? rows.outTargets[outPosition] : Int32.max
                        let inNeighbour = inPosition < inEnd ? rows.inSources[inPosition] : Int32.max
                        let v = min(outNeighbour, inNeighbour)
                        var weight = 0.0
                        if outNeighbour == v { weight += rows.outWeights[outPosition]; outPosition += 1 }
                        if inNeighbour == v { weight += rows.inWeights[inPosition]; inPosition += 1 }
                        if Int(v) == u {
                            // A directed self-loop was seen from both sides; symmetrised it stays one loop of w.
                            let loop = graph.isDirected ? weight / 2 : weight
                            selfWeights[u] = symmetric ? 2 * loop : loop
                        } else {
                            neighbours[entries] = v
                            weights.append(weight)
                            entries += 1
                        }
                    }
                    offsets[u + 1] = entries
                }
                neighbourCount = entries
            }
        }
        let stored = weights.weights
        if symmetric {
            for u in 0..<n {
                var strength = selfWeights[u]
                for position in offsets[u]..<offsets[u + 1] { strength += scale * stored[position] }
                outStrengths[u] = strength / 2 + selfWeights[u] / 2
                inStrengths[u] = outStrengths[u]
            }
        } else {
            let inOffsets = graph.inOffsets, inWeights = graph.inWeights
            for u in 0..<n {
                var strength = 0.0
                for position in graph.outOffsets[u]..<graph.outOffsets[u + 1] { strength += graph.outWeights[position] }
                outStrengths[u] = strength
                strength = 0
                for position in inOffsets[u]..<inOffsets[u + 1] { strength += inWeights[position] }
                inStrengths[u] = strength
            }
        }
        self.init(offsets: offsets, neighbours: neighbours, weights: stored, weightScale: scale, selfWeights: selfWeights,
                  outStrengths: outStrengths, inStrengths: inStrengths, totalWeight: outStrengths.reduce(0, +))
    }

    init(offsets: [Int], neighbours: [Int32], weights: LinkWeights, weightScale: Double, selfWeights: [Double],
         outStrengths: [Double], inStrengths: [Double], totalWeight: Double) {
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.weightScale = weightScale
        self.selfWeights = selfWeights
        self.outStrengths = outStrengths
        self.inStrengths = inStrengths
        self.totalWeight = totalWeight
    }

    /// A_ij + A_ji of the row entries, read without checks by the hot loops.
    struct RowWeights {
        let stored: LinkWeights.Reader
        let scale: Double

        @inline(__always)
        subscript(position: Int) -> Double { stored[position] * scale }
    }

    /// Unsafe views of the rows and strengths, for hot loops that must not pay for bounds checks.
    struct Rows {
        let offsets: UnsafeBufferPointer<Int>
        let neighbours: UnsafeBufferPointer<Int32>
        let weights: RowWeights
        let outStrengths: UnsafeBufferPointer<Double>
        let inStrengths: UnsafeBufferPointer<Double>
    }

    /// Calls `body` with unsafe views of the rows, valid only inside `body`.
    func withRows<Result>(_ body: (Rows) -> Result) -> Result {
        offsets.withUnsafeBufferPointer { offsets in
            neighbours.withUnsafeBufferPointer { neighbours in
                weights.withReader { weights in
                    outStrengths.withUnsafeBufferPointer { outStrengths in
                        inStrengths.withUnsafeBufferPointer { inStrengths in
                            body(Rows(offsets: offsets, neighbours: neighbours, weights: RowWeights(stored: weights, scale: weightScale),
                                      outStrengths: outStrengths, inStrengths: inStrengths))
                        }
                    }
                }
            }
        }
    }

    /// The graph whose nodes are the groups of `membership` (dense ids `0..<groupCount`): weights
    /// between groups summed, weights inside a group become its self-weight. Rows list neighbours
    /// in first-seen order (deterministic; local moving does not need them sorted).
    ///
    /// Groups are aggregated in ranges fixed by the graph (see ``balancedRanges(_:target:size:)``),
    /// on up to `threads` threads, each range into rows of its own that are then laid end to end:
    /// the result is the same for any number of threads. The ranges are made four per thread at a
    /// time and laid down before the next, so that beside the new level only those few are held,
    /// not a second copy of all of it (at 10⁷ links the first aggregation made 66 MB of ranges,
    /// then as much again laid end to end).
    ///
    /// - Complexity: O(n + m).
    func aggregated(by membership: [Int32], groupCount: Int, threads: Int = 1) -> CommunityGraph {
        // Nodes ordered by group so each group's rows are read together.
        let (groupOffsets, members) = grouped((0..<Int32(nodeCount)).map { $0 }, by: membership, groupCount: groupCount)
        var groupSelfWeights = [Double](repeating: 0, count: groupCount)
        var groupOutStrengths = [Double](repeating: 0, count: groupCount)
        var groupInStrengths = [Double](repeating: 0, count: groupCount)
        // Ranges of groups whose members' rows have about the same number of entries, the most
        // their own rows can have: coarse levels have few groups with long rows.
        let rangeStarts = balancedRanges(groupCount, target: max(1 << 16, neighbours.count / 64)) { group in
            members[groupOffsets[group]..<groupOffsets[group + 1]].reduce(0) { $0 + offsets[Int($1) + 1] - offsets[Int($1)] }
        }
        let rangeCount = rangeStarts.count - 1
        let workers = max(1, min(threads, rangeCount))
        let wave = 4 * workers
        var rowOffsets = [Int](repeating: 0, count: groupCount + 1)
        // Each range's rows, their sums held in the narrowest width as they are made (32-bit floats
        // for an unweighted graph's: 8 bytes an entry, not 12).
        var parts = [(neighbours: [Int32], sums: LinkWeights.Column)](repeating: ([], LinkWeights.Column()), count: wave)
        // A group's row has at most as many entries as its members' rows: room for that many is
        // reserved, and only the pages the rows are written to are ever touched.
        var groupNeighbours: [Int32] = []
        groupNeighbours.reserveCapacity(neighbours.count)
        var groupWeights = LinkWeights.Column()
        groupWeights.reserveCapacity(neighbours.count)
        // Per thread: the summed weight to each neighbouring group of the current group, and
        // which groups those are (one spare place, as `tally` needs).
        let scratch = (0..<workers).map { _ in NeighbourScratch(slots: groupCount, maxListed: groupCount) }
        defer { for buffers in scratch { buffers.deallocate() } }
        for waveStart in stride(from: 0, to: rangeCount, by: wave) {
            let waveEnd = min(rangeCount, waveStart + wave)
            withRows { rows in
            membership.withUnsafeBufferPointer { membership in
            groupSelfWeights.withUnsafeMutableBufferPointer { groupSelfWeights in
            groupOutStrengths.withUnsafeMutableBufferPointer { groupOutStrengths in
            groupInStrengths.withUnsafeMutableBufferPointer { groupInStrengths in
            rowOffsets.withUnsafeMutableBufferPointer { rowOffsets in
            parts.withUnsafeMutableBufferPointer { parts in
                runWorkers(min(workers, waveEnd - waveStart)) { worker in
                    let accumulated = scratch[worker].weights, touched = scratch[worker].listed
                    for range in stride(from: waveStart + worker, to: waveEnd, by: workers) {
                        var partNeighbours: [Int32] = [], partWeights = LinkWeights.Column()
                        for group in rangeStarts[range]..<rangeStarts[range + 1] {
                            var inside = 0.0, outStrength = 0.0, inStrength = 0.0
                            var touchedCount = 0
                            for memberPosition in groupOffsets[group]..<groupOffsets[group + 1] {
                                let u = Int(members[memberPosition])
                                inside += selfWeights[u]
                                outStrength += rows.outStrengths[u]
                                inStrength += rows.inStrengths[u]
                                for position in rows.offsets[u]..<rows.offsets[u + 1] {
                                    tally(rows.weights[position], into: Int(membership[Int(rows.neighbours[position])]),
                                          totals: accumulated, listed: touched, count: &touchedCount)
                                }
                            }
                            groupOutStrengths[group] = outStrength
                            groupInStrengths[group] = inStrength
                            // Each inside pair was seen from both ends, each time with A_ij + A_ji.
                            groupSelfWeights[group] = inside + accumulated[group] / 2
                            accumulated[group] = 0
                            let before = partNeighbours.count
                            for index in 0..<touchedCount where Int(touched[index]) != group {
                                let other = Int(touched[index])
                                partNeighbours.append(Int32(other))
                                partWeights.append(accumulated[other])
                                accumulated[other] = 0
                            }
                            // Row lengths for now; summed into offsets below.
                            rowOffsets[group + 1] = partNeighbours.count - before
                        }
                        parts[range - waveStart] = (partNeighbours, partWeights)
                    }
                }
            }
            }
            }
            }
            }
            }
            }
            // The wave's ranges laid down in order and freed; the summed weights stay 32-bit
            // floats when they all fit (sums of whole numbers, as in an unweighted graph, do).
            for index in 0..<waveEnd - waveStart {
                groupNeighbours.append(contentsOf: parts[index].neighbours)
                for weight in parts[index].sums.weights { groupWeights.append(weight) }
                parts[index] = ([], LinkWeights.Column())
            }
        }
        for group in 0..<groupCount { rowOffsets[group + 1] += rowOffsets[group] }
        // The ranges were allocated on the worker threads, whose heaps would keep their pages.
        releaseFreedMemory(after: neighbours.count)
        // A symmetric graph's one array of strengths stays one.
        return CommunityGraph(offsets: rowOffsets, neighbours: groupNeighbours, weights: groupWeights.weights,
                              weightScale: 1, selfWeights: groupSelfWeights, outStrengths: groupOutStrengths,
                              inStrengths: inStrengths == outStrengths ? groupOutStrengths : groupInStrengths,
                              totalWeight: totalWeight)
    }

    /// Modularity of `membership` (dense community ids `0..<communityCount`) at resolution γ.
    ///
    /// - Complexity: O(n + m).
    func modularity(of membership: [Int32], communityCount: Int, resolution: Double) -> Double {
        guard totalWeight > 0 else { return 0 }
        var inside = [Double](repeating: 0, count: communityCount)
        var outTotals = [Double](repeating: 0, count: communityCount)
        var inTotals = [Double](repeating: 0, count: communityCount)
        for u in 0..<nodeCount {
            let community = Int(membership[u])
            inside[community] += selfWeights[u]
            outTotals[community] += outStrengths[u]
            inTotals[community] += inStrengths[u]
            for position in offsets[u]..<offsets[u + 1] where membership[Int(neighbours[position])] == membership[u] {
                inside[community] += weight(at: position) / 2
            }
        }
        var quality = 0.0
        for community in 0..<communityCount {
            quality += inside[community] - resolution * outTotals[community] * inTotals[community] / totalWeight
        }
        return quality / totalWeight
    }
}

/// `order` stably sorted by group: the nodes of group 0 in the order they have in `order`, then
/// those of group 1, and so on (dense group ids `0..<groupCount`); group g's nodes are
/// `nodes[offsets[g]..<offsets[g + 1]]`.
///
/// - Complexity: O(n + groupCount).
func grouped(_ order: [Int32], by membership: [Int32], groupCount: Int) -> (offsets: [Int], nodes: [Int32]) {
    var offsets = [Int](repeating: 0, count: groupCount + 1)
    for group in membership { offsets[Int(group) + 1] += 1 }
    for group in 0..<groupCount { offsets[group + 1] += offsets[group] }
    var cursor = offsets
    var nodes = [Int32](repeating: 0, count: order.count)
    for node in order {
        let group = Int(membership[Int(node)])
        nodes[cursor[group]] = node
        cursor[group] += 1
    }
    return (offsets, nodes)
}

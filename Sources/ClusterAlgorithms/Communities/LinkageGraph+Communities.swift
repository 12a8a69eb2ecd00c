import ClusterGraph

extension LinkageGraph {
    /// Finds communities by maximising modularity with Louvain or Leiden.
    ///
    /// Directed graphs are symmetrised (A + Aᵀ) unless `options.directed` asks for Leicht–Newman
    /// directed modularity (Leicht & Newman 2008, "Community structure in directed networks").
    /// Leiden's communities are split into connected parts if local moving ever left one
    /// disconnected, which never lowers modularity. Then communities smaller than
    /// `options.minimumSize` are merged into their best neighbour.
    ///
    /// The graph is taken (`consuming`): a caller that hands it over, keeping only its keys, lets
    /// Leiden free the graph's rows once it has made its own renumbered copy of them (about 90 MB
    /// at 10⁷ links). A caller that goes on using the graph keeps it as it was, at that cost.
    ///
    /// ```swift
    /// let keys = graph.keys
    /// let result = try (consume graph).communities(CommunityOptions(method: .leiden, seed: 1))
    /// print(result.modularity, result.partition.members(keys: keys).count)
    /// ```
    ///
    /// - Throws: ``AlgorithmError`` for negative or non-finite weights or options out of range.
    /// - Complexity: near O(m) per level and iteration; O(n + m) memory.
    public consuming func communities(_ options: CommunityOptions = CommunityOptions()) throws -> CommunityResult {
        guard options.resolution.isFinite && options.resolution >= 0 else {
            throw AlgorithmError.invalidOption(name: "resolution", value: "\(options.resolution)",
                                               requirement: "it must be a finite number of at least 0")
        }
        guard options.minimumSize >= 1 else {
            throw AlgorithmError.invalidOption(name: "min-size", value: "\(options.minimumSize)",
                                               requirement: "it must be at least 1")
        }
        guard options.iterations >= 0 else {
            throw AlgorithmError.invalidOption(name: "iterations", value: "\(options.iterations)",
                                               requirement: "it must be 0 (until modularity stops rising) or more")
        }
        try requireNonNegativeWeights(algorithm: "Community detection")
        let kind: ModularityGraphKind = !isDirected ? .undirected : (options.directed ? .directed : .symmetrised)
        let keys = keys
        // Only the level-0 graph (which may share the rows) and the keys are needed from here on:
        // the rest of this graph goes with it.
        let level = CommunityGraph(consume self, directedModularity: kind == .directed)
        // What reading the graph freed is not needed again.
        releaseFreedMemory(after: level.neighbours.count)
        var random = SplitMix64(seed: options.seed)
        // The level-0 graph as the method left it: its node `numbering[u]` is this graph's node u.
        let graph: CommunityGraph, numbering: [Int32], found: [Int32]
        switch options.method {
        case .louvain:
            found = louvain(level, resolution: options.resolution, threads: options.threads, random: &random)
            graph = level
            numbering = (0..<Int32(graph.nodeCount)).map { $0 }
        case .leiden:
            (graph, numbering, found) = leiden(consume level, resolution: options.resolution, iterations: options.iterations,
                                               threads: options.threads, random: &random)
        }
        // Community ids by first appearance in this graph's order, whatever the numbering the
        // method left, so that merging small communities breaks ties as it would on this graph.
        var (membership, count) = denseRelabelled(found, visiting: numbering)
        if options.minimumSize > 1 {
            let merged = mergeSmallCommunities(graph, membership: membership, communityCount: count,
                                               minimumSize: options.minimumSize, resolution: options.resolution,
                                               nodeOrder: numbering)
            (membership, count) = denseRelabelled(merged, visiting: numbering)
        }
        let modularity = graph.modularity(of: membership, communityCount: count, resolution: options.resolution)
        return CommunityResult(partition: Partition(assignment: numbering.map { Int(membership[Int($0)]) }, keys: keys),
                               modularity: modularity, method: options.method, graphUsed: kind)
    }

    /// Throws unless every link weight is finite and at least 0.
    func requireNonNegativeWeights(algorithm: String) throws {
        for u in 0..<nodeCount {
            for position in outOffsets[u]..<outOffsets[u + 1] where !(outWeights[position] >= 0) || !outWeights[position].isFinite {
                throw AlgorithmError.invalidWeight(
                    algorithm: algorithm, source: keys[u], target: keys[Int(outTargets[position])],
                    weight: outWeights[position], requirement: "weights must be finite and at least 0")
            }
        }
    }
}

/// Up to `iterations` Leiden iterations (0: no limit), each starting from the previous partition,
/// until modularity stops rising; then a split into connected parts as a guarantee.
///
/// The first local moving runs on the graph as numbered; the nodes are then renumbered community
/// by community (see ``CommunityGraph/renumbered(by:)``) and everything after runs on that
/// numbering. `original` is dropped once renumbered, so its rows are freed unless the caller
/// still holds them. Returns the renumbered graph, the number there of each node of `original`,
/// and the community of each node of the renumbered graph.
private func leiden(_ original: consuming CommunityGraph, resolution: Double, iterations: Int, threads: Int,
                    random: inout SplitMix64) -> (graph: CommunityGraph, numbering: [Int32], membership: [Int32]) {
    // The mover's per-node state is freed here, before the iterations need their own.
    let (moved, movedCount) = {
        let mover = ModularityMover(graph: copy original, resolution: resolution)
        _ = mover.moveUntilStable(order: visitingOrder(nodeCount: original.nodeCount, random: &random),
                                  allowNewCommunity: true, threads: threads)
        return mover.membership.denseRelabelled()
    }()
    releaseFreedMemory(after: original.neighbours.count)
    let byCommunity = grouped((0..<Int32(original.nodeCount)).map { $0 }, by: moved, groupCount: movedCount).nodes
    let renumbered = original.renumbered(by: byCommunity)
    _ = consume original
    var (graph, membership, _) = leidenIteration(consume renumbered, resolution: resolution,
                                                 start: byCommunity.map { moved[Int($0)] }, threads: threads, random: &random)
    var done = 1
    // Each iteration starts from the previous partition; one in which nothing moves (so nothing
    // gains) ends the run.
    while iterations == 0 || done < iterations {
        let next = leidenIteration(consume graph, resolution: resolution, start: membership, threads: threads, random: &random)
        graph = next.graph
        #if DEBUG
        let recomputed = modularity(graph, next.membership, resolution) - modularity(graph, membership, resolution)
        assert(abs(recomputed - next.modularityGain) < 1e-9, "tracked gain \(next.modularityGain), recomputed \(recomputed)")
        #endif
        guard next.modularityGain > 0 else { break }
        membership = next.membership
        done += 1
    }
    return (graph, positions(in: byCommunity), connectedParts(graph, membership: membership))
}

/// `membership`'s ids (below the node count) renumbered `0..<count` by first appearance as the
/// nodes come in `order`.
///
/// - Complexity: O(n).
private func denseRelabelled(_ membership: [Int32], visiting order: [Int32]) -> (labels: [Int32], count: Int) {
    var relabel = [Int32](repeating: -1, count: membership.count)
    var labels = membership
    var count: Int32 = 0
    for u32 in order {
        let u = Int(u32), id = Int(membership[u])
        if relabel[id] < 0 {
            relabel[id] = count
            count += 1
        }
        labels[u] = relabel[id]
    }
    return (labels, Int(count))
}

#if DEBUG
private func modularity(_ graph: CommunityGraph, _ membership: [Int32], _ resolution: Double) -> Double {
    let (dense, count) = membership.denseRelabelled()
    return graph.modularity(of: dense, communityCount: count, resolution: resolution)
}
#endif

/// Splits every community into its connected parts (breadth-first inside the community).
///
/// - Complexity: O(n + m).
private func connectedParts(_ graph: CommunityGraph, membership: [Int32]) -> [Int32] {
    let n = graph.nodeCount
    var part = [Int32](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    var parts: Int32 = 0
    for root in 0..<n where part[root] < 0 {
        part[root] = parts
        var head = 0, tail = 1
        queue[0] = Int32(root)
        while head < tail {
            let u = Int(queue[head])
            head += 1
            for position in graph.offsets[u]..<graph.offsets[u + 1] {
                let v = Int(graph.neighbours[position])
                if part[v] < 0 && membership[v] == membership[u] {
                    part[v] = parts
                    queue[tail] = Int32(v)
                    tail += 1
                }
            }
        }
        parts += 1
    }
    return part
}

/// Merges communities with fewer than `minimumSize` nodes, smallest first, into the neighbouring
/// community with the largest modularity gain, until none can be merged. `membership` holds dense
/// ids `0..<communityCount`; each community's nodes are listed as they come in `nodeOrder`.
///
/// - Complexity: O((n + m) · passes); passes are few because merged communities only grow.
private func mergeSmallCommunities(_ graph: CommunityGraph, membership start: [Int32], communityCount count: Int,
                                   minimumSize: Int, resolution: Double, nodeOrder: [Int32]) -> [Int32] {
    var membership = start
    let scale = resolution / graph.totalWeight
    var size = [Int](repeating: 0, count: count)
    var totalOut = [Double](repeating: 0, count: count)
    var totalIn = [Double](repeating: 0, count: count)
    // Members of each community as linked lists, so merging is O(1) and listing O(size).
    var first = [Int32](repeating: -1, count: count), last = [Int32](repeating: -1, count: count)
    var next = [Int32](repeating: -1, count: graph.nodeCount)
    for u32 in nodeOrder.reversed() {
        let u = Int(u32), c = Int(membership[u])
        size[c] += 1
        totalOut[c] += graph.outStrengths[u]
        totalIn[c] += graph.inStrengths[u]
        next[u] = first[c]
        first[c] = Int32(u)
        if last[c] < 0 { last[c] = Int32(u) }
    }
    var weightTo = [Double](repeating: 0, count: count)
    var touched: [Int32] = []
    var merged = true
    while merged {
        merged = false
        let small = (0..<count).filter { size[$0] > 0 && size[$0] < minimumSize }
            .sorted { (size[$0], $0) < (size[$1], $1) }
        for c in small where size[c] > 0 && size[c] < minimumSize {
            var u = first[c]
            while u >= 0 {
                for position in graph.offsets[Int(u)]..<graph.offsets[Int(u) + 1] {
                    let d = Int(membership[Int(graph.neighbours[position])])
                    guard d != c else { continue }
                    if weightTo[d] == 0 { touched.append(Int32(d)) }
                    weightTo[d] += graph.weight(at: position)
                }
                u = next[Int(u)]
            }
            var best = -1
            var bestGain = -Double.infinity
            for d32 in touched {
                let d = Int(d32)
                let gain = weightTo[d] - scale * (totalOut[c] * totalIn[d] + totalIn[c] * totalOut[d])
                if weightTo[d] > 0 && (gain > bestGain || (gain == bestGain && d < best)) {
                    best = d
                    bestGain = gain
                }
            }
            for d in touched { weightTo[Int(d)] = 0 }
            touched.removeAll(keepingCapacity: true)
            guard best >= 0 else { continue }
            u = first[c]
            while u >= 0 {
                membership[Int(u)] = Int32(best)
                u = next[Int(u)]
            }
            next[Int(last[best])] = first[c]
            last[best] = last[c]
            size[best] += size[c]
            totalOut[best] += totalOut[c]
            totalIn[best] += totalIn[c]
            size[c] = 0
            first[c] = -1
            merged = true
        }
    }
    return membership
}

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
    /// ```swift
    /// let result = try graph.communities(CommunityOptions(method: .leiden, seed: 1))
    /// print(result.modularity, result.partition.communityCount)
    /// ```
    ///
    /// - Throws: ``AlgorithmError`` for negative or non-finite weights or options out of range.
    /// - Complexity: near O(m) per level and iteration; O(n + m) memory.
    public func communities(_ options: CommunityOptions = CommunityOptions()) throws -> CommunityResult {
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
        let graph = CommunityGraph(self, directedModularity: kind == .directed)
        // What reading the graph freed is not needed again.
        releaseFreedMemory(after: graph.neighbours.count)
        var random = SplitMix64(seed: options.seed)
        var membership: [Int32]
        switch options.method {
        case .louvain:
            membership = louvain(graph, resolution: options.resolution, threads: options.threads, random: &random)
        case .leiden:
            membership = leiden(graph, resolution: options.resolution, iterations: options.iterations, threads: options.threads,
                                random: &random)
        }
        if options.minimumSize > 1 {
            membership = mergeSmallCommunities(graph, membership: membership, minimumSize: options.minimumSize,
                                               resolution: options.resolution)
        }
        let (dense, count) = membership.denseRelabelled()
        let modularity = graph.modularity(of: dense, communityCount: count, resolution: options.resolution)
        return CommunityResult(partition: Partition(assignment: dense.map { Int($0) }, keys: keys),
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
/// numbering, which is mapped back at the end.
private func leiden(_ original: CommunityGraph, resolution: Double, iterations: Int, threads: Int,
                    random: inout SplitMix64) -> [Int32] {
    // The mover's per-node state is freed here, before the iterations need their own.
    let (moved, movedCount) = {
        let mover = ModularityMover(graph: original, resolution: resolution)
        _ = mover.moveUntilStable(order: visitingOrder(nodeCount: original.nodeCount, random: &random),
                                  allowNewCommunity: true, threads: threads)
        return mover.membership.denseRelabelled()
    }()
    releaseFreedMemory(after: original.neighbours.count)
    let byCommunity = grouped((0..<Int32(original.nodeCount)).map { $0 }, by: moved, groupCount: movedCount).nodes
    let graph = original.renumbered(by: byCommunity)
    var membership = leidenIteration(graph, resolution: resolution, start: byCommunity.map { moved[Int($0)] }, threads: threads,
                                     random: &random).membership
    var done = 1
    // Each iteration starts from the previous partition; one in which nothing moves (so nothing
    // gains) ends the run.
    while iterations == 0 || done < iterations {
        let next = leidenIteration(graph, resolution: resolution, start: membership, threads: threads, random: &random)
        #if DEBUG
        let recomputed = modularity(graph, next.membership, resolution) - modularity(graph, membership, resolution)
        assert(abs(recomputed - next.modularityGain) < 1e-9, "tracked gain \(next.modularityGain), recomputed \(recomputed)")
        #endif
        guard next.modularityGain > 0 else { break }
        membership = next.membership
        done += 1
    }
    let parts = connectedParts(graph, membership: membership)
    var result = [Int32](repeating: 0, count: graph.nodeCount)
    for (position, node) in byCommunity.enumerated() { result[Int(node)] = parts[position] }
    return result
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
/// community with the largest modularity gain, until none can be merged.
///
/// - Complexity: O((n + m) · passes); passes are few because merged communities only grow.
private func mergeSmallCommunities(_ graph: CommunityGraph, membership start: [Int32], minimumSize: Int,
                                   resolution: Double) -> [Int32] {
    var (membership, count) = start.denseRelabelled()
    let n = graph.nodeCount
    let scale = resolution / graph.totalWeight
    var size = [Int](repeating: 0, count: count)
    var totalOut = [Double](repeating: 0, count: count)
    var totalIn = [Double](repeating: 0, count: count)
    // Members of each community as linked lists, so merging is O(1) and listing O(size).
    var first = [Int32](repeating: -1, count: count), last = [Int32](repeating: -1, count: count)
    var next = [Int32](repeating: -1, count: n)
    for u in (0..<n).reversed() {
        let c = Int(membership[u])
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

import Foundation

/// Generates an LFR benchmark graph (Lancichinetti, Fortunato & Radicchi 2008, "Benchmark graphs
/// for testing community detection algorithms"): power-law degrees and community sizes, and a
/// mixing share μ of each node's links leaving its community. Stubs are paired at random inside
/// each community and then across communities; self-loops and repeated pairs are re-drawn or, failing that, dropped, so
/// realised degrees can be slightly below the drawn ones. The same options give the same graph.
///
/// ```swift
/// let lfr = try generateLFR(LFROptions(nodes: 1_000, mixing: 0.3, seed: 7))
/// lfr.links.count   // about 10 000
/// ```
///
/// - Throws: ``AlgorithmError/invalidOption(name:value:requirement:)`` for inconsistent options.
/// - Complexity: O(n + m log m) time, O(n + m) memory.
public func generateLFR(_ options: LFROptions) throws -> LFRGraph {
    try validate(options)
    var random = SplitMix64(seed: options.seed)
    let n = options.nodes
    let minimumDegree = lowerDegreeBound(options)
    var internalDegree = [Int](repeating: 0, count: n)
    var externalDegree = [Int](repeating: 0, count: n)
    for u in 0..<n {
        let degree = Int(powerLaw(options.degreeExponent, minimumDegree, Double(options.maximumDegree), &random).rounded())
        let inside = (1 - options.mixing) * Double(degree)
        // Randomised rounding keeps the mixing share right on average for small degrees too.
        internalDegree[u] = Int(inside) + (random.nextUnit() < inside - inside.rounded(.down) ? 1 : 0)
        externalDegree[u] = degree - internalDegree[u]
    }
    let sizes = communitySizes(options, &random)
    let community = assignCommunities(sizes: sizes, internalDegree: &internalDegree, externalDegree: &externalDegree,
                                      random: &random)
    // A link inside a community and one across communities can never be the same pair, so each
    // community's links are told apart from its own alone, and only links across communities
    // share one set: on 10⁸ links that set holds the 30 % that cross, not every link.
    var keys: [UInt64] = []
    keys.reserveCapacity(n * Int(options.averageDegree) / 2 + n)
    // Internal links: stubs paired at random within each community.
    var members = [[Int32]](repeating: [], count: sizes.count)
    for u in 0..<n { members[Int(community[u])].append(Int32(u)) }
    var stubs: [Int32] = []
    var inside = Set<UInt64>()
    for group in members {
        stubs.removeAll(keepingCapacity: true)
        inside.removeAll(keepingCapacity: true)
        for u in group { stubs.append(contentsOf: repeatElement(u, count: internalDegree[Int(u)])) }
        pairStubs(&stubs, into: &inside, random: &random) { _, _ in true }
        keys.append(contentsOf: inside)
    }
    inside = []
    // External links: all remaining stubs paired at random across communities.
    stubs.removeAll(keepingCapacity: true)
    for u in 0..<n { stubs.append(contentsOf: repeatElement(Int32(u), count: externalDegree[u])) }
    var across = Set<UInt64>(minimumCapacity: stubs.count / 2)
    pairStubs(&stubs, into: &across, random: &random) { community[Int($0)] != community[Int($1)] }
    stubs = []
    keys.append(contentsOf: across)
    across = []
    keys.sort()
    return LFRGraph(nodeCount: n, pairs: keys, community: community, communityCount: sizes.count)
}

private func validate(_ options: LFROptions) throws {
    func check(_ condition: Bool, _ name: String, _ value: Any, _ requirement: String) throws {
        if !condition { throw AlgorithmError.invalidOption(name: name, value: "\(value)", requirement: requirement) }
    }
    try check(options.nodes >= 2, "nodes", options.nodes, "an LFR graph needs at least 2 nodes")
    try check(options.mixing >= 0 && options.mixing <= 1, "mu", options.mixing, "the mixing share is between 0 and 1")
    try check(options.maximumDegree >= 1 && options.maximumDegree < options.nodes, "max-degree", options.maximumDegree,
              "it must be at least 1 and below the number of nodes")
    try check(options.averageDegree >= 1 && options.averageDegree < Double(options.maximumDegree), "average-degree",
              options.averageDegree, "it must be at least 1 and below --max-degree")
    try check(options.degreeExponent > 1, "degree-exponent", options.degreeExponent, "it must be above 1")
    try check(options.communityExponent > 0, "community-exponent", options.communityExponent, "it must be above 0")
    try check(options.minimumCommunity >= 2 && options.minimumCommunity <= options.maximumCommunity, "min-community",
              options.minimumCommunity, "it must be at least 2 and at most --max-community")
    try check(options.maximumCommunity <= options.nodes, "max-community", options.maximumCommunity,
              "it cannot exceed the number of nodes")
}

/// Shuffles `stubs` and pairs them in turn. A partner that would make a self-loop, a repeated
/// link or a pair `allowed` refuses is swapped for a random later stub, up to 20 times, before
/// the stub is given up.
private func pairStubs(_ stubs: inout [Int32], into pairs: inout Set<UInt64>, random: inout SplitMix64,
                       allowed: (Int32, Int32) -> Bool) {
    func key(_ a: Int32, _ b: Int32) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return UInt64(UInt32(low)) << 32 | UInt64(UInt32(high))
    }
    func acceptable(_ a: Int32, _ b: Int32) -> Bool { a != b && allowed(a, b) && !pairs.contains(key(a, b)) }
    random.shuffle(&stubs)
    var index = 0
    while index + 1 < stubs.count {
        let a = stubs[index]
        var tries = 0
        while !acceptable(a, stubs[index + 1]) && tries < 20 && index + 2 < stubs.count {
            stubs.swapAt(index + 1, index + 2 + random.next(below: stubs.count - index - 2))
            tries += 1
        }
        if acceptable(a, stubs[index + 1]) { pairs.insert(key(a, stubs[index + 1])) }
        index += 2
    }
}

/// A draw from the continuous power law x^−τ on [low, high] by inverting its distribution function.
private func powerLaw(_ exponent: Double, _ low: Double, _ high: Double, _ random: inout SplitMix64) -> Double {
    let u = random.nextUnit()
    if abs(exponent - 1) < 1e-12 { return low * pow(high / low, u) }
    let a = pow(low, 1 - exponent), b = pow(high, 1 - exponent)
    return pow(a + u * (b - a), 1 / (1 - exponent))
}

/// The smallest degree that makes the power law's mean the requested average (bisection).
private func lowerDegreeBound(_ options: LFROptions) -> Double {
    let high = Double(options.maximumDegree), exponent = options.degreeExponent
    func mean(_ low: Double) -> Double {
        func integral(_ power: Double) -> Double {   // ∫ x^power dx over [low, high]
            abs(power + 1) < 1e-12 ? log(high / low) : (pow(high, power + 1) - pow(low, power + 1)) / (power + 1)
        }
        return integral(1 - exponent) / integral(-exponent)
    }
    var low = 1.0, top = high
    for _ in 0..<100 {
        let middle = (low + top) / 2
        if mean(middle) < options.averageDegree { low = middle } else { top = middle }
    }
    return low
}

/// Community sizes drawn from the power law until they cover every node, the last ones trimmed.
private func communitySizes(_ options: LFROptions, _ random: inout SplitMix64) -> [Int] {
    var sizes: [Int] = []
    var total = 0
    while total < options.nodes {
        let size = Int(powerLaw(options.communityExponent, Double(options.minimumCommunity),
                                Double(options.maximumCommunity) + 1, &random).rounded(.down))
        let clamped = min(size, options.maximumCommunity)
        sizes.append(clamped)
        total += clamped
    }
    // Trim the last community to fit; if that makes it too small, drop it and spread its nodes.
    if let last = sizes.last, last - (total - options.nodes) >= options.minimumCommunity {
        sizes[sizes.count - 1] -= total - options.nodes
        return sizes
    }
    total -= sizes.removeLast()
    while total < options.nodes {
        let growable = sizes.indices.filter { sizes[$0] < options.maximumCommunity }
        guard !growable.isEmpty else {
            sizes.append(options.nodes - total)
            break
        }
        sizes[growable[random.next(below: growable.count)]] += 1
        total += 1
    }
    return sizes
}

/// Places nodes, highest internal degree first, in random communities large enough to hold their
/// internal links; a node too big for every community sends its excess internal degree outside.
private func assignCommunities(sizes: [Int], internalDegree: inout [Int], externalDegree: inout [Int],
                               random: inout SplitMix64) -> [Int32] {
    let n = internalDegree.count
    let bySize = sizes.indices.sorted { (sizes[$1], $0) < (sizes[$0], $1) }
    let nodes = (0..<n).sorted { (internalDegree[$1], $0) < (internalDegree[$0], $1) }
    var free = sizes
    var open: [Int] = []      // communities large enough for the current node, with room left
    var next = 0              // next community (by size) not yet opened
    var community = [Int32](repeating: 0, count: n)
    for u in nodes {
        while next < bySize.count && sizes[bySize[next]] > internalDegree[u] {
            open.append(bySize[next])
            next += 1
        }
        if open.isEmpty {
            // No community is large enough: take the largest unopened one (there is room, as the
            // sizes add up to n) and send the excess internal degree outside.
            open.append(bySize[next])
            next += 1
        }
        let slot = random.next(below: open.count)
        let chosen = open[slot]
        community[u] = Int32(chosen)
        let capacity = sizes[chosen] - 1
        if internalDegree[u] > capacity {
            externalDegree[u] += internalDegree[u] - capacity
            internalDegree[u] = capacity
        }
        free[chosen] -= 1
        if free[chosen] == 0 { open.swapAt(slot, open.count - 1); open.removeLast() }
    }
    return community
}

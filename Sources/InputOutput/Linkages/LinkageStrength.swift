import ClusterGraph

/// The linkage-strength graph of an input-output graph: an undirected link between sectors i and j
/// weighted S_ij = max(z_ij/Σ_k z_kj, z_ij/Σ_k z_ik, z_ji/Σ_k z_ki, z_ji/Σ_k z_jk) — the largest of
/// the buy and sell shares either way, in [0, 1] — the input-output linkage measure of the US Cluster
/// Mapping (Delgado, Porter & Stern 2016, "Defining clusters of related industries", J. Econ. Geogr.).
///
/// Sums run over all intermediate flows including the diagonal; self-loops themselves are dropped,
/// as are flows that are not positive. Options keep only strong links: `threshold` drops S below it,
/// `topK` keeps a link when it is among the k strongest of either end (ties broken by key order).
///
/// ```swift
/// let strength = LinkageStrength(graph: flows, graphName: "fi2014", threshold: 0.05, topK: 5)
/// strength.links   // [LinkRecord] of kind "strength", source key before target key
/// ```
/// - Complexity: O(m log m) for m links.
public struct LinkageStrength: Sendable {
    public static let linkKind = "strength"

    /// Every node of the source graph, with its label, kind and attributes.
    public let nodes: [NodeRecord]
    /// One undirected link per pair, sorted by source then target key.
    public let links: [LinkRecord]
    /// How the graph was derived, for the stored graph's description.
    public let description: String

    public init(graph: LinkageGraph, graphName: String, threshold: Double? = nil, topK: Int? = nil) {
        precondition(topK.map { $0 > 0 } ?? true, "top-k must be positive")
        let n = graph.nodeCount
        var sales = Array(repeating: 0.0, count: n), purchases = Array(repeating: 0.0, count: n)
        for i in 0..<n {
            for (j, z) in zip(graph.successors(of: i), graph.successorWeights(of: i)) where z > 0 {
                sales[i] += z
                purchases[Int(j)] += z
            }
        }
        // The pair's strength is the largest share seen from either direction of either flow.
        var strength: [Pair: Double] = [:]
        for i in 0..<n {
            for (target, z) in zip(graph.successors(of: i), graph.successorWeights(of: i)) where z > 0 && Int(target) != i {
                let j = Int(target)
                let share = max(z / purchases[j], z / sales[i])
                let pair = Pair(i, j)
                strength[pair] = max(strength[pair] ?? 0, share)
            }
        }
        var kept = strength.filter { $0.value >= (threshold ?? 0) && $0.value > 0 }
        if let topK { kept = Self.strongest(kept, perNode: topK, keys: graph.keys) }
        self.links = kept
            .map { pair, weight in
                let (a, b) = Partition.keyPrecedes(graph.keys[pair.low], graph.keys[pair.high])
                    ? (graph.keys[pair.low], graph.keys[pair.high]) : (graph.keys[pair.high], graph.keys[pair.low])
                return LinkRecord(source: a, target: b, weight: weight, kind: Self.linkKind)
            }
            .sorted { $0.source != $1.source ? Partition.keyPrecedes($0.source, $1.source) : Partition.keyPrecedes($0.target, $1.target) }
        self.nodes = (0..<n).map { node in
            NodeRecord(key: graph.keys[node], label: graph.labels[node], kind: graph.kinds[node],
                       attributes: graph.attributes.attributes(at: node))
        }
        var options: [String] = []
        if let threshold { options.append("links below \(threshold) dropped") }
        if let topK { options.append("top \(topK) links per sector kept") }
        self.description = "Linkage strength S_ij = max of the four buy/sell shares of flows between i and j, "
            + "derived from the io links of graph '\(graphName)'"
            + (options.isEmpty ? "" : "; " + options.joined(separator: ", ")) + "."
    }

    /// The links that are among the `k` strongest at either of their ends.
    private static func strongest(_ links: [Pair: Double], perNode k: Int, keys: [String]) -> [Pair: Double] {
        var byNode: [Int: [(Pair, Double)]] = [:]
        for (pair, weight) in links {
            byNode[pair.low, default: []].append((pair, weight))
            byNode[pair.high, default: []].append((pair, weight))
        }
        var kept: [Pair: Double] = [:]
        for (node, incident) in byNode {
            let ranked = incident.sorted { lhs, rhs in
                if lhs.1 != rhs.1 { return lhs.1 > rhs.1 }
                return Partition.keyPrecedes(keys[lhs.0.other(than: node)], keys[rhs.0.other(than: node)])
            }
            for (pair, weight) in ranked.prefix(k) { kept[pair] = weight }
        }
        return kept
    }

    /// An unordered pair of node indices.
    private struct Pair: Hashable {
        let low: Int, high: Int
        init(_ a: Int, _ b: Int) { (low, high) = a < b ? (a, b) : (b, a) }
        func other(than node: Int) -> Int { node == low ? high : low }
    }
}

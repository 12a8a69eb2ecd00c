import ClusterGraph

/// A link chosen for drawing, by node index.
struct DrawnLink: Sendable, Hashable {
    let source: Int
    let target: Int
    let weight: Double
}

/// Chooses which links a diagram draws so it stays readable: weak links below a threshold and
/// links outside each node's strongest few are hidden. Self-loops (an I-O table's diagonal) are
/// never drawn.
enum LinkSelection {
    /// The links to draw, sorted by (source, target), and how many were candidates before top-k.
    ///
    /// A link survives top-k when it is among the `topPerNode` heaviest links of either endpoint
    /// (ties broken by the other endpoint's index), so every node keeps its strongest ties.
    ///
    /// - Complexity: O(m log d) for m links and maximum degree d.
    static func select(_ graph: LinkageGraph, topPerNode: Int?, minimumWeight: Double?) -> (links: [DrawnLink], total: Int) {
        var candidates: [DrawnLink] = []
        var total = 0
        for u in 0..<graph.nodeCount {
            for (v, weight) in zip(graph.successors(of: u), graph.successorWeights(of: u)) {
                let v = Int(v)
                guard v != u, graph.isDirected || u < v else { continue }
                total += 1
                if let minimumWeight, weight < minimumWeight { continue }
                candidates.append(DrawnLink(source: u, target: v, weight: weight))
            }
        }
        guard let k = topPerNode, k > 0 else { return (candidates, total) }
        var incident = Array(repeating: [Int](), count: graph.nodeCount)
        for (position, link) in candidates.enumerated() {
            incident[link.source].append(position)
            incident[link.target].append(position)
        }
        var kept = Array(repeating: false, count: candidates.count)
        for (node, positions) in incident.enumerated() where !positions.isEmpty {
            let ranked = positions.sorted { a, b in
                let (la, lb) = (candidates[a], candidates[b])
                if abs(la.weight) != abs(lb.weight) { return abs(la.weight) > abs(lb.weight) }
                return otherEnd(la, node) < otherEnd(lb, node)
            }
            for position in ranked.prefix(k) { kept[position] = true }
        }
        return (candidates.indices.filter { kept[$0] }.map { candidates[$0] }, total)
    }

    private static func otherEnd(_ link: DrawnLink, _ node: Int) -> Int {
        link.source == node ? link.target : link.source
    }

    /// The `perGroup` heaviest links leaving each group for another group (both directions for
    /// an undirected graph), at least `minimumWeight`; nodes without a group take no part.
    /// Used with clusters so the links between clusters stay visible beside the dense ones inside.
    ///
    /// - Complexity: O(m log m).
    static func strongestBetweenGroups(_ graph: LinkageGraph, group: [Int?], perGroup: Int, minimumWeight: Double?) -> [DrawnLink] {
        var external: [Int: [DrawnLink]] = [:]
        for u in 0..<graph.nodeCount {
            guard let gu = group[u] else { continue }
            for (v, weight) in zip(graph.successors(of: u), graph.successorWeights(of: u)) {
                let v = Int(v)
                guard let gv = group[v], gu != gv, graph.isDirected || u < v else { continue }
                if let minimumWeight, weight < minimumWeight { continue }
                let link = DrawnLink(source: u, target: v, weight: weight)
                external[gu, default: []].append(link)
                if !graph.isDirected { external[gv, default: []].append(link) }
            }
        }
        var chosen = Set<DrawnLink>()
        for links in external.values {
            let ranked = links.sorted { abs($0.weight) != abs($1.weight) ? abs($0.weight) > abs($1.weight) : ($0.source, $0.target) < ($1.source, $1.target) }
            chosen.formUnion(ranked.prefix(perGroup))
        }
        return chosen.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }
}

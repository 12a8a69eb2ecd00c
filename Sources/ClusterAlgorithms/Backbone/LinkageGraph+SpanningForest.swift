import ClusterGraph

/// A link of a graph's backbone, between node indices, with `source` < `target`.
public struct BackboneLink: Sendable, Equatable {
    public let source: Int
    public let target: Int
    public let weight: Double
}

extension LinkageGraph {
    /// The maximum spanning forest (Kruskal 1956): per component, the tree of strongest links
    /// that keeps it connected — the backbone of a linkage graph, as in Aroche-Reyes' "trees of
    /// essential economic structures". Direction is ignored: both directions' weights are
    /// summed. Equal weights are taken in node order, so the result is deterministic.
    ///
    /// ```swift
    /// let backbone = graph.maximumSpanningForest()   // nodeCount − components links
    /// ```
    ///
    /// - Complexity: O(m log m) time, O(m) memory.
    public func maximumSpanningForest() -> [BackboneLink] {
        let n = nodeCount
        var candidates: [BackboneLink] = []
        candidates.reserveCapacity(linkCount)
        for u in 0..<n {
            for position in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outTargets[position])
                if v > u {
                    // The reverse link, if any, is added here once, not again from v's row.
                    let weight = outWeights[position] + (isDirected ? (self.weight(from: v, to: u) ?? 0) : 0)
                    candidates.append(BackboneLink(source: u, target: v, weight: weight))
                } else if v < u && isDirected && self.weight(from: v, to: u) == nil {
                    candidates.append(BackboneLink(source: v, target: u, weight: outWeights[position]))
                }
            }
        }
        candidates.sort { ($1.weight, $0.source, $0.target) < ($0.weight, $1.source, $1.target) }
        var parent = Array(0..<n)
        func root(_ u: Int) -> Int {
            var u = u
            while parent[u] != u {
                parent[u] = parent[parent[u]]
                u = parent[u]
            }
            return u
        }
        var forest: [BackboneLink] = []
        for link in candidates {
            let a = root(link.source), b = root(link.target)
            guard a != b else { continue }
            parent[max(a, b)] = min(a, b)
            forest.append(link)
            if forest.count == n - 1 { break }
        }
        return forest
    }
}

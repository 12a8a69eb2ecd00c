import ClusterGraph

/// Shrinks a graph too large to draw: clusters become single nodes, or only the strongest nodes
/// are kept when no clusters are known.
enum ClusterAggregation {
    /// Key of the node standing for every node no cluster claims.
    static let otherKey = "(other)"

    /// A graph with one node per cluster (key = cluster id, label = title and member count,
    /// `sizeAttribute` = sum over members, attribute `members` = member count) and links of summed
    /// weight between clusters, plus each node's maturity class.
    ///
    /// - Complexity: O(n + m log d).
    static func aggregate(_ graph: LinkageGraph, clusters: [RenderedCluster], sizeAttribute: String)
        -> (graph: LinkageGraph, maturity: [String?])
    {
        let membership = Membership(graph: graph, clusters: clusters)
        let groupCount = clusters.count + (membership.unclaimed > 0 ? 1 : 0)
        var counts = Array(repeating: 0, count: groupCount)
        var sizes = Array(repeating: Double?.none, count: groupCount)
        let sizeColumn = graph.attributes.column(sizeAttribute)
        for node in 0..<graph.nodeCount {
            let group = membership.cluster[node] ?? clusters.count
            counts[group] += 1
            if let value = sizeColumn?[node] ?? nil { sizes[group] = (sizes[group] ?? 0) + value }
        }
        var builder = LinkageGraphBuilder(directed: graph.isDirected)
        var maturity: [String?] = []
        for group in 0..<groupCount {
            let isOther = group == clusters.count
            let title = isOther ? "Other nodes" : clusters[group].title
            let index = builder.addNode(key: isOther ? otherKey : clusters[group].id,
                                        label: "\(title)\n\(NumberText.count(counts[group])) members", kind: "cluster")
            builder.setAttribute("members", of: index, to: .number(Double(counts[group])))
            if let size = sizes[group] { builder.setAttribute(sizeAttribute, of: index, to: .number(size)) }
            maturity.append(isOther ? nil : clusters[group].maturity)
        }
        for u in 0..<graph.nodeCount {
            let cu = membership.cluster[u] ?? clusters.count
            for (v, weight) in zip(graph.successors(of: u), graph.successorWeights(of: u)) {
                let v = Int(v)
                guard graph.isDirected || u < v else { continue }
                let cv = membership.cluster[v] ?? clusters.count
                if cu != cv { builder.addLink(from: cu, to: cv, weight: weight) }
            }
        }
        return (builder.build(), maturity)
    }

    /// The subgraph induced by the `limit` nodes of largest total link weight (ties: lower index),
    /// in their original order, keeping labels, kinds and `sizeAttribute`.
    ///
    /// - Complexity: O(n log n + m).
    static func strongest(_ graph: LinkageGraph, limit: Int, sizeAttribute: String) -> LinkageGraph {
        var strength = Array(repeating: 0.0, count: graph.nodeCount)
        for u in 0..<graph.nodeCount {
            strength[u] += graph.successorWeights(of: u).reduce(0) { $0 + abs($1) }
            if graph.isDirected { strength[u] += graph.predecessorWeights(of: u).reduce(0) { $0 + abs($1) } }
        }
        let ranked = (0..<graph.nodeCount).sorted { strength[$0] != strength[$1] ? strength[$0] > strength[$1] : $0 < $1 }
        let kept = ranked.prefix(limit).sorted()
        var newIndex = Array(repeating: -1, count: graph.nodeCount)
        var builder = LinkageGraphBuilder(directed: graph.isDirected)
        for node in kept {
            newIndex[node] = builder.addNode(key: graph.keys[node], label: graph.labels[node], kind: graph.kinds[node])
            if let value = graph.attributes.number(sizeAttribute, at: node) {
                builder.setAttribute(sizeAttribute, of: newIndex[node], to: .number(value))
            }
        }
        for u in kept {
            for (v, weight) in zip(graph.successors(of: u), graph.successorWeights(of: u)) {
                let v = Int(v)
                guard newIndex[v] >= 0, graph.isDirected || u <= v else { continue }
                builder.addLink(from: newIndex[u], to: newIndex[v], weight: weight)
            }
        }
        return builder.build()
    }
}

/// Which cluster (by position in the list) each node belongs to; a node listed twice belongs to
/// the first cluster naming it.
struct Membership {
    let cluster: [Int?]
    let unclaimed: Int

    init(graph: LinkageGraph, clusters: [RenderedCluster]) {
        var cluster = Array(repeating: Int?.none, count: graph.nodeCount)
        for (position, entry) in clusters.enumerated() {
            for key in entry.members {
                if let node = graph.index(of: key), cluster[node] == nil { cluster[node] = position }
            }
        }
        self.cluster = cluster
        self.unclaimed = cluster.count { $0 == nil }
    }
}

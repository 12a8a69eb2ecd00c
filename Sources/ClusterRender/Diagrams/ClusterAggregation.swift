import ClusterGraph

/// Shrinks a graph too large to draw: clusters become single nodes, or only the strongest nodes
/// are kept when no clusters are known.
enum ClusterAggregation {
    /// Key of the node standing for every node no cluster claims.
    static let otherKey = "(other)"

    /// A graph with one node per cluster, and how to size its nodes.
    ///
    /// Each node (kind `cluster`, key = cluster id) is labelled with the cluster's title, member
    /// count and its largest members (by `sizeAttribute`, else link weight), has attribute
    /// `members` = member count and `sizeAttribute` = the members' sum where they have it; links
    /// carry the summed weight between clusters. When there are more than `nodeLimit` clusters,
    /// the `nodeLimit - 1` largest (by member count) are kept and the rest, with nodes no cluster
    /// claims, become one node `(other)`. `sizeAttribute` comes back as `members` when no member
    /// has the asked one; `clusterCount` counts the clusters with members in `graph`.
    ///
    /// - Complexity: O(n log n + m log d).
    static func aggregate(_ graph: LinkageGraph, clusters: [RenderedCluster], sizeAttribute: String, nodeLimit: Int)
        -> (graph: LinkageGraph, maturity: [String?], sizeAttribute: String, clusterCount: Int)
    {
        let membership = Membership(graph: graph, clusters: clusters)
        var memberCount = Array(repeating: 0, count: clusters.count)
        for case let cluster? in membership.cluster { memberCount[cluster] += 1 }
        let nonEmpty = clusters.indices.filter { memberCount[$0] > 0 }
        let kept = nonEmpty.count <= nodeLimit ? nonEmpty
            : nonEmpty.sorted { (memberCount[$1], $0) < (memberCount[$0], $1) }.prefix(max(nodeLimit - 1, 1)).sorted()
        var group = Array(repeating: Int?.none, count: clusters.count)
        for (position, cluster) in kept.enumerated() { group[cluster] = position }
        let groupOfNode = membership.cluster.map { $0.flatMap { group[$0] } ?? kept.count }
        var members = Array(repeating: [Int](), count: kept.count + 1)
        for (node, position) in groupOfNode.enumerated() { members[position].append(node) }
        let groupCount = members[kept.count].isEmpty ? kept.count : kept.count + 1

        let column = graph.attributes.column(sizeAttribute)
        let sized = column?.contains { $0 != nil } ?? false
        let prominence = NodeProminence.values(graph, sizeAttribute: sizeAttribute)
        var builder = LinkageGraphBuilder(directed: graph.isDirected)
        for position in 0..<groupCount {
            let nodes = members[position]
            let label: String
            if position < kept.count {
                let title = clusters[kept[position]].title
                // A generated title already names the largest member ("3: Paper +4"): list the next ones.
                let ranked = NodeProminence.ranked(nodes, by: prominence, in: graph).map { graph.labels[$0] ?? graph.keys[$0] }
                let titled = ranked.first.map { title.contains($0) } ?? false
                let listed = ranked.dropFirst(titled ? 1 : 0).prefix(3).map { LabelText.wrapped($0, width: 18, maxLines: 1) }
                let prefix = titled ? "also: " : "largest: "
                label = LabelText.wrapped(title, width: 28, maxLines: 2)
                    + "\n\(NumberText.count(nodes.count)) members"
                    + (nodes.count > 1 && !listed.isEmpty
                        ? "\n" + LabelText.wrapped(prefix + listed.joined(separator: ", "), width: 32, maxLines: 2) : "")
            } else {
                let dropped = nonEmpty.count - kept.count
                label = (dropped > 0 ? "Other: \(NumberText.count(dropped)) smaller clusters" : "Nodes in no cluster")
                    + "\n\(NumberText.count(nodes.count)) members"
            }
            let index = builder.addNode(key: position < kept.count ? clusters[kept[position]].id : otherKey, label: label, kind: "cluster")
            builder.setAttribute("members", of: index, to: .number(Double(nodes.count)))
            let values = nodes.compactMap { column?[$0] ?? nil }
            if sized, !values.isEmpty { builder.setAttribute(sizeAttribute, of: index, to: .number(values.reduce(0, +))) }
        }
        for u in 0..<graph.nodeCount {
            let gu = groupOfNode[u]
            for (v, weight) in zip(graph.successors(of: u), graph.successorWeights(of: u)) {
                let v = Int(v)
                guard graph.isDirected || u < v else { continue }
                let gv = groupOfNode[v]
                if gu != gv { builder.addLink(from: gu, to: gv, weight: weight) }
            }
        }
        let maturity = (0..<groupCount).map { $0 < kept.count ? clusters[kept[$0]].maturity : nil }
        return (builder.build(), maturity, sized ? sizeAttribute : "members", nonEmpty.count)
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

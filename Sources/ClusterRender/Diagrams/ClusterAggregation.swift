import ClusterGraph

/// Shrinks a graph too large to draw: clusters become single nodes, or only the strongest nodes
/// are kept when no clusters are known.
enum ClusterAggregation {
    /// Key of the node standing for every node no cluster claims.
    static let otherKey = "(other)"

    /// A graph with one node per cluster of `overview`, and how to size its nodes.
    ///
    /// Each node (kind `cluster`, key = cluster id) is labelled with the cluster's title, member
    /// count and its largest members (by the size attribute, else link weight), has attribute
    /// `members` = member count and `sizeAttribute` = the members' sum where they have it; links
    /// carry the summed weight between clusters. When there are more than `nodeLimit` clusters,
    /// the `nodeLimit - 1` largest (by member count) are kept and the rest, with nodes no cluster
    /// claims, become one node `(other)`. `sizeAttribute` comes back as `members` when no node
    /// has the asked one; `clusterCount` counts the clusters with members. `clusters[i]` gives the
    /// id, title and class of `overview.clusters[i]`.
    ///
    /// - Complexity: O(c log c + p) for c clusters and p linked pairs of them.
    static func aggregate(_ overview: CommunityOverview, clusters: [RenderedCluster], sizeAttribute: String, nodeLimit: Int)
        -> (graph: LinkageGraph, maturity: [String?], sizeAttribute: String, clusterCount: Int)
    {
        precondition(clusters.count == overview.clusters.count, "one drawn cluster per cluster of the overview")
        let memberCount = overview.clusters.map(\.memberCount)
        let nonEmpty = clusters.indices.filter { memberCount[$0] > 0 }
        let kept = nonEmpty.count <= nodeLimit ? nonEmpty
            : nonEmpty.sorted { (memberCount[$1], $0) < (memberCount[$0], $1) }.prefix(max(nodeLimit - 1, 1)).sorted()
        // Each cluster's group; the unclaimed nodes (last) and the clusters not kept share the last group.
        var group = Array(repeating: kept.count, count: clusters.count + 1)
        for (position, cluster) in kept.enumerated() { group[cluster] = position }
        var other = overview.unclaimed
        for cluster in nonEmpty where group[cluster] == kept.count {
            other.memberCount += memberCount[cluster]
            if let size = overview.clusters[cluster].sizeTotal { other.sizeTotal = (other.sizeTotal ?? 0) + size }
        }
        let groups = kept.map { overview.clusters[$0] } + (other.memberCount > 0 ? [other] : [])

        var builder = LinkageGraphBuilder(directed: overview.isDirected)
        for (position, summary) in groups.enumerated() {
            let label: String
            if position < kept.count {
                let title = clusters[kept[position]].title
                // A generated title already names the largest member ("3: Paper +4"): list the next ones.
                let ranked = summary.prominent.map { $0.label ?? $0.key }
                let titled = ranked.first.map { title.contains($0) } ?? false
                let listed = ranked.dropFirst(titled ? 1 : 0).prefix(3).map { LabelText.wrapped($0, width: 18, maxLines: 1) }
                let prefix = titled ? "also: " : "largest: "
                label = LabelText.wrapped(title, width: 28, maxLines: 2)
                    + "\n" + Self.members(summary.memberCount)
                    + (summary.memberCount > 1 && !listed.isEmpty
                        ? "\n" + LabelText.wrapped(prefix + listed.joined(separator: ", "), width: 32, maxLines: 2) : "")
            } else {
                let dropped = nonEmpty.count - kept.count
                label = (dropped > 0 ? "Other: \(NumberText.count(dropped)) smaller clusters" : "Nodes in no cluster")
                    + "\n" + Self.members(summary.memberCount)
            }
            let index = builder.addNode(key: position < kept.count ? clusters[kept[position]].id : otherKey, label: label, kind: "cluster")
            builder.setAttribute("members", of: index, to: .number(Double(summary.memberCount)))
            if overview.hasSizeAttribute, let total = summary.sizeTotal { builder.setAttribute(sizeAttribute, of: index, to: .number(total)) }
        }
        for link in overview.links where group[link.from] != group[link.to] {
            builder.addLink(from: group[link.from], to: group[link.to], weight: link.weight)
        }
        let maturity = groups.indices.map { $0 < kept.count ? clusters[kept[$0]].maturity : nil }
        return (builder.build(), maturity, overview.hasSizeAttribute ? sizeAttribute : "members", nonEmpty.count)
    }

    private static func members(_ count: Int) -> String {
        count == 1 ? "1 member" : "\(NumberText.count(count)) members"
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

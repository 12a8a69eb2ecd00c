/// A template laid over one graph: the graph's partition into the template's clusters and what
/// does not match.
///
/// ```swift
/// let fit = template.fit(keys: graph.keys)
/// if !fit.missing.isEmpty { print("not in the graph:", fit.missing) }
/// let forest = fit.community(ofTemplateCluster: 0)
/// ```
public struct TemplateFit: Sendable, Equatable {
    /// A partition of the graph's nodes (canonical ids): the template's clusters, and each key
    /// the template does not assign alone in a community of its own.
    public let partition: Partition
    /// The template cluster id of each community, nil for a key the template does not assign.
    public let templateCluster: [Int?]
    /// The template's name of each community, nil for a key the template does not assign.
    public let names: [String?]
    /// Template keys the graph does not have, in key order.
    public let missing: [String]
    /// Graph keys the template does not assign, in key order.
    public let extra: [String]
    /// Template clusters with no member in the graph.
    public let absentClusters: [Int]

    /// True when the graph has exactly the template's keys.
    public var isExact: Bool { missing.isEmpty && extra.isEmpty }

    /// The community that holds template cluster `id`, or nil when none of its members is in the graph.
    public func community(ofTemplateCluster id: Int) -> Int? {
        templateCluster.firstIndex { $0 == id }
    }
}

extension ClusterTemplate {
    /// Lays the template over a graph with node keys `keys` (index order).
    ///
    /// - Complexity: O(n log n) for n keys (canonical numbering sorts by key).
    public func fit(keys: [String]) -> TemplateFit {
        var clusterOfKey: [String: Int] = [:]
        for cluster in clusters {
            for member in cluster.members { clusterOfKey[member.key] = cluster.id }
        }
        var extra: [String] = []
        let raw = keys.map { key -> Int in
            if let cluster = clusterOfKey[key] { return cluster }
            extra.append(key)
            return clusters.count + extra.count
        }
        let partition = Partition(assignment: raw, keys: keys)
        var templateCluster = [Int?](repeating: nil, count: partition.communityCount)
        for (node, community) in partition.assignment.enumerated() where clusterOfKey[keys[node]] != nil {
            templateCluster[community] = clusterOfKey[keys[node]]
        }
        let present = Set(keys)
        let found = Set(templateCluster.compactMap { $0 })
        return TemplateFit(
            partition: partition, templateCluster: templateCluster,
            names: templateCluster.map { $0.map { clusters[$0].name } },
            missing: self.keys.filter { !present.contains($0) },
            extra: extra.sorted(by: Partition.keyPrecedes),
            absentClusters: clusters.map(\.id).filter { !found.contains($0) })
    }
}

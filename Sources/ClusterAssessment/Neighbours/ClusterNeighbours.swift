import ClusterGraph

/// How one cluster trades with each of the other clusters: the total flow each way and the
/// strongest sector-to-sector links behind it.
///
/// The seed article's Finnish story is about exactly this: the forest cluster is supported by
/// machine building and chemicals, themselves clustered. Read off the flows graph, it shows which
/// clusters supply a cluster and which it supplies.
///
/// ```swift
/// let neighbours = ClusterNeighbours(flows: io, clusters: partition.members(keys: strength.keys))
/// for link in neighbours.links(of: forestID).prefix(3) { print(link.otherCluster, link.total) }
/// ```
public struct ClusterNeighbours: Sendable {
    /// One other cluster's trade with the cluster asked about.
    public struct Link: Sendable, Equatable {
        public let otherCluster: Int
        /// Σ z from the cluster's members to the other cluster's members.
        public let sales: Double
        /// Σ z from the other cluster's members to the cluster's members.
        public let purchases: Double
        public var total: Double { sales + purchases }
        /// The largest flow with each sector of the other cluster (one per outside sector), largest first.
        public let strongestFlows: [SectorFlow]
    }

    /// One flow z_ij between two sectors, by key.
    public struct SectorFlow: Sendable, Equatable {
        public let source: String
        public let target: String
        public let flow: Double

        public init(source: String, target: String, flow: Double) {
            self.source = source
            self.target = target
            self.flow = flow
        }
    }

    public let flows: LinkageGraph
    /// Member keys of every cluster, indexed by cluster id.
    public let clusters: [[String]]
    private let clusterOfNode: [Int?]

    public init(flows: LinkageGraph, clusters: [[String]]) {
        self.flows = flows
        self.clusters = clusters
        var clusterOfNode = [Int?](repeating: nil, count: flows.nodeCount)
        for (cluster, members) in clusters.enumerated() {
            for key in members { if let index = flows.index(of: key) { clusterOfNode[index] = cluster } }
        }
        self.clusterOfNode = clusterOfNode
    }

    /// The other clusters that trade with `cluster`, by total flow (largest first), each with the
    /// strongest flow of up to `flowsPerCluster` of its sectors.
    ///
    /// - Complexity: O(m log m) for m links touching the cluster.
    public func links(of cluster: Int, flowsPerCluster: Int = 3) -> [Link] {
        var sales: [Int: Double] = [:], purchases: [Int: Double] = [:]
        var pairs: [Int: [SectorFlow]] = [:]
        for key in clusters[cluster] {
            guard let u = flows.index(of: key) else { continue }
            for (v, weight) in zip(flows.successors(of: u), flows.successorWeights(of: u)) {
                guard let other = clusterOfNode[Int(v)], other != cluster else { continue }
                sales[other, default: 0] += weight
                pairs[other, default: []].append(SectorFlow(source: key, target: flows.keys[Int(v)], flow: weight))
            }
            guard flows.isDirected else { continue }
            for (v, weight) in zip(flows.predecessors(of: u), flows.predecessorWeights(of: u)) {
                guard let other = clusterOfNode[Int(v)], other != cluster else { continue }
                purchases[other, default: 0] += weight
                pairs[other, default: []].append(SectorFlow(source: flows.keys[Int(v)], target: key, flow: weight))
            }
        }
        let members = Set(clusters[cluster])
        return Set(sales.keys).union(purchases.keys).map { other in
            let ordered = (pairs[other] ?? []).sorted { a, b in
                a.flow != b.flow ? a.flow > b.flow : (a.source, a.target) < (b.source, b.target)
            }
            // One flow per outside sector, so the list shows which of the other cluster's sectors
            // are involved rather than one large supplier several times.
            var seen: Set<String> = []
            let strongest = ordered.filter { flow in
                seen.insert(members.contains(flow.source) ? flow.target : flow.source).inserted
            }
            return Link(otherCluster: other, sales: sales[other] ?? 0, purchases: purchases[other] ?? 0,
                        strongestFlows: Array(strongest.prefix(flowsPerCluster)))
        }.sorted { a, b in a.total != b.total ? a.total > b.total : a.otherCluster < b.otherCluster }
    }
}

import ClusterGraph

/// The supplier pyramid under a lead firm: suppliers grouped by how many supply links separate
/// them from the lead (links point supplier → buyer, so tier 1 = firms with a link into the lead).
///
/// The seed's Japanese example: about 300 first-tier suppliers, 5,000 in the second tier and
/// 20,000 in the third; the lead deals directly only with the first tier.
///
/// ```swift
/// let pyramid = try SupplierTiers(graph: firms, lead: "toyota", graphName: "cars")
/// pyramid.sizes                // [300, 5000, 20000]
/// pyramid.growthRatios         // [16.7, 4.0]
/// pyramid.indirectSuppliers    // 25000: reach the lead only through intermediaries
/// ```
///
/// - Complexity: O(n + m) breadth-first search over incoming links.
public struct SupplierTiers: Sendable {
    public let lead: Int
    /// Node indices of each tier, tier 1 first, each sorted by key.
    public let tiers: [[Int]]
    /// Nodes in the graph, for shares.
    public let nodeCount: Int
    /// Freeman degree centralisation (1979) of the lead and its suppliers, links taken undirected:
    /// Σ (d_max − d_i) / ((n − 1)(n − 2)); 1 for a star, near 0 when no node stands out.
    public let centralisation: Double?

    public init(graph: LinkageGraph, lead key: String, graphName: String) throws(AssessmentError) {
        guard let lead = graph.index(of: key) else { throw .unknownNode(key: key, graph: graphName) }
        self.init(graph: graph, lead: lead)
    }

    public init(graph: LinkageGraph, lead: Int) {
        self.lead = lead
        self.nodeCount = graph.nodeCount
        var distance = [Int](repeating: -1, count: graph.nodeCount)
        distance[lead] = 0
        var frontier = [lead]
        var tiers: [[Int]] = []
        while !frontier.isEmpty {
            var next: [Int] = []
            for buyer in frontier {
                for supplier in graph.predecessors(of: buyer) where distance[Int(supplier)] < 0 {
                    distance[Int(supplier)] = distance[buyer] + 1
                    next.append(Int(supplier))
                }
            }
            if !next.isEmpty {
                tiers.append(next.sorted { Partition.keyPrecedes(graph.keys[$0], graph.keys[$1]) })
            }
            frontier = next
        }
        self.tiers = tiers
        self.centralisation = Self.degreeCentralisation(graph: graph, inside: distance.map { $0 >= 0 })
    }

    /// Number of suppliers in each tier.
    public var sizes: [Int] { tiers.map(\.count) }

    /// Size of tier k+1 over size of tier k.
    public var growthRatios: [Double] {
        zip(sizes, sizes.dropFirst()).map { Double($1) / Double($0) }
    }

    /// All suppliers that reach the lead, directly or not.
    public var supplierCount: Int { sizes.reduce(0, +) }

    /// Suppliers that reach the lead only through intermediaries (tier 2 and beyond).
    public var indirectSuppliers: Int { supplierCount - (sizes.first ?? 0) }

    /// The share of the graph's other nodes that supply the lead, directly or not.
    public var reachShare: Double {
        nodeCount > 1 ? Double(supplierCount) / Double(nodeCount - 1) : 0
    }

    private static func degreeCentralisation(graph: LinkageGraph, inside: [Bool]) -> Double? {
        var degrees: [Int] = []
        for u in 0..<graph.nodeCount where inside[u] {
            var neighbours = Set<Int32>()
            for v in graph.successors(of: u) where inside[Int(v)] && Int(v) != u { neighbours.insert(v) }
            for v in graph.predecessors(of: u) where inside[Int(v)] && Int(v) != u { neighbours.insert(v) }
            degrees.append(neighbours.count)
        }
        let n = Double(degrees.count)
        guard n >= 3, let largest = degrees.max() else { return nil }
        let spread = degrees.reduce(0.0) { $0 + Double(largest - $1) }
        return spread / ((n - 1) * (n - 2))
    }
}

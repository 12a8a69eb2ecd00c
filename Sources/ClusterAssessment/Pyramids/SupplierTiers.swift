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
/// pyramid.fanIn                // [300, 18.3, 4.4, 0]: direct suppliers per firm of the lead and each tier
/// pyramid.indirectSuppliers    // 25000: reach the lead only through intermediaries
/// ```
///
/// - Complexity: O(n + m) breadth-first search over incoming links, plus sorting each tier by key.
public struct SupplierTiers: Sendable {
    public let lead: Int
    /// Node indices of each tier, tier 1 first, each sorted by key.
    public let tiers: [[Int]]
    /// Nodes taken into account (the graph's, or the members'), for shares.
    public let nodeCount: Int
    /// The mean number of direct suppliers per firm, for the lead (first) and each tier: the fan-in
    /// that makes a pyramid widen downwards (the seed's lead deals with some 300 suppliers).
    public let fanIn: [Double]
    /// The lead's share of the weight of all links among the nodes taken into account: how much of
    /// the network's supply flows into the lead directly.
    public let leadInflowShare: Double?
    /// Freeman degree centralisation (1979) of the lead and its suppliers, links taken undirected:
    /// Σ (d_max − d_i) / ((n − 1)(n − 2)); 1 for a star, near 0 when no node stands out.
    public let centralisation: Double?

    public init(graph: LinkageGraph, lead key: String, graphName: String) throws(AssessmentError) {
        guard let lead = graph.index(of: key) else { throw .unknownNode(key: key, graph: graphName) }
        self.init(graph: graph, lead: lead)
    }

    /// The pyramid under `lead`, counting only the nodes marked in `inside` (all when nil): the
    /// pyramid of one cluster of a larger firm network.
    public init(graph: LinkageGraph, lead: Int, inside: [Bool]? = nil) {
        let counts = { (u: Int) in inside?[u] ?? true }
        self.lead = lead
        self.nodeCount = inside.map { $0.reduce(0) { $0 + ($1 ? 1 : 0) } } ?? graph.nodeCount
        var distance = [Int](repeating: -1, count: graph.nodeCount)
        distance[lead] = 0
        var frontier = [lead]
        var tiers: [[Int]] = []
        var fanIn: [Double] = []
        while !frontier.isEmpty {
            var next: [Int] = []
            var suppliers = 0
            for buyer in frontier {
                for supplier in graph.predecessors(of: buyer) where Int(supplier) != buyer && counts(Int(supplier)) {
                    suppliers += 1
                    if distance[Int(supplier)] < 0 {
                        distance[Int(supplier)] = distance[buyer] + 1
                        next.append(Int(supplier))
                    }
                }
            }
            fanIn.append(Double(suppliers) / Double(frontier.count))
            if !next.isEmpty {
                tiers.append(next.sorted { Partition.keyPrecedes(graph.keys[$0], graph.keys[$1]) })
            }
            frontier = next
        }
        self.tiers = tiers
        self.fanIn = fanIn
        var total = 0.0, intoLead = 0.0
        for u in 0..<graph.nodeCount where counts(u) {
            for (v, w) in zip(graph.successors(of: u), graph.successorWeights(of: u)) where Int(v) != u && counts(Int(v)) {
                total += w
                if Int(v) == lead { intoLead += w }
            }
        }
        self.leadInflowShare = total > 0 ? intoLead / total : nil
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

    /// The share of the other nodes that supply the lead, directly or not.
    public var reachShare: Double {
        nodeCount > 1 ? Double(supplierCount) / Double(nodeCount - 1) : 0
    }

    /// "1 → 300 → 5000 → 20000" for people.
    public var shape: String {
        (["1"] + sizes.map(String.init)).joined(separator: " → ")
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

import ClusterAlgorithms
import ClusterGraph

/// Builds a flat industrial district: peer firms of similar size competing on the same final
/// market, with some subcontracting between peers and a few shared specialised suppliers — no
/// leader and no hierarchy (the seed's North American "flat set of small firms").
///
/// Peers have 10–200 employees, shared suppliers 5–50 (log-uniform); every shared supplier sells
/// to about a tenth of the peers. Attributes: `size`, `foreign_owned`, `sme`.
///
/// ```swift
/// let district = try DistrictGenerator(firms: 200, seed: 1).generate()
/// ```
///
/// - Complexity: O(n²/10) links for n peers.
public struct DistrictGenerator: Sendable {
    public let firms: Int
    public let seed: UInt64
    /// Probability that a peer also subcontracts for one other peer.
    public let subcontracting: Double
    /// Probability that a firm is foreign-owned.
    public let foreignShare: Double

    public init(firms: Int = 200, seed: UInt64 = 1, subcontracting: Double = 0.2,
                foreignShare: Double = 0.05) throws(AssessmentError) {
        guard (2...1_000_000).contains(firms) else {
            throw .invalidParameter(name: "--firms", message: "a district needs between 2 and 1,000,000 peer firms, not \(firms).")
        }
        guard (0...1).contains(subcontracting) else {
            throw .invalidParameter(name: "--subcontracting", message: "a probability between 0 and 1 is needed, not \(subcontracting).")
        }
        guard (0...1).contains(foreignShare) else {
            throw .invalidParameter(name: "--foreign-share", message: "a share between 0 and 1 is needed, not \(foreignShare).")
        }
        self.firms = firms
        self.seed = seed
        self.subcontracting = subcontracting
        self.foreignShare = foreignShare
    }

    public func generate() -> GeneratedGraph {
        var random = SplitMix64(seed: seed)
        var nodes: [NodeRecord] = []
        var links: [LinkRecord] = []
        let peers = (1...firms).map { GeneratedGraph.key("peer-", $0, of: firms) }
        for key in peers {
            nodes.append(GeneratedGraph.firm(key, size: random.logUniform(10, 200), foreignOwned: random.chance(foreignShare)))
        }
        for (position, key) in peers.enumerated() where random.chance(subcontracting) {
            var buyer = random.next(below: firms - 1)
            if buyer >= position { buyer += 1 }
            links.append(LinkRecord(source: key, target: peers[buyer], weight: 1))
        }
        let supplierCount = max(1, firms / 20)
        let reach = max(2, firms / 10)
        for number in 1...supplierCount {
            let key = GeneratedGraph.key("supplier-", number, of: supplierCount)
            nodes.append(GeneratedGraph.firm(key, size: random.logUniform(5, 50), foreignOwned: random.chance(foreignShare)))
            var buyers = Set<Int>()
            while buyers.count < min(reach, firms) { buyers.insert(random.next(below: firms)) }
            for buyer in buyers.sorted() { links.append(LinkRecord(source: key, target: peers[buyer], weight: 1)) }
        }
        return GeneratedGraph(isDirected: true,
                              description: "Synthetic flat district of \(firms) competing peer firms and \(supplierCount) shared suppliers, seed \(seed)",
                              nodes: nodes, links: links)
    }
}

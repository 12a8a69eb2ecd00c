import ClusterAlgorithms
import ClusterGraph

/// Builds a lead-firm supplier pyramid: one lead, then tiers of suppliers, each firm of tier k+1
/// selling to a random firm of tier k (links point supplier → buyer), plus optional cross-links
/// to a second buyer. The seed's Japanese car pyramid is 1 → 300 → 5,000 → 20,000.
///
/// Firm sizes (employees) fall with the tier: lead 70,000; tier 1 250–2,500; tier 2 50–500;
/// deeper tiers 5–100 (log-uniform). Attributes: `size`, `foreign_owned`, `sme` (< 250 employees).
///
/// ```swift
/// let pyramid = try PyramidGenerator(tiers: [300, 5_000, 20_000], seed: 1).generate()
/// pyramid.nodes.count   // 25,301
/// ```
///
/// - Complexity: O(n) for n firms.
public struct PyramidGenerator: Sendable {
    public let tiers: [Int]
    public let seed: UInt64
    /// Probability that a supplier also sells to a second buyer in the tier above.
    public let crossLinks: Double
    /// Probability that a first-tier supplier is foreign-owned.
    public let foreignShare: Double
    public let foreignLead: Bool

    public init(tiers: [Int] = [300, 5_000, 20_000], seed: UInt64 = 1, crossLinks: Double = 0.1,
                foreignShare: Double = 0.05, foreignLead: Bool = false) throws(AssessmentError) {
        guard !tiers.isEmpty, tiers.allSatisfy({ $0 >= 1 }), tiers.reduce(0, +) <= 10_000_000 else {
            throw .invalidParameter(name: "--tiers", message: "give one or more tier sizes, each at least 1 and together at most 10,000,000, such as 300,5000,20000.")
        }
        guard (0...1).contains(crossLinks) else {
            throw .invalidParameter(name: "--cross-links", message: "a probability between 0 and 1 is needed, not \(crossLinks).")
        }
        guard (0...1).contains(foreignShare) else {
            throw .invalidParameter(name: "--foreign-share", message: "a share between 0 and 1 is needed, not \(foreignShare).")
        }
        self.tiers = tiers
        self.seed = seed
        self.crossLinks = crossLinks
        self.foreignShare = foreignShare
        self.foreignLead = foreignLead
    }

    public func generate() -> GeneratedGraph {
        var random = SplitMix64(seed: seed)
        var nodes = [GeneratedGraph.firm("lead", size: 70_000, foreignOwned: foreignLead)]
        var links: [LinkRecord] = []
        var above = ["lead"]
        let sizeRanges: [(Double, Double)] = [(250, 2_500), (50, 500)]
        for (level, count) in tiers.enumerated() {
            let range = level < sizeRanges.count ? sizeRanges[level] : (5, 100)
            var current: [String] = []
            current.reserveCapacity(count)
            for number in 1...count {
                let key = GeneratedGraph.key("t\(level + 1)-", number, of: count)
                let size = random.logUniform(range.0, range.1)
                let foreign = level == 0 && random.chance(foreignShare)
                nodes.append(GeneratedGraph.firm(key, size: size, foreignOwned: foreign))
                let buyer = random.next(below: above.count)
                links.append(LinkRecord(source: key, target: above[buyer], weight: size))
                if above.count > 1, random.chance(crossLinks) {
                    var second = random.next(below: above.count - 1)
                    if second >= buyer { second += 1 }
                    links.append(LinkRecord(source: key, target: above[second], weight: size))
                }
                current.append(key)
            }
            above = current
        }
        let shape = (["1"] + tiers.map(String.init)).joined(separator: " → ")
        return GeneratedGraph(isDirected: true,
                              description: "Synthetic lead-firm supplier pyramid \(shape), cross-links \(crossLinks), seed \(seed)",
                              nodes: nodes, links: links)
    }
}

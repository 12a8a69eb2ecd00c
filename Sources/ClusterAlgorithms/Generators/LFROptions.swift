/// Settings for ``generateLFR(_:)``, named as in Lancichinetti, Fortunato & Radicchi (2008).
///
/// ```swift
/// let options = LFROptions(nodes: 100_000, averageDegree: 20, maximumDegree: 50, mixing: 0.3, seed: 1)
/// ```
public struct LFROptions: Sendable, Equatable {
    public var nodes: Int
    public var averageDegree: Double
    public var maximumDegree: Int
    /// τ1: degrees follow P(k) ∝ k^−τ1.
    public var degreeExponent: Double
    /// τ2: community sizes follow P(s) ∝ s^−τ2.
    public var communityExponent: Double
    /// μ: the share of each node's links that leave its community.
    public var mixing: Double
    public var minimumCommunity: Int
    public var maximumCommunity: Int
    public var seed: UInt64

    public init(nodes: Int, averageDegree: Double = 20, maximumDegree: Int = 50, degreeExponent: Double = 2,
                communityExponent: Double = 1, mixing: Double = 0.3, minimumCommunity: Int = 20,
                maximumCommunity: Int = 100, seed: UInt64 = 0) {
        self.nodes = nodes
        self.averageDegree = averageDegree
        self.maximumDegree = maximumDegree
        self.degreeExponent = degreeExponent
        self.communityExponent = communityExponent
        self.mixing = mixing
        self.minimumCommunity = minimumCommunity
        self.maximumCommunity = maximumCommunity
        self.seed = seed
    }
}

/// A generated benchmark graph: undirected links between node indices and the planted community
/// of each node.
public struct LFRGraph: Sendable {
    public let nodeCount: Int
    /// Each link as smaller index << 32 | larger index, sorted: 8 bytes a link.
    let pairs: [UInt64]
    /// Links as (smaller index, larger index), sorted, without repeats or self-loops.
    public var links: LazyMapSequence<[UInt64], (source: Int32, target: Int32)> {
        pairs.lazy.map { (source: Int32(truncatingIfNeeded: $0 >> 32), target: Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF)) }
    }
    /// Number of links.
    public var linkCount: Int { pairs.count }
    public let community: [Int32]
    /// Number of planted communities (ids `0..<communityCount`).
    public let communityCount: Int
}

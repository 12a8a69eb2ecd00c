/// A graph seen through its clusters: each cluster's size and most prominent members, and the
/// links summed between clusters — everything an aggregated overview draws, in space
/// proportional to the clusters, not the graph.
///
/// Two sources fill it through one ``Accumulator``: a loaded ``LinkageGraph`` with its clusters,
/// and a store streaming the links of a graph it never loads (10⁸ links become a few thousand
/// numbers), so an overview drawn either way is the same.
///
/// ```swift
/// var accumulator = CommunityOverview.Accumulator(isDirected: false, clusterOf: [0, 0, 1], clusterCount: 2)
/// accumulator.addLink(source: 0, target: 1, weight: 2)
/// accumulator.addLink(source: 1, target: 2, weight: 1)
/// let overview = try accumulator.overview(keys: ["a", "b", "c"])
/// overview.clusters[0].prominent.map(\.key)   // ["b", "a"]: b carries 3, a 2
/// overview.links                              // [0 – 1: 1]
/// ```
public struct CommunityOverview: Sendable, Equatable {
    /// How many of each cluster's most prominent members are kept (enough to title it and list
    /// the next three).
    public static let prominentCount = 4

    /// A node named in the overview.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var label: String?

        public init(key: String, label: String?) {
            self.key = key
            self.label = label
        }
    }

    /// One cluster, or the nodes no cluster claims.
    public struct Cluster: Sendable, Equatable {
        public var memberCount: Int
        /// The members' sum of the size attribute; nil when none has it.
        public var sizeTotal: Double?
        /// Up to ``CommunityOverview/prominentCount`` members, most prominent first: by the size
        /// attribute where a member has it, else by its total link weight in and out; ties by key
        /// (``Partition/keyPrecedes(_:_:)``).
        public var prominent: [Member]
    }

    /// The summed weight of the links between two clusters (or a cluster and the unclaimed nodes).
    public struct Link: Sendable, Equatable {
        /// Cluster positions; ``CommunityOverview/clusters``'s count stands for the unclaimed nodes.
        /// An undirected graph's links have `from < to`.
        public var from: Int
        public var to: Int
        public var weight: Double

        public init(from: Int, to: Int, weight: Double) {
            self.from = from
            self.to = to
            self.weight = weight
        }
    }

    public var isDirected: Bool
    /// Nodes of the whole graph.
    public var nodeCount: Int
    /// In cluster order.
    public var clusters: [Cluster]
    /// The nodes no cluster claims (none for a partition).
    public var unclaimed: Cluster
    /// Sorted by `from`, then `to`.
    public var links: [Link]
    /// Whether any node of the graph has the size attribute.
    public var hasSizeAttribute: Bool
}

extension CommunityOverview {
    /// Folds a graph's links, one at a time, into an overview: the per-node link weight that ranks
    /// members and the weight summed between each pair of clusters.
    ///
    /// Links may come in any order and in parts (one accumulator per part, then ``merge(_:)``);
    /// each stored link is added once — an undirected link once, not from both ends, and
    /// parallel links between the same two nodes already summed, as a loaded graph holds them.
    ///
    /// - Complexity: O(1) per link (a hash update for links between clusters); memory 8 bytes a
    ///   node beside the cluster of each node, plus the pairs of linked clusters.
    public struct Accumulator: Sendable {
        public let isDirected: Bool
        /// Cluster of each node: `0..<clusterCount`, or `clusterCount` for a node no cluster claims.
        let clusterOf: [Int32]
        let clusterCount: Int
        /// Total absolute link weight of each node, in and out (an undirected self-loop once).
        private var strength: [Double]
        /// Weight between clusters, keyed by `from << 32 | to`.
        private var between: [UInt64: Double] = [:]

        /// - Parameters:
        ///   - clusterOf: each node's cluster in `0..<clusterCount`; any other value (such as -1)
        ///     for a node in no cluster.
        public init(isDirected: Bool, clusterOf: [Int32], clusterCount: Int) {
            self.isDirected = isDirected
            self.clusterCount = clusterCount
            self.clusterOf = clusterOf.map { $0 >= 0 && Int($0) < clusterCount ? $0 : Int32(clusterCount) }
            self.strength = [Double](repeating: 0, count: clusterOf.count)
        }

        public var nodeCount: Int { clusterOf.count }

        /// Adds one link between node indices `source` and `target`.
        @inline(__always)
        public mutating func addLink(source: Int, target: Int, weight: Double) {
            strength[source] += abs(weight)
            if isDirected || target != source { strength[target] += abs(weight) }
            let from = clusterOf[source], to = clusterOf[target]
            guard from != to else { return }
            let (low, high) = isDirected || from < to ? (from, to) : (to, from)
            between[UInt64(UInt32(low)) << 32 | UInt64(UInt32(high)), default: 0] += weight
        }

        /// Adds what `other` (another part of the same graph's links) accumulated.
        public mutating func merge(_ other: Accumulator) {
            precondition(other.clusterOf.count == clusterOf.count && other.isDirected == isDirected, "parts of another graph")
            for node in strength.indices { strength[node] += other.strength[node] }
            between.merge(other.between, uniquingKeysWith: +)
        }

        /// The overview, once every link is in.
        ///
        /// - Parameters:
        ///   - size: the size attribute of each node that has one, else nil; nil for none.
        ///   - members: the key and label of each node asked for (the candidates for a cluster's
        ///     most prominent members, a few per cluster), in the order asked.
        /// - Complexity: O(n + pairs log pairs) beside `members`.
        public func overview(size: ((Int) -> Double?)? = nil,
                             members: ([Int]) throws -> [Member]) rethrows -> CommunityOverview {
            let n = clusterOf.count
            // An undirected node's links count from both ends, as a loaded graph's rows in and out give them.
            let linkFactor: Double = isDirected ? 1 : 2
            var prominence = [Double](repeating: 0, count: n)
            var counts = [Int](repeating: 0, count: clusterCount + 1)
            var sizeTotals = [Double?](repeating: nil, count: clusterCount + 1)
            var hasSizeAttribute = false
            for node in 0..<n {
                let cluster = Int(clusterOf[node])
                counts[cluster] += 1
                if let value = size?(node) {
                    hasSizeAttribute = true
                    sizeTotals[cluster] = (sizeTotals[cluster] ?? 0) + value
                    prominence[node] = value
                } else {
                    prominence[node] = linkFactor * strength[node]
                }
            }
            let candidates = prominentCandidates(prominence)
            let named = try members(candidates.flatMap { $0 })
            var position = 0
            var clusters: [Cluster] = []
            clusters.reserveCapacity(clusterCount)
            for cluster in 0..<clusterCount {
                let listed = candidates[cluster].indices.map { named[position + $0] }
                position += listed.count
                let ranked = zip(candidates[cluster], listed).sorted { a, b in
                    prominence[a.0] != prominence[b.0] ? prominence[a.0] > prominence[b.0] : Partition.keyPrecedes(a.1.key, b.1.key)
                }
                clusters.append(Cluster(memberCount: counts[cluster], sizeTotal: sizeTotals[cluster],
                                        prominent: ranked.prefix(CommunityOverview.prominentCount).map(\.1)))
            }
            let links = between.map { key, weight in Link(from: Int(key >> 32), to: Int(key & 0xFFFF_FFFF), weight: weight) }
                .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
            return CommunityOverview(isDirected: isDirected, nodeCount: n, clusters: clusters,
                                     unclaimed: Cluster(memberCount: counts[clusterCount], sizeTotal: sizeTotals[clusterCount], prominent: []),
                                     links: links, hasSizeAttribute: hasSizeAttribute)
        }

        /// The members of each cluster that may be among its ``CommunityOverview/prominentCount``
        /// most prominent: those at least as prominent as its that-many-th largest value. Ties
        /// are broken by key, which only the caller can look up, so every tied member at the
        /// boundary is a candidate — usually a handful a cluster.
        private func prominentCandidates(_ prominence: [Double]) -> [[Int]] {
            let k = CommunityOverview.prominentCount
            // The k largest values of each cluster, largest first.
            var largest = [Double](repeating: -.infinity, count: clusterCount * k)
            for node in prominence.indices where Int(clusterOf[node]) < clusterCount {
                let base = Int(clusterOf[node]) * k
                var value = prominence[node]
                guard value > largest[base + k - 1] else { continue }
                for slot in base..<base + k where value > largest[slot] { swap(&value, &largest[slot]) }
            }
            var candidates = [[Int]](repeating: [], count: clusterCount)
            for node in prominence.indices where Int(clusterOf[node]) < clusterCount {
                let cluster = Int(clusterOf[node])
                if prominence[node] >= largest[cluster * k + k - 1] { candidates[cluster].append(node) }
            }
            return candidates
        }
    }
}

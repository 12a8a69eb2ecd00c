import ClusterGraph

/// Settings for ``ConsensusClustering/run(_:options:)``: which detections to run and how their
/// agreement is turned into one partition.
///
/// Every graph is partitioned `runsPerResolution` times at each of `resolutions`, each run with
/// its own seed drawn from `seed`; the co-assignment frequencies of those runs are then clustered
/// until the runs agree (Lancichinetti & Fortunato 2012).
///
/// ```swift
/// let options = ConsensusOptions(method: .leiden, resolutions: [0.8, 1, 1.25], runsPerResolution: 20, seed: 7)
/// ```
public struct ConsensusOptions: Sendable, Equatable {
    public var method: CommunityMethod
    /// The resolutions γ of the detection runs on the input graphs (each at least 0).
    public var resolutions: [Double]
    /// Runs per graph and resolution, each with its own seed.
    public var runsPerResolution: Int
    /// Co-assignment frequencies below τ are dropped from the consensus graph (L&F's threshold),
    /// so pairs that are grouped together only now and then do not hold clusters together.
    public var threshold: Double
    /// At most this many rounds of clustering the consensus graph; a round in which every run
    /// gives the same partition ends it early.
    public var maximumRounds: Int
    /// Draws every run's seed, so the same options give the same result.
    public var seed: UInt64
    /// Runs computed at the same time (1: one after the other). The result does not depend on it.
    public var threads: Int

    public init(method: CommunityMethod = .leiden, resolutions: [Double] = [0.75, 1, 1.25], runsPerResolution: Int = 20,
                threshold: Double = 0.5, maximumRounds: Int = 10, seed: UInt64 = 0, threads: Int = 1) {
        self.method = method
        self.resolutions = resolutions
        self.runsPerResolution = runsPerResolution
        self.threshold = threshold
        self.maximumRounds = maximumRounds
        self.seed = seed
        self.threads = threads
    }

    /// Detection runs over `graphCount` graphs in the first round.
    public func runCount(graphCount: Int) -> Int { graphCount * resolutions.count * runsPerResolution }
}

/// One partition agreed by many detection runs, with how firmly each node belongs to it.
public struct ConsensusResult: Sendable, Equatable {
    /// The consensus partition, numbered canonically by the nodes' keys.
    public let partition: Partition
    /// Per node: the share of the first round's runs that put it with its consensus cluster-mates
    /// (mean over the other members); for a node alone in its cluster, the share of runs that left
    /// it alone. 1 = every run agrees.
    public let stability: [Double]
    /// The detection runs on the input graphs (the first round).
    public let runCount: Int
    /// Rounds of clustering the consensus graph.
    public let rounds: Int
    /// True when the last round's runs all gave the same partition; false when `maximumRounds`
    /// ended the iteration first (the partition is then the last round's first run).
    public let converged: Bool

    /// The mean stability of each cluster's members, in community-id order.
    public var clusterStability: [Double] {
        var sums = [Double](repeating: 0, count: partition.communityCount)
        var counts = [Int](repeating: 0, count: partition.communityCount)
        for (node, community) in partition.assignment.enumerated() {
            sums[community] += stability[node]
            counts[community] += 1
        }
        return zip(sums, counts).map { $0 / Double(max($1, 1)) }
    }
}

import ClusterGraph
import Dispatch

/// Consensus clustering: one partition that many community detections agree on, and how firmly
/// each node belongs to it.
///
/// Lancichinetti & Fortunato (2012), "Consensus clustering in complex networks", Scientific
/// Reports 2:336: partition every input graph many times (here over seeds and resolutions), count
/// for each pair of nodes the share D_ij of runs that put them together, drop shares below a
/// threshold τ, partition the graph weighted by D again many times, and repeat until those runs
/// all agree. As in Tandon, Albeshri, Thayananthan, Alhalabi & Fortunato (2019), "Fast consensus
/// clustering in complex networks", D is counted only for pairs linked in some input graph, so the
/// work stays proportional to the links instead of n².
///
/// Several graphs of the same nodes — the same economy over years, or several economies with the
/// same sector classification — are pooled: their runs count together, so the result is one
/// definition that fits them all.
///
/// ```swift
/// let result = try ConsensusClustering.run([fin2005, fin2011], options: ConsensusOptions(seed: 7))
/// result.partition.members(keys: fin2011.keys)   // the agreed clusters
/// result.stability                               // per node, 0…1
/// ```
///
/// The result depends only on the graphs and the options (`threads` included or not): every run's
/// seed is drawn in a fixed order from `options.seed`.
///
/// - Complexity: O(T · (c + m)) for T = graphs × resolutions × runs detections of cost c each and
///   m distinct linked pairs, plus O(rounds · runs · (c + m)) for the consensus rounds.
public enum ConsensusClustering {
    /// - Parameter graphs: one or more graphs with the same node keys (direction is ignored, as in
    ///   modularity of the symmetrised graph).
    /// - Throws: ``AlgorithmError`` for graphs with different keys, negative or non-finite weights,
    ///   or options out of range.
    public static func run(_ graphs: [LinkageGraph], options: ConsensusOptions) throws -> ConsensusResult {
        try validate(graphs, options)
        let base = graphs[0]
        let pairs = linkedPairs(graphs)
        var seeds = SplitMix64(seed: options.seed)
        let firstRound = options.resolutions.flatMap { resolution in
            graphs.indices.flatMap { graph in
                (0..<options.runsPerResolution).map { _ in Run(graph: graph, resolution: resolution, seed: seeds.next()) }
            }
        }
        let firstPartitions = try detect(firstRound, on: graphs, method: options.method, threads: options.threads)
        var frequencies = coassignment(firstPartitions, pairs: pairs)

        var final = firstPartitions[0]
        var rounds = 0
        var converged = false
        while rounds < options.maximumRounds && !converged {
            rounds += 1
            let consensus = consensusGraph(keys: base.keys, pairs: pairs, frequencies: frequencies, threshold: options.threshold)
            let round = (0..<options.runsPerResolution).map { _ in Run(graph: 0, resolution: 1, seed: seeds.next()) }
            let partitions = try detect(round, on: [consensus], method: options.method, threads: options.threads)
            final = partitions[0]
            converged = partitions.allSatisfy { $0 == final }
            if !converged { frequencies = coassignment(partitions, pairs: pairs) }
        }
        return ConsensusResult(partition: final, stability: stability(of: final, in: firstPartitions),
                               runCount: firstRound.count, rounds: rounds, converged: converged)
    }

    private struct Run {
        let graph: Int
        let resolution: Double
        let seed: UInt64
    }

    private static func validate(_ graphs: [LinkageGraph], _ options: ConsensusOptions) throws {
        guard let base = graphs.first else {
            throw AlgorithmError.invalidOption(name: "graphs", value: "none", requirement: "consensus needs at least one graph")
        }
        if options.resolutions.isEmpty || options.resolutions.contains(where: { !$0.isFinite || $0 < 0 }) {
            throw AlgorithmError.invalidOption(name: "resolutions", value: options.resolutions.map { "\($0)" }.joined(separator: ","),
                                               requirement: "give one or more finite resolutions of at least 0")
        }
        if options.runsPerResolution < 1 {
            throw AlgorithmError.invalidOption(name: "runs", value: "\(options.runsPerResolution)", requirement: "it must be at least 1")
        }
        if !(0...1).contains(options.threshold) {
            throw AlgorithmError.invalidOption(name: "threshold", value: "\(options.threshold)",
                                               requirement: "it is a co-assignment frequency, between 0 and 1")
        }
        if options.maximumRounds < 1 {
            throw AlgorithmError.invalidOption(name: "rounds", value: "\(options.maximumRounds)", requirement: "it must be at least 1")
        }
        if options.threads < 1 {
            throw AlgorithmError.invalidOption(name: "threads", value: "\(options.threads)", requirement: "it must be at least 1")
        }
        for (position, graph) in graphs.enumerated() {
            try graph.requireNonNegativeWeights(algorithm: "Consensus clustering")
            guard position > 0 else { continue }
            if let key = graph.keys.first(where: { base.index(of: $0) == nil }) ?? base.keys.first(where: { graph.index(of: $0) == nil }) {
                throw AlgorithmError.invalidOption(
                    name: "graphs", value: "\(graphs.count) graphs",
                    requirement: "pooled graphs must have the same node keys, and '\(key)' is in one of graph 1 and graph \(position + 1) only")
            }
        }
    }

    /// Every unordered pair of distinct nodes linked (either way) in some graph, as base-graph
    /// indices `low << 32 | high`, sorted.
    private static func linkedPairs(_ graphs: [LinkageGraph]) -> [UInt64] {
        let base = graphs[0]
        var pairs: [UInt64] = []
        pairs.reserveCapacity(base.outTargets.count)
        for graph in graphs {
            let toBase = graph.keys.map { base.index(of: $0) ?? 0 }
            for u in 0..<graph.nodeCount {
                for v in graph.successors(of: u) {
                    let (a, b) = (toBase[u], toBase[Int(v)])
                    if a != b { pairs.append(UInt64(min(a, b)) << 32 | UInt64(max(a, b))) }
                }
            }
        }
        pairs.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(pairs.count)
        for pair in pairs where unique.last != pair { unique.append(pair) }
        return unique
    }

    /// Runs the detections, `threads` at a time; partitions are in base-graph node order.
    private static func detect(_ runs: [Run], on graphs: [LinkageGraph], method: CommunityMethod, threads: Int) throws -> [Partition] {
        let base = graphs[0]
        let toBase = graphs.map { graph in graph.keys.map { base.index(of: $0) ?? 0 } }
        let results = ResultSlots<Result<Partition, any Error>>(count: runs.count)
        let work: @Sendable (Int) -> Void = { index in
            let run = runs[index]
            results[index] = Result {
                let found = try graphs[run.graph].communities(CommunityOptions(method: method, resolution: run.resolution, seed: run.seed))
                guard run.graph > 0 else { return found.partition }
                var assignment = [Int](repeating: 0, count: base.nodeCount)
                for (node, community) in found.partition.assignment.enumerated() { assignment[toBase[run.graph][node]] = community }
                return Partition(assignment: assignment, keys: base.keys)
            }
        }
        if threads <= 1 {
            for index in runs.indices { work(index) }
        } else {
            // Runs are dealt to the threads in turn; each writes only its own slots.
            DispatchQueue.concurrentPerform(iterations: min(threads, runs.count)) { lane in
                for index in stride(from: lane, to: runs.count, by: threads) { work(index) }
            }
        }
        return try results.values().map { try $0.get() }
    }

    /// The share of `partitions` that put the two nodes of each pair together.
    private static func coassignment(_ partitions: [Partition], pairs: [UInt64]) -> [Double] {
        var counts = [Int](repeating: 0, count: pairs.count)
        for partition in partitions {
            let assignment = partition.assignment
            for (position, pair) in pairs.enumerated() where assignment[Int(pair >> 32)] == assignment[Int(pair & 0xFFFF_FFFF)] {
                counts[position] += 1
            }
        }
        let total = Double(partitions.count)
        return counts.map { Double($0) / total }
    }

    /// The undirected graph of the nodes of `keys` linked by their co-assignment frequencies of at
    /// least `threshold`.
    private static func consensusGraph(keys: [String], pairs: [UInt64], frequencies: [Double], threshold: Double) -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: false)
        for key in keys { builder.addNode(key: key) }
        for (pair, frequency) in zip(pairs, frequencies) where frequency > 0 && frequency >= threshold {
            builder.addLink(from: Int(pair >> 32), to: Int(pair & 0xFFFF_FFFF), weight: frequency)
        }
        return builder.build()
    }

    /// Per node, the share of `runs` agreeing with its cluster in `partition` (see
    /// ``ConsensusResult/stability``).
    ///
    /// - Complexity: O(runs · n).
    static func stability(of partition: Partition, in runs: [Partition]) -> [Double] {
        let clusters = partition.memberIndices()
        var agreement = [Double](repeating: 0, count: partition.assignment.count)
        for run in runs {
            var size = [Int](repeating: 0, count: run.communityCount)
            for community in run.assignment { size[community] += 1 }
            // How many members of the consensus cluster share each run community, reset after each cluster.
            var shared = [Int](repeating: 0, count: run.communityCount)
            for members in clusters {
                if members.count == 1 {
                    let node = members[0]
                    if size[run.assignment[node]] == 1 { agreement[node] += 1 }
                    continue
                }
                for node in members { shared[run.assignment[node]] += 1 }
                let others = Double(members.count - 1)
                for node in members { agreement[node] += Double(shared[run.assignment[node]] - 1) / others }
                for node in members { shared[run.assignment[node]] = 0 }
            }
        }
        let total = Double(max(runs.count, 1))
        return agreement.map { $0 / total }
    }
}

/// A fixed number of slots that concurrent workers fill, each slot by exactly one worker, read
/// after all of them are done.
private final class ResultSlots<Value>: @unchecked Sendable {
    // @unchecked: each slot is written by one worker only and read after concurrentPerform returns.
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// Every slot's value, in order; each must have been filled.
    func values() -> [Value] { (0..<count).compactMap { storage[$0] } }
}

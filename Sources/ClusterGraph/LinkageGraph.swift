/// An immutable linkage graph in compressed sparse rows: the in-memory form every algorithm reads.
///
/// Nodes are numbered `0..<nodeCount`; `keys[i]` is node i's key. The links leaving node `u` are
/// `outTargets[outOffsets[u]..<outOffsets[u + 1]]` with the matching `outWeights`, sorted by target.
/// The links entering `u` are stored the same way in `inOffsets`/`inSources`/`inWeights`.
/// An undirected graph stores every link in both directions (a self-loop once), so its in- and
/// out-adjacency are the same arrays.
///
/// Parallel links between the same pair are merged by summing weights when the graph is built.
///
/// ```swift
/// var builder = LinkageGraphBuilder(directed: true)
/// builder.addLink(from: "02_03", to: "16", weight: 1_250)
/// builder.addLink(from: "16", to: "17_18", weight: 830)
/// let graph = builder.build()
/// graph.successors(of: graph.index(of: "16")!)   // [index of "17_18"]
/// ```
public struct LinkageGraph: Sendable {
    public let isDirected: Bool
    public let keys: [String]
    public let labels: [String?]
    public let kinds: [String]
    public let attributes: NodeAttributeTable

    public let outOffsets: [Int]
    public let outTargets: [Int32]
    public let outWeights: [Double]
    public let inOffsets: [Int]
    public let inSources: [Int32]
    public let inWeights: [Double]

    private let indexByKey: [String: Int]

    /// Number of nodes.
    public var nodeCount: Int { keys.count }

    /// Number of links; an undirected link counts once.
    public let linkCount: Int

    /// The index of the node with `key`, or nil.
    ///
    /// - Complexity: O(1) on average.
    public func index(of key: String) -> Int? { indexByKey[key] }

    /// Indices of the nodes `u` links to (for an undirected graph, its neighbours).
    public func successors(of u: Int) -> ArraySlice<Int32> { outTargets[outOffsets[u]..<outOffsets[u + 1]] }

    /// Weights of the links leaving `u`, aligned with `successors(of:)`.
    public func successorWeights(of u: Int) -> ArraySlice<Double> { outWeights[outOffsets[u]..<outOffsets[u + 1]] }

    /// Indices of the nodes that link to `u`.
    public func predecessors(of u: Int) -> ArraySlice<Int32> { inSources[inOffsets[u]..<inOffsets[u + 1]] }

    /// Weights of the links entering `u`, aligned with `predecessors(of:)`.
    public func predecessorWeights(of u: Int) -> ArraySlice<Double> { inWeights[inOffsets[u]..<inOffsets[u + 1]] }

    /// Number of links leaving `u` (a self-loop counts once).
    public func outDegree(of u: Int) -> Int { outOffsets[u + 1] - outOffsets[u] }

    /// Number of links entering `u`.
    public func inDegree(of u: Int) -> Int { inOffsets[u + 1] - inOffsets[u] }

    /// The weight of the link from `u` to `v`, or nil when there is none.
    ///
    /// - Complexity: O(log d) where d is the out-degree of `u`.
    public func weight(from u: Int, to v: Int) -> Double? {
        var low = outOffsets[u], high = outOffsets[u + 1]
        let target = Int32(v)
        while low < high {
            let middle = (low + high) / 2
            if outTargets[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low < outOffsets[u + 1] && outTargets[low] == target ? outWeights[low] : nil
    }

    /// Creates a graph from CSR arrays that already satisfy the invariants (rows sorted by target,
    /// no duplicates). Use ``LinkageGraphBuilder`` unless you are a loader that guarantees them.
    public init(
        isDirected: Bool, keys: [String], labels: [String?], kinds: [String], attributes: NodeAttributeTable,
        outOffsets: [Int], outTargets: [Int32], outWeights: [Double],
        inOffsets: [Int], inSources: [Int32], inWeights: [Double], linkCount: Int
    ) {
        self.isDirected = isDirected
        self.keys = keys
        self.labels = labels
        self.kinds = kinds
        self.attributes = attributes
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.outWeights = outWeights
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inWeights = inWeights
        self.linkCount = linkCount
        var indexByKey: [String: Int] = [:]
        indexByKey.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() { indexByKey[key] = index }
        self.indexByKey = indexByKey
        #if DEBUG
        checkInvariants()
        #endif
    }

    #if DEBUG
    private func checkInvariants() {
        let n = keys.count
        precondition(labels.count == n && kinds.count == n && indexByKey.count == n, "node arrays disagree or keys repeat")
        for (offsets, neighbours, weights) in [(outOffsets, outTargets, outWeights), (inOffsets, inSources, inWeights)] {
            precondition(offsets.count == n + 1 && offsets.first == 0 && offsets.last == neighbours.count)
            precondition(weights.count == neighbours.count)
            for u in 0..<n {
                precondition(offsets[u] <= offsets[u + 1])
                var previous: Int32 = -1
                for position in offsets[u]..<offsets[u + 1] {
                    precondition(neighbours[position] > previous && Int(neighbours[position]) < n, "row \(u) not sorted or out of range")
                    previous = neighbours[position]
                }
            }
        }
    }
    #endif
}

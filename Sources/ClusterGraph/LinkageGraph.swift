import Foundation

/// An immutable linkage graph in compressed sparse rows: the in-memory form every algorithm reads.
///
/// Nodes are numbered `0..<nodeCount`; `keys[i]` is node i's key. The links leaving node `u` are
/// `outTargets[outOffsets[u]..<outOffsets[u + 1]]` with the matching `outWeights`, sorted by target.
/// The links entering `u` are stored the same way in `inOffsets`/`inSources`/`inWeights`.
/// An undirected graph stores every link in both directions (a self-loop once), so its in- and
/// out-adjacency are the same arrays.
///
/// Memory is kept to what the data needs, so that a national firm network of 10⁸ links fits on
/// one machine: node indices are 32-bit, weights are held as ``LinkWeights`` (nothing when every
/// weight is 1, 32-bit floats when those are exact), and a directed graph's incoming rows are
/// built only when something first asks for them (PageRank, cores, predecessors), then kept.
/// An unweighted undirected graph takes 8 bytes per link.
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
    public let outWeights: LinkWeights

    /// A directed graph's incoming rows, transposed from the outgoing ones on first use.
    private let incoming: IncomingRows?
    private let keyIndex: KeyIndex

    /// Number of nodes.
    public var nodeCount: Int { keys.count }

    /// Number of links; an undirected link counts once.
    public let linkCount: Int

    /// Offsets of the incoming rows (the outgoing ones for an undirected graph).
    public var inOffsets: [Int] { incoming?.rows(self).offsets ?? outOffsets }
    /// Sources of the incoming rows, each row sorted.
    public var inSources: [Int32] { incoming?.rows(self).neighbours ?? outTargets }
    /// Weights of the incoming rows, aligned with `inSources`.
    public var inWeights: LinkWeights { incoming?.rows(self).weights ?? outWeights }

    /// Whether a directed graph's incoming rows have been built (always true for an undirected one).
    public var hasIncomingRows: Bool { incoming?.isBuilt ?? true }

    /// The index of the node with `key`, or nil.
    ///
    /// - Complexity: O(1) on average.
    public func index(of key: String) -> Int? { keyIndex.find(key, in: keys) }

    /// Indices of the nodes `u` links to (for an undirected graph, its neighbours).
    public func successors(of u: Int) -> ArraySlice<Int32> { outTargets[outOffsets[u]..<outOffsets[u + 1]] }

    /// Weights of the links leaving `u`, aligned with `successors(of:)`.
    public func successorWeights(of u: Int) -> Slice<LinkWeights> { outWeights[outOffsets[u]..<outOffsets[u + 1]] }

    /// Indices of the nodes that link to `u`.
    public func predecessors(of u: Int) -> ArraySlice<Int32> {
        guard let incoming else { return successors(of: u) }
        let rows = incoming.rows(self)
        return rows.neighbours[rows.offsets[u]..<rows.offsets[u + 1]]
    }

    /// Weights of the links entering `u`, aligned with `predecessors(of:)`.
    public func predecessorWeights(of u: Int) -> Slice<LinkWeights> {
        guard let incoming else { return successorWeights(of: u) }
        let rows = incoming.rows(self)
        return rows.weights[rows.offsets[u]..<rows.offsets[u + 1]]
    }

    /// Number of links leaving `u` (a self-loop counts once).
    public func outDegree(of u: Int) -> Int { outOffsets[u + 1] - outOffsets[u] }

    /// Number of links entering `u`.
    public func inDegree(of u: Int) -> Int {
        guard let incoming else { return outDegree(of: u) }
        let offsets = incoming.rows(self).offsets
        return offsets[u + 1] - offsets[u]
    }

    /// Whether some node links to itself.
    ///
    /// - Complexity: O(n log d): each sorted row is searched for its own node.
    public var hasSelfLoops: Bool {
        (0..<nodeCount).contains { weight(from: $0, to: $0) != nil }
    }

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

    /// Creates a graph from outgoing CSR rows that already satisfy the invariants (rows sorted
    /// by target, no duplicates; an undirected graph lists every link in the rows of both ends, a
    /// self-loop once). Use ``LinkageGraphBuilder`` unless you are a loader that guarantees them.
    public init(
        isDirected: Bool, keys: [String], labels: [String?], kinds: [String], attributes: NodeAttributeTable,
        outOffsets: [Int], outTargets: [Int32], outWeights: LinkWeights, linkCount: Int
    ) {
        self.isDirected = isDirected
        self.keys = keys
        self.labels = labels
        self.kinds = kinds
        self.attributes = attributes
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.outWeights = outWeights
        self.linkCount = linkCount
        self.incoming = isDirected ? IncomingRows() : nil
        self.keyIndex = KeyIndex(keys: keys)
        #if DEBUG
        checkInvariants()
        #endif
    }

    /// The incoming rows of a directed graph: the outgoing ones transposed.
    ///
    /// - Complexity: O(n + m) time; 4 bytes per link plus the weights' width.
    fileprivate func transposedRows() -> AdjacencyRows {
        let n = nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        for target in outTargets { offsets[Int(target) + 1] += 1 }
        for u in 0..<n { offsets[u + 1] += offsets[u] }
        var cursor = offsets
        // Sources are visited in increasing order, so every incoming row comes out sorted.
        var sources = [Int32](repeating: 0, count: outTargets.count)
        for u in 0..<n {
            for position in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outTargets[position])
                sources[cursor[v]] = Int32(u)
                cursor[v] += 1
            }
        }
        // The weights follow in a second pass in the same order, in their own width.
        cursor = offsets
        let weights = outWeights.scattered { place in
            for u in 0..<n {
                for position in outOffsets[u]..<outOffsets[u + 1] {
                    let v = Int(outTargets[position])
                    place(position, cursor[v])
                    cursor[v] += 1
                }
            }
        }
        return AdjacencyRows(offsets: offsets, neighbours: sources, weights: weights)
    }

    #if DEBUG
    private func checkInvariants() {
        let n = keys.count
        precondition(labels.count == n && kinds.count == n, "node arrays disagree")
        precondition(KeyIndex.keysAreDistinct(keys, keyIndex), "keys repeat")
        precondition(outOffsets.count == n + 1 && outOffsets.first == 0 && outOffsets.last == outTargets.count)
        precondition(outWeights.count == outTargets.count)
        for u in 0..<n {
            precondition(outOffsets[u] <= outOffsets[u + 1])
            var previous: Int32 = -1
            for position in outOffsets[u]..<outOffsets[u + 1] {
                precondition(outTargets[position] > previous && Int(outTargets[position]) < n, "row \(u) not sorted or out of range")
                previous = outTargets[position]
            }
        }
    }
    #endif
}

/// One direction of a graph's adjacency in compressed sparse rows.
struct AdjacencyRows: Sendable {
    let offsets: [Int]
    let neighbours: [Int32]
    let weights: LinkWeights
}

/// A directed graph's incoming rows, built once by the first caller that needs them.
///
/// A reference shared by every copy of the graph, so the rows are built once however the graph
/// is passed around; the lock makes that safe when several threads ask at the same time.
private final class IncomingRows: @unchecked Sendable {
    private let lock = NSLock()
    private var built: AdjacencyRows?

    var isBuilt: Bool { lock.withLock { built != nil } }

    func rows(_ graph: LinkageGraph) -> AdjacencyRows {
        lock.withLock {
            if let built { return built }
            let rows = graph.transposedRows()
            built = rows
            return rows
        }
    }
}

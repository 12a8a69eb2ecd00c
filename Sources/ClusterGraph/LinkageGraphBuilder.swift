/// Collects nodes and links, then builds a ``LinkageGraph`` in compressed sparse rows.
///
/// Nodes named only by a link are created with the default kind. Parallel links between the
/// same ordered pair (the same unordered pair in an undirected graph) are merged by summing
/// their weights.
///
/// - Complexity: `build()` is O(n + m log d) for n nodes, m links and maximum degree d.
public struct LinkageGraphBuilder: Sendable {
    public let isDirected: Bool
    private(set) var keys: [String] = []
    private var labels: [String?] = []
    private var kinds: [String] = []
    private var indexByKey: [String: Int] = [:]
    private var attributeValues: [(index: Int, name: String, value: AttributeValue)] = []
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []

    public init(directed: Bool) {
        self.isDirected = directed
    }

    /// Number of nodes added so far.
    public var nodeCount: Int { keys.count }

    /// Adds a node, or updates its label, kind and attributes if the key is known; returns its index.
    @discardableResult
    public mutating func addNode(_ node: NodeRecord) -> Int {
        let index = addNode(key: node.key, label: node.label, kind: node.kind)
        for (name, value) in node.attributes { attributeValues.append((index, name, value)) }
        return index
    }

    /// Adds a node by key (or finds it) and returns its index.
    @discardableResult
    public mutating func addNode(key: String, label: String? = nil, kind: String? = nil) -> Int {
        if let index = indexByKey[key] {
            if let label { labels[index] = label }
            if let kind { kinds[index] = kind }
            return index
        }
        let index = keys.count
        keys.append(key)
        labels.append(label)
        kinds.append(kind ?? NodeRecord.defaultKind)
        indexByKey[key] = index
        return index
    }

    /// Sets one attribute of an existing node.
    public mutating func setAttribute(_ name: String, of index: Int, to value: AttributeValue) {
        attributeValues.append((index, name, value))
    }

    /// Adds a link between node indices returned by `addNode`.
    public mutating func addLink(from source: Int, to target: Int, weight: Double = 1) {
        precondition(source < keys.count && target < keys.count, "link names a node that was not added")
        sources.append(Int32(source))
        targets.append(Int32(target))
        weights.append(weight)
    }

    /// Adds a link by keys, creating the nodes it names.
    public mutating func addLink(from source: String, to target: String, weight: Double = 1) {
        let s = addNode(key: source)
        let t = addNode(key: target)
        addLink(from: s, to: t, weight: weight)
    }

    /// Reserves room for `links` links.
    public mutating func reserveLinks(_ links: Int) {
        sources.reserveCapacity(links)
        targets.reserveCapacity(links)
        weights.reserveCapacity(links)
    }

    /// Builds the immutable graph.
    public func build() -> LinkageGraph {
        let n = keys.count
        var attributes = NodeAttributeTable(nodeCount: n)
        for entry in attributeValues { attributes.set(entry.name, at: entry.index, to: entry.value) }

        var rowSources = sources, rowTargets = targets, rowWeights = weights
        if !isDirected {
            // Every undirected link is stored in both directions; a self-loop once.
            for position in sources.indices where sources[position] != targets[position] {
                rowSources.append(targets[position])
                rowTargets.append(sources[position])
                rowWeights.append(weights[position])
            }
        }
        let out = Self.compressedRows(nodeCount: n, rows: rowSources, columns: rowTargets, weights: rowWeights)
        var linkCount = out.neighbours.count
        if !isDirected {
            var selfLoops = 0
            for u in 0..<n {
                for position in out.offsets[u]..<out.offsets[u + 1] where Int(out.neighbours[position]) == u { selfLoops += 1 }
            }
            linkCount = (out.neighbours.count - selfLoops) / 2 + selfLoops
        }
        return LinkageGraph(
            isDirected: isDirected, keys: keys, labels: labels, kinds: kinds, attributes: attributes,
            outOffsets: out.offsets, outTargets: out.neighbours, outWeights: LinkWeights(out.weights), linkCount: linkCount)
    }

    /// Counting sort of (row, column, weight) triples into CSR, each row sorted by column with
    /// repeated columns merged by summing weights.
    static func compressedRows(nodeCount n: Int, rows: [Int32], columns: [Int32], weights: [Double])
        -> (offsets: [Int], neighbours: [Int32], weights: [Double])
    {
        var offsets = [Int](repeating: 0, count: n + 1)
        for row in rows { offsets[Int(row) + 1] += 1 }
        for u in 0..<n { offsets[u + 1] += offsets[u] }
        var cursor = offsets
        var neighbours = [Int32](repeating: 0, count: rows.count)
        var sortedWeights = [Double](repeating: 0, count: rows.count)
        for position in rows.indices {
            let row = Int(rows[position])
            neighbours[cursor[row]] = columns[position]
            sortedWeights[cursor[row]] = weights[position]
            cursor[row] += 1
        }
        // Sort each row by column and merge repeats, compacting in place.
        var mergedOffsets = [Int](repeating: 0, count: n + 1)
        var write = 0
        var rowBuffer: [(Int32, Double)] = []
        for u in 0..<n {
            let start = offsets[u], end = offsets[u + 1]
            rowBuffer.removeAll(keepingCapacity: true)
            for position in start..<end { rowBuffer.append((neighbours[position], sortedWeights[position])) }
            rowBuffer.sort { $0.0 < $1.0 }
            for (column, weight) in rowBuffer {
                if write > mergedOffsets[u], neighbours[write - 1] == column {
                    sortedWeights[write - 1] += weight
                } else {
                    neighbours[write] = column
                    sortedWeights[write] = weight
                    write += 1
                }
            }
            mergedOffsets[u + 1] = write
        }
        neighbours.removeLast(neighbours.count - write)
        sortedWeights.removeLast(sortedWeights.count - write)
        return (mergedOffsets, neighbours, sortedWeights)
    }
}

import ClusterGraph
import Foundation
import GRDB

extension LinkageStore {
    /// The snapshot used by every analysis: graph `name` in compressed sparse rows.
    ///
    /// Node index i is stored node id i. Node attributes (numeric and text) are loaded into
    /// `graph.attributes` unless `attributes` is false (analyses that never read them save the
    /// time and memory). `linkKinds` nil takes every kind; parallel links of different kinds
    /// between the same nodes are summed into one.
    ///
    /// ```swift
    /// let graph = try store.loadGraph(named: "fi2014", linkKinds: ["io"])
    /// ```
    ///
    /// - Complexity: O(n + m): links are read in primary-key order (source, target), which is
    ///   already the order of the outgoing rows, straight into their final arrays. Memory: the
    ///   graph itself (see ``ClusterGraph/LinkageGraph``) plus, for an undirected graph, 4 bytes
    ///   a link (and its weight) while the stored half is mirrored.
    ///
    /// With `threads` above 1, a large graph is read on that many connections at once, each
    /// taking every Nth block of source nodes (and one the nodes); the blocks' rows are laid end to end. Every
    /// connection checks that it sees the graph at the same revision (a write in between starts
    /// the load again on one connection), so the result is the same as one connection's.
    public func loadGraph(named name: String, linkKinds: Set<String>? = nil, attributes: Bool = true,
                          threads: Int = 1) throws -> LinkageGraph {
        if threads > 1, let graph = try loadConcurrently(name, linkKinds: linkKinds, attributes: attributes, threads: threads) {
            return graph
        }
        return try read { db in
            let graph = try Self.graphRow(name, db)
            let counts = try Row.fetchOne(db, sql: "SELECT node_count, link_count FROM graph WHERE id = ?", arguments: [graph.id])
            let storedNodes: Int = counts?[0] ?? 0, storedLinks: Int = counts?[1] ?? 0
            let nodes = try loadNodes(db, graphId: graph.id, graphName: name, capacity: storedNodes)
            let n = nodes.keys.count
            let table = attributes ? try Self.loadAttributes(db, graphId: graph.id, nodeCount: n) : NodeAttributeTable(nodeCount: n)
            // The stored count sizes the arrays exactly; a kind filter may keep far fewer links.
            let stored = try loadStoredRows(db, graphId: graph.id, nodeCount: n, kinds: linkKinds, upperHalf: !graph.isDirected,
                                            capacity: linkKinds == nil ? storedLinks : 0)
            let rows = graph.isDirected ? stored : Self.mirrored(stored, nodeCount: n)
            return LinkageGraph(
                isDirected: graph.isDirected, keys: nodes.keys, labels: nodes.labels, kinds: nodes.kinds, attributes: table,
                outOffsets: rows.offsets, outTargets: rows.targets, outWeights: rows.weights, linkCount: stored.targets.count)
        }
    }

    private func loadNodes(_ db: Database, graphId: Int64, graphName: String, capacity: Int) throws
        -> (keys: [String], labels: [String?], kinds: [String])
    {
        var keys: [String] = [], labels: [String?] = [], kinds: [String] = []
        keys.reserveCapacity(capacity)
        labels.reserveCapacity(capacity)
        kinds.reserveCapacity(capacity)
        let query = try RawStatement(db, sql: "SELECT id, key, label, kind FROM node WHERE graph_id = ? ORDER BY id")
        query.bind(1, graphId)
        while try query.step() {
            guard query.int64(0) == Int64(keys.count) else {
                throw StoreError.database(path: path, message: "graph '\(graphName)' has node ids that are not 0..<n; re-import it")
            }
            keys.append(query.text(1) ?? "")
            labels.append(query.text(2))
            kinds.append(query.text(3) ?? NodeRecord.defaultKind)
        }
        return (keys, labels, kinds)
    }

    private static func loadAttributes(_ db: Database, graphId: Int64, nodeCount: Int) throws -> NodeAttributeTable {
        var table = NodeAttributeTable(nodeCount: nodeCount)
        let query = try RawStatement(db, sql: "SELECT node_id, name, value FROM node_attribute WHERE graph_id = ?")
        query.bind(1, graphId)
        while try query.step() {
            let node = Int(query.int64(0))
            guard node < nodeCount, let name = query.text(1), let value = query.attributeValue(2) else { continue }
            table.set(name, at: node, to: value)
        }
        return table
    }

    /// Graphs with fewer links are read on one connection: more would not pay for starting them.
    static let concurrentLoadLinkCount = 1 << 20

    /// ``loadGraph(named:linkKinds:attributes:threads:)`` on `threads` connections at once, or nil
    /// when the graph is too small for that to pay or changed while it was read.
    func loadConcurrently(_ name: String, linkKinds: Set<String>?, attributes: Bool, threads: Int,
                          minimumLinks: Int = concurrentLoadLinkCount) throws -> LinkageGraph? {
        let graph = try read { db in try StoredGraphState(graph: name, db) }
        let nodeCount = graph.nodeCount, linkCount = graph.linkCount
        guard linkCount >= minimumLinks else { return nil }
        let parts = threads
        let blocks = Self.sourceBlocks(nodeCount: nodeCount, parts: parts)
        // Task 0 reads the nodes; task p (1…parts) the links from the sources of its blocks.
        let results = ConcurrentResults<LoadPart?>(count: parts + 1)
        DispatchQueue.concurrentPerform(iterations: parts + 1) { task in
            results.set(task, Result { () throws -> LoadPart? in
                try read { db -> LoadPart? in
                    guard try graph.isCurrent(db) else { return nil }
                    if task == 0 {
                        let nodes = try loadNodes(db, graphId: graph.id, graphName: name, capacity: nodeCount)
                        let table = attributes ? try Self.loadAttributes(db, graphId: graph.id, nodeCount: nodes.keys.count)
                            : NodeAttributeTable(nodeCount: nodes.keys.count)
                        return .nodes(nodes.keys, nodes.labels, nodes.kinds, table)
                    }
                    let average = linkKinds == nil ? linkCount / max(blocks.count * parts, 1) : 0
                    return .links(try blocks[task - 1].map { sources in
                        try loadStoredRows(db, graphId: graph.id, nodeCount: nodeCount, kinds: linkKinds, upperHalf: !graph.isDirected,
                                           sources: sources, capacity: average)
                    })
                }
            })
        }
        var keys: [String] = [], labels: [String?] = [], kinds: [String] = [], table = NodeAttributeTable(nodeCount: 0)
        var pieces: [[StoredRows]] = []
        for task in 0...parts {
            switch try results.get(task) {
            case .nodes(let k, let l, let c, let t)?: (keys, labels, kinds, table) = (k, l, c, t)
            case .links(let rows)?: pieces.append(rows)
            case nil: return nil
            }
        }
        guard keys.count == nodeCount else { return nil }
        // The blocks in node order: block b is the (b / parts)-th of part b % parts. Each piece's
        // offsets start at 0 and cover its block's sources.
        let ordered = (0..<blocks.reduce(0) { $0 + $1.count }).map { pieces[$0 % parts][$0 / parts] }
        let sources = (0..<ordered.count).map { blocks[$0 % parts][$0 / parts] }
        pieces = []
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var base = 0
        for (piece, range) in zip(ordered, sources) {
            for u in range { offsets[u + 1] = base + piece.offsets[u - range.lowerBound + 1] }
            base += piece.targets.count
        }
        var targets: [Int32] = []
        targets.reserveCapacity(base)
        for piece in ordered { targets.append(contentsOf: piece.targets) }
        let stored = StoredRows(offsets: offsets, targets: targets, weights: LinkWeights.concatenated(ordered.map(\.weights)))
        let rows = graph.isDirected ? stored : Self.mirrored(stored, nodeCount: nodeCount)
        return LinkageGraph(isDirected: graph.isDirected, keys: keys, labels: labels, kinds: kinds, attributes: table,
                            outOffsets: rows.offsets, outTargets: rows.targets, outWeights: rows.weights, linkCount: stored.targets.count)
    }

    /// What one connection of a concurrent load read.
    private enum LoadPart {
        case nodes([String], [String?], [String], NodeAttributeTable)
        case links([StoredRows])
    }

    /// The source nodes each of `parts` connections reads: every `parts`-th block of them. An
    /// undirected link is stored under its smaller end, so low node ids hold most links (three
    /// quarters of them in the lower half when links are spread evenly), and halves by node id
    /// would leave one connection with most of the work.
    static func sourceBlocks(nodeCount: Int, parts: Int) -> [[Range<Int>]] {
        let blockSize = max(1 << 12, nodeCount / (parts * 64))
        return (0..<parts).map { part in
            stride(from: part * blockSize, to: nodeCount, by: parts * blockSize).map { $0..<min($0 + blockSize, nodeCount) }
        }
    }

    /// Rows of a graph in compressed sparse form: row u is `targets[offsets[u]..<offsets[u + 1]]`.
    private struct StoredRows {
        var offsets: [Int]
        var targets: [Int32]
        var weights: LinkWeights
    }

    /// The stored links as rows by source, each sorted by target, parallel links of different
    /// kinds summed: for a directed graph its outgoing rows, for an undirected one the half with
    /// source ≤ target.
    ///
    /// - Parameter sources: the source nodes whose links to read (every node by default); the
    ///   offsets cover those nodes alone, starting at 0 for the first.
    private func loadStoredRows(_ db: Database, graphId: Int64, nodeCount n: Int, kinds: Set<String>?,
                                upperHalf: Bool, sources: Range<Int>? = nil, capacity: Int) throws -> StoredRows {
        let first = sources?.lowerBound ?? 0, count = sources?.count ?? n
        var offsets = [Int](repeating: 0, count: count + 1)
        var targets: [Int32] = []
        targets.reserveCapacity(capacity)
        var weights = LinkWeights.Column()
        weights.reserveCapacity(capacity)
        try forEachStoredLink(db, graphId: graphId, nodeCount: n, kinds: kinds, upperHalf: upperHalf, sources: sources) { source, target, weight in
            offsets[source - first + 1] += 1
            targets.append(Int32(truncatingIfNeeded: target))
            weights.append(weight)
        }
        for u in 0..<count { offsets[u + 1] += offsets[u] }
        return StoredRows(offsets: offsets, targets: targets, weights: weights.weights)
    }

    /// Calls `body` with every stored link of the graph in (source, target) order, parallel links
    /// of different kinds summed into one; for an undirected graph, the stored half (source ≤ target).
    ///
    /// - Parameter sources: the source nodes whose links to read (every node by default).
    /// - Throws: ``StoreError/database(path:message:)`` for a link naming a node id outside the
    ///   graph, or an undirected one stored from its larger end.
    func forEachStoredLink(_ db: Database, graphId: Int64, nodeCount n: Int, kinds: Set<String>? = nil, upperHalf: Bool,
                           sources: Range<Int>? = nil, _ body: (_ source: Int, _ target: Int, _ weight: Double) throws -> Void) throws {
        // Stored order is (source, target, kind): parallel links of different kinds are adjacent
        // and are summed before they are handed on.
        var kindFilter = ""
        if let kinds { kindFilter = " AND kind IN (" + Array(repeating: "?", count: kinds.count).joined(separator: ",") + ")" }
        let query = try RawStatement(db, sql: """
            SELECT source, target, weight FROM link WHERE graph_id = ? AND source >= ? AND source < ?\(kindFilter)
            ORDER BY source, target
            """)
        query.bind(1, graphId)
        query.bind(2, sources?.lowerBound ?? 0)
        query.bind(3, sources?.upperBound ?? Int(Int64.max))
        for (offset, kind) in (kinds ?? []).sorted().enumerated() { query.bind(Int32(offset + 4), kind) }

        var pendingSource: Int64 = -1, pendingTarget: Int64 = -1, pendingWeight = 0.0
        while try query.step() {
            let source = query.int64(0), target = query.int64(1), weight = query.double(2)
            if source == pendingSource && target == pendingTarget {
                pendingWeight += weight
                continue
            }
            guard source >= 0, target >= 0, source < n, target < n else {
                throw StoreError.database(path: path, message: "a link names node id \(max(source, target)) beyond the graph's \(n) nodes; re-import it")
            }
            if upperHalf && target < source {
                throw StoreError.database(path: path, message: "an undirected link is stored from node id \(source) to the smaller \(target); re-import it")
            }
            if pendingSource >= 0 { try body(Int(pendingSource), Int(pendingTarget), pendingWeight) }
            (pendingSource, pendingTarget, pendingWeight) = (source, target, weight)
        }
        if pendingSource >= 0 { try body(Int(pendingSource), Int(pendingTarget), pendingWeight) }
    }

    /// An undirected graph's full rows from its stored half (source ≤ target): each link goes to
    /// the rows of both ends, a self-loop once.
    ///
    /// Row u is its links from smaller nodes (found in their stored rows, visited in increasing
    /// order, so they arrive sorted) followed by its own stored row (targets ≥ u, sorted): one
    /// pass fills every row in order without sorting.
    ///
    /// - Complexity: O(n + m).
    private static func mirrored(_ half: StoredRows, nodeCount n: Int) -> StoredRows {
        var lowerCount = [Int](repeating: 0, count: n)
        for u in 0..<n {
            for position in half.offsets[u]..<half.offsets[u + 1] where Int(half.targets[position]) != u {
                lowerCount[Int(half.targets[position])] += 1
            }
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        for u in 0..<n { offsets[u + 1] = offsets[u] + lowerCount[u] + (half.offsets[u + 1] - half.offsets[u]) }
        let total = offsets[n]
        // Where the next link from a smaller node goes in each row.
        var cursor = Array(offsets.dropLast())
        let targets = [Int32](unsafeUninitializedCapacity: total) { targets, count in
            for u in 0..<n {
                var own = offsets[u] + lowerCount[u]
                for position in half.offsets[u]..<half.offsets[u + 1] {
                    let v = Int(half.targets[position])
                    targets[own] = Int32(v)
                    own += 1
                    if v != u {
                        targets[cursor[v]] = Int32(u)
                        cursor[v] += 1
                    }
                }
            }
            count = total
        }
        cursor = Array(offsets.dropLast())
        let weights = half.weights.scattered(count: total) { place in
            for u in 0..<n {
                var own = offsets[u] + lowerCount[u]
                for position in half.offsets[u]..<half.offsets[u + 1] {
                    let v = Int(half.targets[position])
                    place(position, own)
                    own += 1
                    if v != u {
                        place(position, cursor[v])
                        cursor[v] += 1
                    }
                }
            }
        }
        return StoredRows(offsets: offsets, targets: targets, weights: weights)
    }
}

import ClusterGraph
import GRDB

extension LinkageStore {
    /// The snapshot used by every analysis: graph `name` in compressed sparse rows.
    ///
    /// Node index i is stored node id i. Node attributes (numeric and text) are loaded into
    /// `graph.attributes`. `linkKinds` nil takes every kind; parallel links of different kinds
    /// between the same nodes are summed into one.
    ///
    /// ```swift
    /// let graph = try store.loadGraph(named: "fi2014", linkKinds: ["io"])
    /// ```
    ///
    /// - Complexity: O(n + m log d): links are read in primary-key order (source, target), which
    ///   is already the order of the out-rows; in-rows are filled by a counting sort.
    public func loadGraph(named name: String, linkKinds: Set<String>? = nil) throws -> LinkageGraph {
        try read { db in
            let graph = try Self.graphRow(name, db)
            let nodes = try loadNodes(db, graphId: graph.id, graphName: name)
            let attributes = try Self.loadAttributes(db, graphId: graph.id, nodeCount: nodes.keys.count)
            let links = try loadLinks(db, graphId: graph.id, nodeCount: nodes.keys.count, isDirected: graph.isDirected, kinds: linkKinds)
            return LinkageGraph(
                isDirected: graph.isDirected, keys: nodes.keys, labels: nodes.labels, kinds: nodes.kinds, attributes: attributes,
                outOffsets: links.outOffsets, outTargets: links.outTargets, outWeights: links.outWeights,
                inOffsets: links.inOffsets, inSources: links.inSources, inWeights: links.inWeights, linkCount: links.linkCount)
        }
    }

    private func loadNodes(_ db: Database, graphId: Int64, graphName: String) throws
        -> (keys: [String], labels: [String?], kinds: [String])
    {
        var keys: [String] = [], labels: [String?] = [], kinds: [String] = []
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

    private struct CompressedLinks {
        var outOffsets: [Int], outTargets: [Int32], outWeights: [Double]
        var inOffsets: [Int], inSources: [Int32], inWeights: [Double]
        var linkCount: Int
    }

    private func loadLinks(_ db: Database, graphId: Int64, nodeCount n: Int, isDirected: Bool,
                                  kinds: Set<String>?) throws -> CompressedLinks {
        // Stored order is (source, target, kind): parallel links of different kinds are adjacent
        // and are summed as they arrive.
        var kindFilter = ""
        if let kinds { kindFilter = " AND kind IN (" + Array(repeating: "?", count: kinds.count).joined(separator: ",") + ")" }
        let query = try RawStatement(db, sql: """
            SELECT source, target, weight FROM link WHERE graph_id = ?\(kindFilter) ORDER BY source, target
            """)
        query.bind(1, graphId)
        for (offset, kind) in (kinds ?? []).sorted().enumerated() { query.bind(Int32(offset + 2), kind) }

        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        var previousSource: Int64 = -1, previousTarget: Int64 = -1
        while try query.step() {
            let source = query.int64(0), target = query.int64(1), weight = query.double(2)
            if source == previousSource && target == previousTarget {
                weights[weights.count - 1] += weight
                continue
            }
            guard source >= 0, target >= 0, source < n, target < n else {
                throw StoreError.database(path: path, message: "a link names node id \(max(source, target)) beyond the graph's \(n) nodes; re-import it")
            }
            sources.append(Int32(source))
            targets.append(Int32(target))
            weights.append(weight)
            previousSource = source
            previousTarget = target
        }

        if isDirected {
            // The cursor's order is the out-rows' order; in-rows need one counting pass.
            var outOffsets = [Int](repeating: 0, count: n + 1)
            for source in sources { outOffsets[Int(source) + 1] += 1 }
            for u in 0..<n { outOffsets[u + 1] += outOffsets[u] }
            let incoming = LinkageGraphBuilder.compressedRows(nodeCount: n, rows: targets, columns: sources, weights: weights)
            return CompressedLinks(outOffsets: outOffsets, outTargets: targets, outWeights: weights,
                                   inOffsets: incoming.offsets, inSources: incoming.neighbours, inWeights: incoming.weights,
                                   linkCount: targets.count)
        }
        // Each undirected link goes to the rows of both its ends (a self-loop once).
        var rows = sources, columns = targets, rowWeights = weights
        for index in sources.indices where sources[index] != targets[index] {
            rows.append(targets[index])
            columns.append(sources[index])
            rowWeights.append(weights[index])
        }
        let adjacency = LinkageGraphBuilder.compressedRows(nodeCount: n, rows: rows, columns: columns, weights: rowWeights)
        var selfLoops = 0
        for u in 0..<n {
            for position in adjacency.offsets[u]..<adjacency.offsets[u + 1] where adjacency.neighbours[position] == Int32(u) { selfLoops += 1 }
        }
        return CompressedLinks(outOffsets: adjacency.offsets, outTargets: adjacency.neighbours, outWeights: adjacency.weights,
                               inOffsets: adjacency.offsets, inSources: adjacency.neighbours, inWeights: adjacency.weights,
                               linkCount: (adjacency.neighbours.count - selfLoops) / 2 + selfLoops)
    }
}

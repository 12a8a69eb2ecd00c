import ClusterGraph
import GRDB

/// Writes one graph's nodes, attributes and links inside a transaction the caller holds open:
/// the single place where rows reach the graph, node and link tables, shared by
/// ``LinkageStore/writeGraph(_:mode:)``, the file importers and attribute updates.
///
/// New nodes get the next dense ids (`0..<n` within a graph), so a snapshot needs no key lookup
/// per link. Undirected links are stored with source id <= target id, so the pair is one row
/// whichever way the file wrote it.
struct GraphWriter {
    let db: Database
    let graphId: Int64
    let name: String
    let isDirected: Bool
    /// The node ids by key: stored nodes and those added through this writer.
    private(set) var idByKey: [String: Int32] = [:]
    private var storedNodeCount: Int
    private var newNodes: [(key: String, label: String?, kind: String)] = []
    private var updatedNodes: [Int32: (label: String?, kind: String?)] = [:]

    /// Graphs at least this large (in new links) have the link-by-target index rebuilt after the
    /// load instead of maintained row by row: one sort beats a million random B-tree inserts.
    static let bulkLinkThreshold = 50_000

    /// Number of nodes the graph will have once written.
    var nodeCount: Int { storedNodeCount + newNodes.count }

    /// Opens graph `name` for writing.
    ///
    /// - Parameters:
    ///   - mode: `.create` fails when the name is taken, unless `fillEmpty` and the stored graph has
    ///     no links yet (nodes imported first, links next); `.replace` deletes the stored graph
    ///     first; `.append` adds to it (creating it when absent).
    init(_ db: Database, name: String, isDirected: Bool, description: String, source: String,
         mode: WriteMode, fillEmpty: Bool = false) throws {
        self.db = db
        self.name = name
        self.isDirected = isDirected
        var existing = try Row.fetchOne(db, sql: "SELECT id, directed FROM graph WHERE name = ?", arguments: [name])
        if let row = existing {
            let id: Int64 = row[0]
            switch mode {
            case .replace:
                try db.execute(sql: "DELETE FROM graph WHERE id = ?", arguments: [id])
                existing = nil
            case .create:
                let hasLinks = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM link WHERE graph_id = ?)", arguments: [id]) ?? true
                if !fillEmpty || hasLinks { throw StoreError.graphExists(name) }
                // A graph of nodes only has no direction yet: the first links decide it.
                try db.execute(sql: "UPDATE graph SET directed = ? WHERE id = ?", arguments: [isDirected, id])
                existing = try Row.fetchOne(db, sql: "SELECT id, directed FROM graph WHERE id = ?", arguments: [id])
            case .append: break
            }
        }
        if let row = existing {
            graphId = row[0]
            let storedDirected: Bool = row[1]
            if storedDirected != isDirected { throw StoreError.directionMismatch(graph: name, storedDirected: storedDirected) }
            if !description.isEmpty || !source.isEmpty {
                try db.execute(sql: """
                    UPDATE graph SET description = CASE WHEN ?1 = '' THEN description ELSE ?1 END,
                                     source = CASE WHEN ?2 = '' THEN source ELSE ?2 END WHERE id = ?3
                    """, arguments: [description, source, graphId])
            }
            let query = try RawStatement(db, sql: "SELECT id, key FROM node WHERE graph_id = ?")
            query.bind(1, graphId)
            while try query.step() { idByKey[query.text(1) ?? ""] = Int32(query.int64(0)) }
            storedNodeCount = idByKey.count
        } else {
            try db.execute(sql: """
                INSERT INTO graph (name, directed, description, source, created_at, updated_at)
                VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                """, arguments: [name, isDirected, description, source])
            graphId = db.lastInsertedRowID
            storedNodeCount = 0
        }
    }

    /// The id of the node with `key`, or nil when the graph has none.
    func existingId(_ key: String) -> Int32? { idByKey[key] }

    /// The id of the node with `key`, adding it (default kind, no label) when new.
    mutating func nodeId(_ key: String) -> Int32 {
        if let id = idByKey[key] { return id }
        let id = Int32(nodeCount)
        newNodes.append((key, nil, NodeRecord.defaultKind))
        idByKey[key] = id
        return id
    }

    /// Adds the node or updates its label and kind (nil keeps what is stored); returns its id.
    @discardableResult
    mutating func setNode(key: String, label: String?, kind: String?) -> Int32 {
        let id = nodeId(key)
        let position = Int(id) - storedNodeCount
        if position >= 0 {
            if let label { newNodes[position].label = label }
            if let kind { newNodes[position].kind = kind }
        } else if label != nil || kind != nil {
            let previous = updatedNodes[id]
            updatedNodes[id] = (label ?? previous?.label, kind ?? previous?.kind)
        }
        return id
    }

    /// Inserts the nodes added so far and applies label/kind updates.
    mutating func flushNodes() throws {
        if !newNodes.isEmpty {
            let insert = try RawStatement(db, sql: "INSERT INTO node (graph_id, id, key, label, kind) VALUES (?, ?, ?, ?, ?)")
            insert.bind(1, graphId)
            for (position, node) in newNodes.enumerated() {
                insert.bind(2, storedNodeCount + position)
                insert.bind(3, node.key)
                insert.bind(4, node.label)
                insert.bind(5, node.kind)
                try insert.run()
            }
            storedNodeCount += newNodes.count
            newNodes.removeAll()
        }
        if !updatedNodes.isEmpty {
            let update = try RawStatement(db, sql: """
                UPDATE node SET label = coalesce(?, label), kind = coalesce(?, kind) WHERE graph_id = ? AND id = ?
                """)
            update.bind(3, graphId)
            for (id, change) in updatedNodes.sorted(by: { $0.key < $1.key }) {
                update.bind(1, change.label)
                update.bind(2, change.kind)
                update.bind(4, Int64(id))
                try update.run()
            }
            updatedNodes.removeAll()
        }
    }

    /// Stores node attributes (overwriting a stored value of the same name). Nodes must be flushed.
    func writeNodeAttributes(_ values: [(node: Int32, name: String, value: AttributeValue)]) throws {
        guard !values.isEmpty else { return }
        let insert = try RawStatement(db, sql: """
            INSERT INTO node_attribute (graph_id, node_id, name, value) VALUES (?, ?, ?, ?)
            ON CONFLICT (graph_id, node_id, name) DO UPDATE SET value = excluded.value
            """)
        insert.bind(1, graphId)
        for entry in values {
            if !entry.value.isStorable {
                throw StoreError.invalidNumber(graph: name, what: "attribute '\(entry.name)'")
            }
            insert.bind(2, Int64(entry.node))
            insert.bind(3, entry.name)
            insert.bind(4, entry.value)
            try insert.run()
        }
    }

    /// Stores the links in primary-key order, summing parallel links (same source, target and
    /// kind) and adding to the weight of a link already stored. Nodes must be flushed.
    ///
    /// - Parameter progress: called with the number of links written so far.
    func writeLinks(_ batch: LinkBatch, progress: ((Int) -> Void)? = nil) throws {
        guard batch.count > 0 else { return }
        var batch = batch
        if !isDirected {
            for index in 0..<batch.count where batch.sources[index] > batch.targets[index] {
                (batch.sources[index], batch.targets[index]) = (batch.targets[index], batch.sources[index])
            }
        }
        let order = batch.primaryKeyOrder(nodeCount: nodeCount)
        let rebuiltIndex = try dropTargetIndexForBulkLoad(adding: batch.count)

        let insert = try RawStatement(db, sql: """
            INSERT INTO link (graph_id, source, target, kind, weight) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (graph_id, source, target, kind) DO UPDATE SET weight = weight + excluded.weight
            """)
        let insertAttribute = batch.attributes.isEmpty ? nil : try RawStatement(db, sql: """
            INSERT INTO link_attribute (graph_id, source, target, kind, name, value) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (graph_id, source, target, kind, name) DO UPDATE SET value = excluded.value
            """)
        insert.bind(1, graphId)
        insertAttribute?.bind(1, graphId)
        var position = 0, nextReport = 1 << 16
        while position < order.count {
            // Sum a run of parallel links (adjacent after sorting); the last value of an attribute wins.
            let first = order[position]
            var weight = batch.weights[first]
            var end = position + 1
            while end < order.count, Self.samePair(batch, first, order[end]) {
                weight += batch.weights[order[end]]
                end += 1
            }
            if !weight.isFinite { throw WeightSumOverflow(batch, run: order[position..<end], stored: 0) }
            let kind = batch.kinds[Int(batch.kindIndices[first])]
            insert.bind(2, Int64(batch.sources[first]))
            insert.bind(3, Int64(batch.targets[first]))
            insert.bind(4, kind)
            insert.bind(5, weight)
            do {
                try insert.run()
            } catch let error as DatabaseError where WeightSumOverflow.isRaised(by: error) {
                throw WeightSumOverflow(batch, run: order[position..<end], stored: try storedWeight(batch, first))
            }
            if let insertAttribute {
                insertAttribute.bind(2, Int64(batch.sources[first]))
                insertAttribute.bind(3, Int64(batch.targets[first]))
                insertAttribute.bind(4, kind)
                for column in batch.attributes {
                    guard let value = order[position..<end].lazy.compactMap({ column.values[$0] }).last else { continue }
                    insertAttribute.bind(5, column.name)
                    insertAttribute.bind(6, value)
                    try insertAttribute.run()
                }
            }
            position = end
            if position >= nextReport {
                progress?(position)
                nextReport += 1 << 16
            }
        }
        progress?(order.count)
        if let rebuiltIndex { try db.execute(sql: rebuiltIndex) }
    }

    private static func samePair(_ batch: LinkBatch, _ a: Int, _ b: Int) -> Bool {
        batch.sources[a] == batch.sources[b] && batch.targets[a] == batch.targets[b] && batch.kindIndices[a] == batch.kindIndices[b]
    }

    /// Drops the link-by-target index before a load that dominates the table and returns the
    /// statement that recreates it (read from the schema itself, so there is no second copy of
    /// the DDL). Inside the transaction, so a failed load restores the index with everything else.
    private func dropTargetIndexForBulkLoad(adding count: Int) throws -> String? {
        guard count >= Self.bulkLinkThreshold,
              let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'link_by_target'")
        else { return nil }
        let stored = try Int.fetchOne(db, sql: "SELECT count(*) FROM link") ?? 0
        guard count >= stored else { return nil }
        try db.execute(sql: "DROP INDEX link_by_target")
        return sql
    }

    /// Marks the graph as changed now.
    func touch() throws {
        try db.execute(sql: "UPDATE graph SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?", arguments: [graphId])
    }
}

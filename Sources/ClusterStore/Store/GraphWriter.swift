import ClusterGraph
import GRDB
import GRDBSQLite

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
    /// The keys of the stored nodes and of those added through this writer; a key's id is its position.
    private var keys = NodeKeyIndex()
    private var storedNodeCount: Int
    /// Links stored for the graph, kept in `graph.link_count` as links are written.
    private(set) var linkCount: Int
    /// Labels of the nodes added (position = id − `storedNodeCount`), kept once one has a label.
    private var newLabels: [String?] = []
    /// Kinds of the nodes added, as positions in `kindNames`, kept once one is not the default.
    private var newKinds: [UInt16] = []
    private var kindNames = [NodeRecord.defaultKind]
    private var updatedNodes: [Int32: (label: String?, kind: String?)] = [:]

    /// Number of nodes the graph will have once written.
    var nodeCount: Int { keys.count }

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
        var existing = try Row.fetchOne(db, sql: "SELECT id, directed, link_count FROM graph WHERE name = ?", arguments: [name])
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
                existing = try Row.fetchOne(db, sql: "SELECT id, directed, link_count FROM graph WHERE id = ?", arguments: [id])
            case .append: break
            }
        }
        if let row = existing {
            graphId = row[0]
            linkCount = row[2]
            let storedDirected: Bool = row[1]
            if storedDirected != isDirected { throw StoreError.directionMismatch(graph: name, storedDirected: storedDirected) }
            if !description.isEmpty || !source.isEmpty {
                try db.execute(sql: """
                    UPDATE graph SET description = CASE WHEN ?1 = '' THEN description ELSE ?1 END,
                                     source = CASE WHEN ?2 = '' THEN source ELSE ?2 END WHERE id = ?3
                    """, arguments: [description, source, graphId])
            }
            let query = try RawStatement(db, sql: "SELECT id, key FROM node WHERE graph_id = ? ORDER BY id")
            query.bind(1, graphId)
            var stored = NodeKeyIndex()
            while try query.step() {
                let added = query.withText(1) { stored.id(of: $0, adding: true) }
                guard query.int64(0) == Int64(stored.count - 1), added?.isNew == true else {
                    throw StoreError.database(path: String(cString: sqlite3_db_filename(db.sqliteConnection, "main")),
                                              message: "graph '\(name)' has node ids that are not 0..<n or repeated keys; re-import it")
                }
            }
            keys = stored
            storedNodeCount = stored.count
        } else {
            try db.execute(sql: """
                INSERT INTO graph (name, directed, description, source, created_at, updated_at)
                VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                """, arguments: [name, isDirected, description, source])
            graphId = db.lastInsertedRowID
            storedNodeCount = 0
            linkCount = 0
        }
    }

    /// The id of the node with `key` (in any Unicode spelling), or nil when the graph has none.
    func existingId(_ key: String) -> Int32? {
        var keys = keys
        return keys.id(of: StoredText.normalised(key), adding: false)?.id
    }

    /// The id of the node whose key is the UTF-8 `key`, or nil when the graph has none.
    mutating func existingId(_ key: UnsafeBufferPointer<UInt8>) -> Int32? { keys.id(of: key, adding: false)?.id }

    /// The id of the node with `key` (in any Unicode spelling), adding it (default kind, no
    /// label) when new.
    mutating func nodeId(_ key: String) -> Int32 {
        var key = StoredText.normalised(key)
        return key.withUTF8 { nodeId($0) }
    }

    /// The key of node `id`, stored or added through this writer.
    func key(of id: Int32) -> String { keys.key(Int(id)) }

    /// The id of the node whose key is the UTF-8 `key` (valid UTF-8 in NFC, ``StoredText``),
    /// adding it when new.
    @inline(__always)
    mutating func nodeId(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        // Adding always gives an id.
        keys.id(of: key, adding: true).unsafelyUnwrapped.id
    }

    /// Room for about `count` more nodes with keys of about `keyBytes` bytes in all.
    mutating func reserveNodes(_ count: Int, keyBytes: Int) {
        keys.reserveCapacity(keys: keys.count + count, bytes: keyBytes)
    }

    /// Adds the node or updates its label and kind (nil keeps what is stored); returns its id.
    @discardableResult
    mutating func setNode(key: String, label: String?, kind: String?) -> Int32 {
        let id = nodeId(key)
        let position = Int(id) - storedNodeCount
        if position >= 0 {
            if let label {
                if newLabels.count < position + 1 { newLabels.append(contentsOf: repeatElement(nil, count: position + 1 - newLabels.count)) }
                newLabels[position] = label
            }
            if let kind, kind != NodeRecord.defaultKind || position < newKinds.count {
                var index = kindNames.firstIndex(of: kind) ?? kindNames.count
                if index == kindNames.count {
                    if index > Int(UInt16.max) { index = 0 } else { kindNames.append(kind) }
                }
                if newKinds.count < position + 1 { newKinds.append(contentsOf: repeatElement(0, count: position + 1 - newKinds.count)) }
                newKinds[position] = UInt16(index)
            }
        } else if label != nil || kind != nil {
            let previous = updatedNodes[id]
            updatedNodes[id] = (label ?? previous?.label, kind ?? previous?.kind)
        }
        return id
    }

    /// Inserts the nodes added so far and applies label/kind updates.
    mutating func flushNodes() throws {
        if keys.count > storedNodeCount {
            let keys = keys, labels = newLabels, kinds = newKinds, kindNames = kindNames, first = storedNodeCount
            var insert = try BatchedInsert<Int>(db, parametersPerRow: 4, sql: { rows in
                "INSERT INTO node (graph_id, id, key, label, kind) VALUES " + BatchedInsert<Int>.values("(\(graphId), ?, ?, ?, ?)", rows: rows)
            }, bind: { statement, index, id in
                let position = id - first
                statement.bind(index, id)
                keys.withKey(id) { statement.bind(index + 1, $0) }
                statement.bind(index + 2, position < labels.count ? labels[position] : nil)
                statement.bind(index + 3, kindNames[position < kinds.count ? Int(kinds[position]) : 0])
            })
            for id in storedNodeCount..<keys.count { try insert.add(id) }
            try insert.finish()
            storedNodeCount = keys.count
            newLabels = []
            newKinds = []
            try db.execute(sql: "UPDATE graph SET node_count = ? WHERE id = ?", arguments: [storedNodeCount, graphId])
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
    func writeNodeAttributes(_ values: some Sequence<(node: Int32, name: String, value: AttributeValue)>) throws {
        let graph = name
        var insert = try BatchedInsert<(node: Int32, name: String, value: AttributeValue)>(db, parametersPerRow: 3, sql: { rows in
            "INSERT INTO node_attribute (graph_id, node_id, name, value) VALUES " + BatchedInsert<Int>.values("(\(graphId), ?, ?, ?)", rows: rows)
                + " ON CONFLICT (graph_id, node_id, name) DO UPDATE SET value = excluded.value"
        }, bind: { statement, index, entry in
            statement.bind(index, Int64(entry.node))
            statement.bind(index + 1, entry.name)
            statement.bind(index + 2, entry.value)
        })
        for entry in values {
            if !entry.value.isStorable {
                throw StoreError.invalidNumber(graph: graph, what: "attribute '\(entry.name)'")
            }
            try insert.add(entry)
        }
        try insert.finish()
    }

    /// Stores the links in primary-key order, summing parallel links (same source, target and
    /// kind) and adding to the weight of a link already stored. Nodes must be flushed.
    ///
    /// - Parameter progress: called with the number of links written so far.
    mutating func writeLinks(_ batch: LinkBatch, progress: ((Int) -> Void)? = nil) throws {
        guard batch.count > 0 else { return }
        var batch = batch
        if !isDirected {
            for index in 0..<batch.count where batch.sources[index] > batch.targets[index] {
                (batch.sources[index], batch.targets[index]) = (batch.targets[index], batch.sources[index])
            }
        }
        let order = batch.primaryKeyOrder(nodeCount: nodeCount)
        try insertLinks(kinds: batch.kinds, expectedLinks: batch.count, attributes: batch.attributes, progress: progress) { inserter in
            for link in order {
                try inserter.add(source: batch.sources[link], target: batch.targets[link], kind: batch.kindIndices[link],
                                 weight: batch.weights[link], row: link)
            }
        }
    }

    /// Inserts links through a ``LinkInserter`` that `body` feeds in (source, target) order, and
    /// keeps the graph's link count. Nodes must be flushed.
    mutating func insertLinks(kinds: [String], expectedLinks: Int, attributes: LinkInserter.AttributeColumns = [],
                              progress: ((Int) -> Void)? = nil, _ body: (inout LinkInserter) throws -> Void) throws {
        var inserter = try LinkInserter(self, kinds: kinds, expectedLinks: expectedLinks, attributes: attributes, progress: progress)
        try body(&inserter)
        linkCount = try inserter.finish()
    }

    /// Marks the graph as changed now, and counts up its revision (how concurrent readers of one
    /// graph know they saw the same one): every write to its nodes or links ends here.
    func touch() throws {
        try db.execute(sql: """
            UPDATE graph SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), revision = revision + 1 WHERE id = ?
            """, arguments: [graphId])
    }
}

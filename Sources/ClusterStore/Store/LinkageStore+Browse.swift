import ClusterGraph
import GRDB

extension LinkageStore {
    /// The stored nodes of `graph` in id order (import order), with their attributes.
    ///
    /// ```swift
    /// let firms = try store.nodes(graph: "district", kind: "firm", limit: 20)
    /// ```
    public func nodes(graph: String, kind: String? = nil, limit: Int? = nil) throws -> [NodeRecord] {
        try read { db in
            let graphId = try Self.graphRow(graph, db).id
            let query = try RawStatement(db, sql: """
                SELECT id, key, label, kind FROM node WHERE graph_id = ?1 AND (?2 IS NULL OR kind = ?2) ORDER BY id LIMIT ?3
                """)
            query.bind(1, graphId)
            query.bind(2, kind)
            query.bind(3, Int64(limit ?? -1))
            var records: [NodeRecord] = []
            var positionById: [Int64: Int] = [:]
            while try query.step() {
                positionById[query.int64(0)] = records.count
                records.append(NodeRecord(key: query.text(1) ?? "", label: query.text(2), kind: query.text(3) ?? NodeRecord.defaultKind))
            }
            let attributes = try RawStatement(db, sql: "SELECT node_id, name, value FROM node_attribute WHERE graph_id = ?")
            attributes.bind(1, graphId)
            while try attributes.step() {
                guard let position = positionById[attributes.int64(0)], let name = attributes.text(1),
                      let value = attributes.attributeValue(2) else { continue }
                records[position].attributes[name] = value
            }
            return records
        }
    }

    /// Stored links of `graph` with their attributes, heaviest first (ties in stored order).
    ///
    /// In an undirected graph `from` and `to` match either end, and a matching link is returned
    /// with `from` as its source.
    ///
    /// ```swift
    /// let suppliers = try store.links(graph: "fi2014", filter: LinkFilter(to: "17_18", limit: 5))
    /// ```
    /// - Throws: ``StoreError/unknownNodes(graph:keys:)`` when `from` or `to` is not a node key.
    public func links(graph: String, filter: LinkFilter = LinkFilter()) throws -> [LinkRecord] {
        try read { db in
            let stored = try Self.graphRow(graph, db)
            let from = try filter.from.map { try nodeId($0, graphId: stored.id, graph: graph, db) }
            let to = try filter.to.map { try nodeId($0, graphId: stored.id, graph: graph, db) }
            var conditions = ["graph_id = ?"]
            var arguments: [any DatabaseValueConvertible] = [stored.id]
            switch (from, to, stored.isDirected) {
            case (let from?, let to?, false):
                conditions.append("((source = ? AND target = ?) OR (source = ? AND target = ?))")
                arguments += [from, to, to, from]
            case (let node?, nil, false), (nil, let node?, false):
                conditions.append("(source = ? OR target = ?)")
                arguments += [node, node]
            default:
                if let from { conditions.append("source = ?"); arguments.append(from) }
                if let to { conditions.append("target = ?"); arguments.append(to) }
            }
            if let kind = filter.kind { conditions.append("kind = ?"); arguments.append(kind) }
            if let minWeight = filter.minWeight { conditions.append("weight >= ?"); arguments.append(minWeight) }
            arguments.append(filter.limit ?? -1)
            // Sort and cut on ids first, then look up keys for the links that are left.
            let sql = """
                SELECT s.key, t.key, l.kind, l.weight, l.source, l.target
                FROM (SELECT source, target, kind, weight FROM link WHERE \(conditions.joined(separator: " AND "))
                      ORDER BY weight DESC, source, target, kind LIMIT ?) l
                JOIN node s ON s.graph_id = ?1 AND s.id = l.source
                JOIN node t ON t.graph_id = ?1 AND t.id = l.target
                ORDER BY l.weight DESC, l.source, l.target, l.kind
                """
            let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
            var records: [LinkRecord] = []
            records.reserveCapacity(rows.count)
            var ids: [(source: Int64, target: Int64)] = []
            for row in rows {
                var record = LinkRecord(source: row[0], target: row[1], weight: row[3], kind: row[2])
                let source: Int64 = row[4], target: Int64 = row[5]
                if !stored.isDirected, from.map({ source != $0 }) ?? to.map({ target != $0 }) ?? false {
                    swap(&record.source, &record.target)
                }
                records.append(record)
                ids.append((source, target))
            }
            try attachLinkAttributes(&records, ids: ids, graphId: stored.id, db)
            return records
        }
    }

    /// The kinds of link stored in `graph` (`supplies`, `io`, …), sorted, each with its link count:
    /// what `--kind` may choose from.
    ///
    /// ```swift
    /// let kinds = try store.linkKinds(graph: "fi2014")   // [("io", 870), ("supplies", 12)]
    /// ```
    /// - Complexity: one pass over the graph's links.
    public func linkKinds(graph: String) throws -> [(kind: String, links: Int)] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM link WHERE graph_id = ? GROUP BY kind ORDER BY kind",
                                        arguments: [try Self.graphRow(graph, db).id])
            return rows.map { (kind: $0[0], links: $0[1]) }
        }
    }

    private func nodeId(_ key: String, graphId: Int64, graph: String, _ db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM node WHERE graph_id = ? AND key = ?",
                                          arguments: [graphId, StoredText.normalised(key)]) else {
            throw StoreError.unknownNodes(graph: graph, keys: [key])
        }
        return id
    }

    private func attachLinkAttributes(_ records: inout [LinkRecord], ids: [(source: Int64, target: Int64)],
                                      graphId: Int64, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM link_attribute WHERE graph_id = ?)", arguments: [graphId]) == true
        else { return }
        let query = try RawStatement(db, sql: """
            SELECT name, value FROM link_attribute WHERE graph_id = ? AND source = ? AND target = ? AND kind = ?
            """)
        query.bind(1, graphId)
        for index in records.indices {
            query.bind(2, ids[index].source)
            query.bind(3, ids[index].target)
            query.bind(4, records[index].kind)
            while try query.step() {
                if let name = query.text(0), let value = query.attributeValue(1) { records[index].attributes[name] = value }
            }
        }
    }
}

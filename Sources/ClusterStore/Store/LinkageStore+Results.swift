import ClusterGraph
import Foundation
import GRDB

extension LinkageStore {
    /// Saves a partition of graph `graph` under `name` so later commands (`clusters --partition`,
    /// `render --partition`) can use it; `clusterNames[id]` names community `id` (nil or absent:
    /// unnamed), so `--cluster NAME` can choose it.
    ///
    /// ```swift
    /// try store.savePartition(partition, graph: "fi2014-strength", name: "forest", method: "louvain",
    ///                         parameters: ["resolution": "1", "seed": "7"], replace: true)
    /// ```
    public func savePartition(_ partition: Partition, graph: String, name: String, method: String,
                              parameters: [String: String], replace: Bool, clusterNames: [String?] = []) throws {
        try Self.validateClusterNames(clusterNames, partition: name)
        try saveResult(values: partition.assignment.map(Double.init), type: "partition", graph: graph, name: name,
                       method: method, parameters: parameters, replace: replace, clusterNames: clusterNames)
    }

    /// Saves one score per node (index order) under `name`.
    public func saveScores(_ scores: [Double], graph: String, name: String, method: String,
                           parameters: [String: String], replace: Bool) throws {
        if scores.contains(where: { !$0.isFinite }) { throw StoreError.invalidNumber(graph: graph, what: "scores '\(name)'") }
        try saveResult(values: scores, type: "scores", graph: graph, name: name, method: method,
                       parameters: parameters, replace: replace)
    }

    /// The partition saved as `name` for `graph`, renumbered canonically.
    /// - Throws: ``StoreError/unknownResult(graph:name:suggestions:)``, or
    ///   ``StoreError/resultDoesNotFit(graph:name:reason:)`` when nodes were added since.
    public func loadPartition(graph: String, name: String) throws -> Partition {
        try read { db in
            let graphId = try Self.graphRow(graph, db).id
            let resultId = try Self.partitionResult(graph: graph, graphId: graphId, name: name, db)
            let keys = try String.fetchAll(db, sql: "SELECT key FROM node WHERE graph_id = ? ORDER BY id", arguments: [graphId])
            var assignment = [Int?](repeating: nil, count: keys.count)
            for value in try Row.fetchAll(db, sql: "SELECT node_id, value FROM result_value WHERE result_id = ?", arguments: [resultId]) {
                let node: Int = value[0]
                if node < keys.count { assignment[node] = Int(value[1] as Double) }
            }
            let missing = assignment.filter { $0 == nil }.count
            if missing > 0 {
                throw StoreError.resultDoesNotFit(graph: graph, name: name, reason: "\(missing) nodes were added after it was saved")
            }
            return Partition(assignment: assignment.map { $0 ?? 0 }, keys: keys)
        }
    }

    /// The id of the partition saved as `name` on the graph with id `graphId` (named `graph`).
    /// - Throws: ``StoreError/unknownResult(graph:name:suggestions:)`` with the closest saved names,
    ///   ``StoreError/resultDoesNotFit(graph:name:reason:)`` for saved scores.
    static func partitionResult(graph: String, graphId: Int64, name: String, _ db: Database) throws -> Int64 {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, type FROM result WHERE graph_id = ? AND name = ?",
                                         arguments: [graphId, name]) else {
            let names = try String.fetchAll(db, sql: "SELECT name FROM result WHERE graph_id = ? ORDER BY name", arguments: [graphId])
            throw StoreError.unknownResult(graph: graph, name: name, suggestions: NameSuggestions.closest(to: name, among: names))
        }
        let type: String = row[1]
        guard type == "partition" else {
            throw StoreError.resultDoesNotFit(graph: graph, name: name, reason: "it holds scores, not a partition")
        }
        return row[0]
    }

    /// Saved results, of one graph or of all, sorted by graph then name.
    public func results(graph: String?) throws -> [SavedResultSummary] {
        try read { db in
            var sql = """
                SELECT g.name, r.name, r.type, r.method, r.parameters, r.created_at
                FROM result r JOIN graph g ON g.id = r.graph_id
                """
            var arguments: StatementArguments = []
            if let graph {
                _ = try Self.graphRow(graph, db)
                sql += " WHERE g.name = ?"
                arguments = [graph]
            }
            sql += " ORDER BY g.name, r.name"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let json: String = row[4]
                let parameters = (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
                return SavedResultSummary(graph: row[0], name: row[1], type: row[2], method: row[3],
                                          parameters: parameters, createdAt: row[5])
            }
        }
    }

    private func saveResult(values: [Double], type: String, graph: String, name: String, method: String,
                            parameters: [String: String], replace: Bool, clusterNames: [String?] = []) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let parametersJSON = String(decoding: try encoder.encode(parameters), as: UTF8.self)
        try write { db in
            let graphId = try Self.graphRow(graph, db).id
            let nodeCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM node WHERE graph_id = ?", arguments: [graphId]) ?? 0
            guard values.count == nodeCount else {
                throw StoreError.resultDoesNotFit(graph: graph, name: name,
                                                  reason: "it has \(values.count) values for \(nodeCount) nodes")
            }
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM result WHERE graph_id = ? AND name = ?", arguments: [graphId, name]) {
                guard replace else { throw StoreError.resultExists(graph: graph, name: name) }
                try db.execute(sql: "DELETE FROM result WHERE id = ?", arguments: [existing])
            }
            try db.execute(sql: """
                INSERT INTO result (graph_id, name, type, method, parameters, created_at)
                VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                """, arguments: [graphId, name, type, method, parametersJSON])
            let resultId = db.lastInsertedRowID
            let insert = try RawStatement(db, sql: "INSERT INTO result_value (result_id, node_id, value) VALUES (?, ?, ?)")
            insert.bind(1, resultId)
            for (node, value) in values.enumerated() {
                insert.bind(2, node)
                insert.bind(3, value)
                try insert.run()
            }
            try Self.insertClusterNames(clusterNames, result: resultId, db)
        }
    }
}

import ClusterGraph
import GRDB

extension LinkageStore {
    /// What graph `graph` stands for; an empty context when nothing was recorded.
    /// - Throws: ``StoreError/unknownGraph(_:suggestions:)``.
    public func context(of graph: String) throws -> GraphContext {
        try read { db in
            let id = try Self.graphRow(graph, db).id
            guard let row = try Row.fetchOne(db, sql: "SELECT economy, year, unit FROM graph_context WHERE graph_id = ?",
                                             arguments: [id]) else { return GraphContext() }
            return GraphContext(economy: row[0], year: row[1], unit: row[2])
        }
    }

    /// Records what graph `graph` stands for, replacing what was recorded (a nil field becomes
    /// unknown). Replacing the graph with a new import forgets it.
    /// - Throws: ``StoreError/unknownGraph(_:suggestions:)``.
    public func setContext(_ context: GraphContext, of graph: String) throws {
        try write { db in
            let id = try Self.graphRow(graph, db).id
            if context.isEmpty {
                try db.execute(sql: "DELETE FROM graph_context WHERE graph_id = ?", arguments: [id])
            } else {
                try db.execute(sql: "INSERT OR REPLACE INTO graph_context (graph_id, economy, year, unit) VALUES (?, ?, ?, ?)",
                               arguments: [id, context.economy, context.year, context.unit])
            }
        }
    }
}

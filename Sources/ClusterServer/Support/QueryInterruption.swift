import ClusterStore
import Foundation
import GRDB
import GRDBSQLite
import GraphQuery

extension TimeLimit {
    /// Runs a query within the time limit; past it, SQLite is interrupted (`sqlite3_interrupt`) so
    /// one runaway `*1..10` pattern stops instead of holding a connection and a thread.
    ///
    /// ```swift
    /// let result = try await limit.query(store: store, "MATCH (a)-[*1..10]->(b) RETURN count(*)", graph: "fi2014",
    ///                                  parameters: [:], pool: pool)
    /// ```
    func query(store: LinkageStore, _ text: String, graph: String?, parameters: [String: QueryValue],
               pool: WorkPool) async throws -> QueryResult {
        let running = RunningStatement()
        return try await run(onTimeout: { running.interrupt() }) {
            try await pool.run {
                try store.readSnapshot { db in
                    running.begin(db.sqliteConnection)
                    defer { running.end() }
                    return try CypherQuery.run(text, graph: graph, parameters: parameters,
                                               options: QueryOptions(timeout: .milliseconds(Int64(seconds * 1000))), in: db)
                }
            }
        }
    }
}

/// The connection a query runs on, while it runs: interrupting after the query ended would hit
/// whatever the pooled connection runs next, so the handle is cleared under the same lock.
private final class RunningStatement: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var connection: SQLiteConnection?
    private var interrupted = false

    func begin(_ connection: SQLiteConnection?) {
        lock.withLock {
            self.connection = connection
            if interrupted, let connection { sqlite3_interrupt(connection) }
        }
    }

    func end() { lock.withLock { connection = nil } }

    func interrupt() {
        lock.withLock {
            interrupted = true
            if let connection { sqlite3_interrupt(connection) }
        }
    }
}

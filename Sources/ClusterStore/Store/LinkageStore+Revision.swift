import GRDB

extension LinkageStore {
    /// A short text that changes whenever a graph is created, changed or deleted, or a result is
    /// saved: every graph's name and `updated_at`, and every saved result's graph, name and time.
    /// A cache of answers keyed on it is invalidated by any import. One small read: no counts.
    ///
    /// ```swift
    /// let before = try store.revision()
    /// // … another process imports a graph …
    /// let changed = try store.revision() != before
    /// ```
    public func revision() throws -> String {
        try read { db in
            let graphs = try Row.fetchAll(db, sql: "SELECT id, name, updated_at FROM graph ORDER BY id")
                .map { "\($0[0] as Int64)\u{1F}\($0[1] as String)\u{1F}\($0[2] as String)" }
            let results = try Row.fetchAll(db, sql: "SELECT id, graph_id, name, created_at FROM result ORDER BY id")
                .map { "\($0[0] as Int64)\u{1F}\($0[1] as Int64)\u{1F}\($0[2] as String)\u{1F}\($0[3] as String)" }
            return (graphs + ["\u{1E}"] + results).joined(separator: "\u{1E}")
        }
    }
}

import GRDB

extension LinkageStore {
    /// Runs `body` with graph `name` open for streaming in one consistent snapshot: exports and
    /// listings read rows as they go and never hold the whole graph.
    ///
    /// ```swift
    /// try store.withGraphStream("fi2014") { graph in
    ///     try graph.forEachNode(kind: "sector") { node in print(node.key.string) }
    /// }
    /// ```
    /// - Throws: ``StoreError/unknownGraph(_:suggestions:)`` with close names when absent;
    ///   errors `body` throws pass through unchanged.
    public func withGraphStream<T>(_ name: String, _ body: (GraphStream) throws -> T) throws -> T {
        try read { db in
            // A small page cache: a stream reads each page once (the check for equal weights reads
            // every link of an unweighted graph), and it keeps SQLite's sorter to short
            // in-memory runs merged from temporary files — half the CPU time of one long run in
            // the store's 128 MB cache (whose linked-list sort misses the processor cache), and a
            // fraction of the memory.
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2048
            try db.execute(sql: "PRAGMA cache_size = -2048")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            return try body(GraphStream(db, name: name))
        }
    }
}

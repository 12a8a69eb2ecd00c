import GRDB

extension LinkageStore {
    /// Runs `body` on a read-only connection holding one consistent snapshot of the file: the hook
    /// through which the query language (module GraphQuery) runs the SQL it compiles.
    ///
    /// ```swift
    /// let count = try store.readSnapshot { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM link") }
    /// ```
    /// SQLite errors become ``StoreError``; errors `body` throws pass through unchanged.
    public func readSnapshot<T>(_ body: (Database) throws -> T) throws -> T {
        try read(body)
    }
}

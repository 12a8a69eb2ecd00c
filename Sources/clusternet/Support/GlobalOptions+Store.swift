import ClusterStore

extension GlobalOptions {
    /// The database named by `--db` (or its default). A command that writes opens it read-write
    /// (created and migrated when needed; a read-only file is refused before anything changes);
    /// a command that only reads opens it read-only, so a shared read-only copy can be browsed
    /// and nothing — not even a `-wal` file — is left behind.
    ///
    /// ```swift
    /// let store = try global.openStore(writing: save != nil)
    /// let graph = try store.loadGraph(named: graphName)
    /// ```
    /// - Throws: ``StoreError`` when the file is not a ClusterNet database or cannot be opened.
    func openStore(writing: Bool = true) throws -> LinkageStore {
        writing ? try LinkageStore(path: databasePath) : try LinkageStore.openForReading(path: databasePath)
    }
}

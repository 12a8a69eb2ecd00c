import ClusterStore

extension GlobalOptions {
    /// The database named by `--db` (or its default), created and migrated when needed.
    ///
    /// ```swift
    /// let store = try global.openStore()
    /// let graph = try store.loadGraph(named: graphName)
    /// ```
    /// - Throws: ``StoreError`` when the file is not a ClusterNet database or cannot be opened.
    func openStore() throws -> LinkageStore {
        try LinkageStore(path: databasePath)
    }
}

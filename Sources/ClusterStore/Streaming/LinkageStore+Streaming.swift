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
        try read { db in try body(GraphStream(db, name: name)) }
    }
}

import ClusterStore

extension LinkageStore {
    /// Runs a read-only Cypher query on `graph` (nil: every graph) in one snapshot.
    ///
    /// ```swift
    /// let result = try store.runQuery("MATCH (a {key: $k})-[*1..2]->(b) RETURN DISTINCT b.key",
    ///                                 graph: "fi2014", parameters: ["k": .string("17_18")],
    ///                                 options: QueryOptions(timeout: .seconds(5)))
    /// ```
    public func runQuery(_ text: String, graph: String?, parameters: [String: QueryValue] = [:],
                         options: QueryOptions = QueryOptions()) throws -> QueryResult {
        try readSnapshot { db in try CypherQuery.run(text, graph: graph, parameters: parameters, options: options, in: db) }
    }

    /// The SQL `text` compiles to on `graph`, with its arguments listed after it as `-- :p1 = value`
    /// comments (what `clusternet query --sql` prints).
    public func compiledQuery(_ text: String, graph: String?, parameters: [String: QueryValue] = [:]) throws -> String {
        try readSnapshot { db in try CypherQuery.explained(text, graph: graph, parameters: parameters, in: db) }
    }
}

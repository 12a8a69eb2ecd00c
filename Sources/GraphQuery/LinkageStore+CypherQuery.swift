import ClusterStore

extension LinkageStore {
    /// Runs a query of the read-only openCypher subset on `graph` (nil: every graph) in one snapshot.
    ///
    /// ```swift
    /// let result = try store.runQuery("MATCH (a {key: $k})-[*1..2]->(b) RETURN DISTINCT b.key",
    ///                                 graph: "fi2014", parameters: ["k": .string("17_18")])
    /// ```
    public func runQuery(_ text: String, graph: String?, parameters: [String: QueryValue] = [:]) throws -> QueryResult {
        try readSnapshot { db in try CypherQuery.run(text, graph: graph, parameters: parameters, in: db) }
    }
}

import ClusterGraph
import GRDB

/// The read-only openCypher subset over a ClusterNet store (see `Docs/query-language.md`).
///
/// ```swift
/// let result = try CypherQuery.run("MATCH (s)-[r:io]->(p {key: $sector}) RETURN s.key, r.weight ORDER BY r.weight DESC LIMIT 5",
///                                  graph: "fi2014", parameters: ["sector": .string("17_18")], in: database)
/// ```
public enum CypherQuery {
    /// Parses `text`, throwing ``QueryError/syntax(_:at:)`` with the line and column of the first problem.
    public static func checkSyntax(_ text: String) throws(QueryError) {
        var parser = QueryParser(text: text)
        _ = try parser.parse()
    }

    /// Compiles `text` to SQL against the store's schema, checking names against the database.
    static func compile(_ text: String, graph: String?, parameters: [String: QueryValue], in database: Database) throws -> CompiledQuery {
        var parser = QueryParser(text: text)
        let statement = try parser.parse()
        let catalog = try QueryCatalog(database: database, graph: graph, text: text)
        return try SQLCompiler(catalog: catalog, text: text, parameters: parameters).compile(statement)
    }

    /// Runs `text` on `graph` (nil: every graph, with `n.graph` naming each row's graph).
    /// Either the whole result or a ``QueryError``: nothing partial.
    public static func run(_ text: String, graph: String?, parameters: [String: QueryValue] = [:],
                           in database: Database) throws -> QueryResult {
        do {
            let compiled = try compile(text, graph: graph, parameters: parameters, in: database)
            var executor = QueryExecutor(database: database)
            return try executor.run(compiled)
        } catch let error as DatabaseError {
            throw QueryError.database(error.message ?? "\(error)")
        }
    }

    /// The SQL a query compiles to (arguments stay placeholders).
    public static func sql(_ text: String, graph: String?, parameters: [String: QueryValue] = [:],
                           in database: Database) throws -> String {
        try compile(text, graph: graph, parameters: parameters, in: database).sql
    }

    /// The SQL followed by one `-- :name = value` comment line per argument, in placeholder order.
    static func explained(_ text: String, graph: String?, parameters: [String: QueryValue],
                          in database: Database) throws -> String {
        let compiled = try compile(text, graph: graph, parameters: parameters, in: database)
        let arguments = compiled.arguments.sorted { (Int($0.key.dropFirst()) ?? 0) < (Int($1.key.dropFirst()) ?? 0) }
        return compiled.sql + "\n" + arguments.map { "-- :\($0.key) = \($0.value)" }.joined(separator: "\n")
    }
}

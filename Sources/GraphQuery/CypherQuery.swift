import ClusterGraph
import Dispatch
import GRDB

/// The read-only openCypher language over a ClusterNet store (see `Docs/query-language.md`).
///
/// ```swift
/// let result = try CypherQuery.run("MATCH (s)-[r:io]->(p {key: $sector}) RETURN s.key, r.weight ORDER BY r.weight DESC LIMIT 5",
///                                  graph: "fi2014", parameters: ["sector": .string("17_18")],
///                                  options: QueryOptions(timeout: .seconds(10)), in: database)
/// ```
public enum CypherQuery {
    /// Parses `text`, throwing ``QueryError/syntax(_:at:)`` with the line and column of the first problem.
    public static func checkSyntax(_ text: String) throws(QueryError) {
        var parser = QueryParser(text: text)
        _ = try parser.parse()
    }

    /// Compiles `text` to SQL against the store's schema.
    static func compile(_ text: String, graph: String?, parameters: [String: QueryValue], in database: Database) throws -> CompiledQuery {
        var parser = QueryParser(text: text)
        let statement = try parser.parse()
        let catalog = try QueryCatalog(database: database, graph: graph)
        return try SQLCompiler(catalog: catalog, text: text, parameters: parameters).compile(statement)
    }

    /// Runs `text` on `graph` (nil: every graph, with `n.graph` naming each row's graph).
    /// Either the whole result or a ``QueryError``: nothing partial. With `options.timeout`, a
    /// query still running after that long stops with ``QueryError/timeout(seconds:)``.
    public static func run(_ text: String, graph: String?, parameters: [String: QueryValue] = [:],
                           options: QueryOptions = QueryOptions(), in database: Database) throws -> QueryResult {
        do {
            let start = DispatchTime.now().uptimeNanoseconds
            let compiled = try compile(text, graph: graph, parameters: parameters, in: database)
            let compiledAt = DispatchTime.now().uptimeNanoseconds
            var executor = QueryExecutor(database: database)
            var result = try executor.run(compiled, timeout: options.timeout)
            result.timings = QueryTimings(compileSeconds: Double(compiledAt - start) / 1e9,
                                          runSeconds: Double(DispatchTime.now().uptimeNanoseconds - compiledAt) / 1e9)
            return result
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

/// How a query runs.
public struct QueryOptions: Sendable {
    /// Stops a query that runs longer (nil: no limit). The CLI's `--timeout`; a server's per-request limit.
    public var timeout: Duration?

    public init(timeout: Duration? = nil) {
        self.timeout = timeout
    }
}

/// How long a query took to compile and to run (fetching rows included).
public struct QueryTimings: Sendable {
    public var compileSeconds: Double
    public var runSeconds: Double
}

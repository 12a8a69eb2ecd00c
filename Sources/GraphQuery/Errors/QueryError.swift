import ClusterGraph

/// Why a query could not run. The description names the place in the query (line, column, the
/// line with a caret under the spot) and what to do; nothing is printed when a query fails.
///
/// ```swift
/// do { _ = try CypherQuery.parse("MATCH (a RETURN a") }
/// catch let error as QueryError { print(error) }   // Syntax error at line 1, column 10: …
/// ```
public enum QueryError: UserFacingError, Equatable {
    /// The text is not in the supported Cypher subset.
    case syntax(String, at: QueryLocation)
    /// The text parses but cannot mean anything: an undefined variable, a misplaced aggregate, …
    case invalid(String, at: QueryLocation)
    /// A label (node kind), relationship type (link kind), property, function or graph that does not exist.
    case unknownName(String, at: QueryLocation?)
    /// A `$name` without a value, or a `--param` that is not `name=value`.
    case parameter(String)
    /// SQLite refused the compiled statement (a bug in the compiler, or a damaged database).
    case database(String)

    public var description: String {
        switch self {
        case .syntax(let message, let location):
            return "Syntax error at \(location.excerpt)\n\(message)"
        case .invalid(let message, let location):
            return "Invalid query at \(location.excerpt)\n\(message)"
        case .unknownName(let message, let location):
            guard let location else { return message }
            return "Unknown name at \(location.excerpt)\n\(message)"
        case .parameter(let message):
            return message
        case .database(let message):
            return "The query could not run on the database: \(message). Check that the file is a ClusterNet database (`clusternet init`)."
        }
    }
}

import ClusterGraph

/// Why a query could not run. The description names the place in the query (line, column, the
/// line with a caret under the spot) and what to do; nothing is printed when a query fails.
///
/// ```swift
/// do { try CypherQuery.checkSyntax("MATCH (a RETURN a") }
/// catch { print(error) }   // Syntax error at line 1, column 10: …
/// ```
public enum QueryError: UserFacingError, Equatable {
    /// The text is not Cypher (openCypher's SyntaxError).
    case syntax(String, at: QueryLocation)
    /// The text parses but cannot mean anything: an undefined variable, a misplaced aggregate, a
    /// variable bound twice, … (openCypher's SyntaxError for semantic checks).
    case invalid(String, at: QueryLocation)
    /// A function or graph that does not exist.
    case unknownName(String, at: QueryLocation?)
    /// A `$name` without a value, or a `--param` that is not `name=value`.
    case parameter(String)
    /// A value of the wrong type for an operator or function (openCypher's TypeError).
    case type(String)
    /// A value of the right type that a function cannot take, such as a negative count (ArgumentError).
    case argument(String)
    /// Integer overflow or an integer division by zero (ArithmeticError).
    case arithmetic(String)
    /// Valid Cypher outside what ClusterNet answers (writing clauses, temporal types, …).
    case unsupported(String, at: QueryLocation)
    /// The query ran past its time limit and was stopped.
    case timeout(seconds: Double)
    /// The compiled statement nests deeper than SQLite parses (about 20 levels of nested
    /// expressions over row values; parts known before running do not count).
    case tooDeep
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
        case .unsupported(let message, let location):
            return "Not supported at \(location.excerpt)\n\(message)"
        case .parameter(let message), .argument(let message):
            return message
        case .type(let message):
            return "Type error: \(message)"
        case .arithmetic(let message):
            return "Arithmetic error: \(message)"
        case .timeout(let seconds):
            let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return "The query ran longer than its time limit of \(shown) s and was stopped. Narrow it (a start node given by key, a smaller upper bound on *, a LIMIT) or allow more time with --timeout."
        case .tooDeep:
            return "The query nests expressions over the rows too deeply for SQLite to run (about 20 levels of nested lists, maps, CASE or parenthesised operations); compute inner parts with WITH first."
        case .database(let message):
            return "The query could not run on the database: \(message)."
        }
    }
}

/// What a compiled expression stands for, so the planner knows which SQL columns carry it and how
/// the executor turns them back into a ``QueryValue``.
enum ValueShape: Sendable, Equatable {
    case scalar
    case boolean
    /// A JSON array of scalars (`collect`, `labels`, list literals).
    case list
    /// A JSON array of `"graphId:nodeId"` strings (`collect(n)`, `nodes(p)`).
    case nodeList
    /// A row of the `node` table under this alias.
    case node(alias: String)
    /// A row of the `link` table under this alias.
    case relationship(alias: String)
    /// A path: the graph id, the node ids as `"1,5,7,"`, and the number of relationships.
    case path(graph: String, ids: String, length: String)
}

/// An expression compiled to SQL text with its shape; `aggregate` when it contains an aggregate call.
struct SQLValue: Sendable {
    var sql: String
    var shape: ValueShape
    var aggregate: Bool = false
}

/// What a variable name means in the rows built so far.
enum Binding: Sendable {
    /// A node or relationship table row, a path, or a plain value carried by a column.
    case value(ValueShape, sql: String)
    /// The list of relationships of a variable-length pattern: bound, but not usable in expressions.
    case relationshipList

    /// The SQL expressions that identify the value, to carry it through a materialised stage.
    var columns: [String] {
        switch self {
        case .value(.node(let alias), _): return ["\(alias).graph_id", "\(alias).id"]
        case .value(.relationship(let alias), _): return ["\(alias).graph_id", "\(alias).source", "\(alias).target", "\(alias).kind"]
        case .value(.path(let graph, let ids, let length), _): return [graph, ids, length]
        case .value(_, let sql): return [sql]
        case .relationshipList: return []
        }
    }

    /// The SQL of the graph id this binding lives in, when it has one.
    var graphColumn: String? {
        switch self {
        case .value(.node(let alias), _), .value(.relationship(let alias), _): return "\(alias).graph_id"
        case .value(.path(let graph, _, _), _): return graph
        default: return nil
        }
    }
}

/// The rows a clause has produced so far: a FROM list (first item plain, later ones `JOIN …` or
/// `LEFT JOIN … ON …`), WHERE conditions, and the variables in scope in binding order.
/// Names starting with a space are hidden helpers (anonymous nodes, path pieces) that users cannot write.
struct RowSource: Sendable {
    var items: [String] = []
    var conditions: [String] = []
    private(set) var names: [String] = []
    private(set) var bindings: [String: Binding] = [:]
    /// SQL of the current row's graph id; every new node and link must share it.
    var graphAnchor: String?

    subscript(name: String) -> Binding? { bindings[name] }

    mutating func bind(_ name: String, _ binding: Binding) {
        if bindings[name] == nil { names.append(name) }
        bindings[name] = binding
        if graphAnchor == nil { graphAnchor = binding.graphColumn }
    }

    /// Adds a table to the FROM list as a CROSS JOIN (conditions go in WHERE): SQLite keeps tables in
    /// this order, which the compiler chooses so each step is an index lookup from the one before.
    /// (Left to itself, a store without ANALYZE statistics leads SQLite to scan every link of a graph.)
    mutating func join(_ table: String) {
        items.append(items.isEmpty ? table : "CROSS JOIN \(table)")
    }

    /// Variables users named, in binding order.
    var visibleNames: [String] { names.filter { !$0.hasPrefix(" ") } }

    /// `FROM … WHERE …` for a SELECT over these rows (no FROM at all for the single empty row).
    var fromClause: String {
        var sql = items.isEmpty ? "" : " FROM " + items.joined(separator: " ")
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        return sql
    }
}

/// The rows a clause has produced so far: a FROM list (first item plain, later ones `CROSS JOIN …`
/// or `LEFT JOIN … ON …`), WHERE conditions, and the variables in scope in binding order.
/// Names starting with a space are hidden helpers (anonymous nodes, path pieces) that users cannot write.
struct RowSource: Sendable {
    var items: [String] = []
    var conditions: [String] = []
    private(set) var names: [String] = []
    private(set) var bindings: [String: SQLValue] = [:]
    /// SQL of the current row's graph id; every new node and link must share it.
    var graphAnchor: String?
    /// Expressions, by their text, that stand for a column after aggregation or `DISTINCT`
    /// (`RETURN n.name, count(*) ORDER BY count(*)`).
    var substitutions: [String: SQLValue] = [:]

    subscript(name: String) -> SQLValue? { bindings[name] }

    mutating func bind(_ name: String, _ value: SQLValue) {
        if bindings[name] == nil { names.append(name) }
        bindings[name] = value
        if graphAnchor == nil { graphAnchor = value.graphColumn }
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
        if !conditions.isEmpty { sql += " WHERE " + Self.balanced(conditions[...], "AND") }
        return sql
    }

    /// `terms` joined by `word` as a balanced tree: SQLite's expression depth (at most 1000) grows
    /// with the logarithm of the number of terms instead of the number.
    static func balanced(_ terms: ArraySlice<String>, _ word: String) -> String {
        if terms.count == 1, let only = terms.first { return only }
        let middle = terms.startIndex + terms.count / 2
        return "(\(balanced(terms[..<middle], word)) \(word) \(balanced(terms[middle...], word)))"
    }

    /// The same variables and substitutions over no rows of their own: the scope of a correlated
    /// subquery, whose SQL reads the outer row's aliases directly.
    var correlated: RowSource {
        var scope = self
        scope.items = []
        scope.conditions = []
        return scope
    }
}

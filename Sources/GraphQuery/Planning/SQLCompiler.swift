import ClusterGraph
import GRDB

/// A query compiled to one SQL statement: every user value is a named argument, never SQL text;
/// each result column is one SQL column holding a value as ``CypherValue/databaseValue`` encodes it.
struct CompiledQuery: Sendable {
    var sql: String
    var arguments: [String: DatabaseValue]
    var columns: [String]
    /// The `cy_…` SQL functions the statement calls.
    var functions: Set<String>
    /// Names no node or relationship has (likely typos); their values are null.
    var warnings: [String]
}

/// Compiles a ``QueryStatement`` to SQL over the store's tables (`graph`, `node`, `node_attribute`,
/// `link`, `link_attribute`).
///
/// The query becomes a chain of common table expressions: each `WITH`, each `OPTIONAL MATCH`,
/// each aggregation and each variable-length relationship materialises the rows so far, and the
/// next step starts from them. Fixed-length patterns are joins; `*min..max` is a recursive CTE
/// seeded with the distinct start nodes of the rows so far, which carries the relationships it
/// used as a trail so none is used twice on a path (Cypher's relationship isomorphism).
/// Expressions use SQLite's operators where types allow and the `cy_…` functions of
/// ``SQLFunctions`` otherwise, so every operator keeps Cypher's null and type rules.
/// - Complexity: the SQL grows linearly with the query.
final class SQLCompiler {
    let catalog: QueryCatalog
    let text: String
    let parameters: [String: QueryValue]
    var ctes: [String] = []
    var arguments: [String: DatabaseValue] = [:]
    var functions: Set<String> = []
    /// The walks of the query, which a LIMIT may cap (see ``capWalk(at:)``).
    var walkCaps: [WalkCap] = []
    /// Whether the query's shape lets its LIMIT stop its one walk early (set per single query).
    var walkCapAllowed = false
    private var counter = 0

    init(catalog: QueryCatalog, text: String, parameters: [String: QueryValue]) {
        self.catalog = catalog
        self.text = text
        self.parameters = parameters
    }

    func compile(_ statement: QueryStatement) throws -> CompiledQuery {
        var selects: [String] = []
        var columns: [String]?
        for query in statement.queries {
            let (select, names) = try compile(query, inUnion: statement.queries.count > 1)
            if let columns, columns != names {
                guard case .return(let projection)? = query.clauses.last else { break }
                throw invalid("Every part of a UNION must return the same columns in the same order: \(columns.joined(separator: ", ")) here, not \(names.joined(separator: ", ")).",
                              at: projection.offset)
            }
            columns = names
            selects.append(select)
        }
        let with = ctes.isEmpty ? "" : "WITH RECURSIVE " + ctes.joined(separator: ",\n") + "\n"
        let body = selects.joined(separator: statement.unionAll ? "\nUNION ALL\n" : "\nUNION\n")
        return CompiledQuery(sql: with + body, arguments: arguments, columns: columns ?? [], functions: functions,
                             warnings: catalog.warnings)
    }

    private func compile(_ query: SingleQuery, inUnion: Bool) throws -> (String, [String]) {
        walkCapAllowed = !inUnion && Self.walkRowsAreResultRows(query)
        var source = RowSource()
        for clause in query.clauses {
            switch clause {
            case .match(let match):
                source = match.optional ? try addOptionalMatch(match, to: source) : try addMatch(match, to: source)
            case .unwind(let list, let alias, let offset):
                source = try addUnwind(list, as: alias, at: offset, to: source)
            case .with(let projection):
                source = try stage(projection, over: source)
            case .return(let projection):
                let (select, names) = try finalSelect(projection, over: source)
                // A part of a UNION cannot carry its own ORDER BY or LIMIT in SQLite.
                return (inUnion ? "SELECT * FROM (\(select))" : select, names)
            }
        }
        preconditionFailure("the parser always ends a query with RETURN")
    }

    /// Whether every row of the query's only walk becomes one result row: `MATCH (a …)-[*…]-(b)
    /// [WHERE conditions on a] RETURN …` with nothing on `b`, at least one hop allowed from the
    /// start, and no other clause.
    private static func walkRowsAreResultRows(_ query: SingleQuery) -> Bool {
        guard query.clauses.count == 2, case .match(let match) = query.clauses[0], !match.optional,
              match.patterns.count == 1, let pattern = match.patterns.first, pattern.steps.count == 1,
              let (relationship, end) = pattern.steps.first, end.labels.isEmpty, end.properties == nil,
              (relationship.length?.minimum ?? 1) <= 1 else { return false }
        let startNames = Set([pattern.start.variable].compactMap { $0 })
        return match.condition.map { variables(in: $0).isSubset(of: startNames) } ?? true
    }

    // MARK: Names, arguments, errors

    func fresh(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    /// Binds a value as a named SQL argument and returns its placeholder. Text is bound in the
    /// store's one spelling (NFC, ``StoredText``), so `'é'` finds a key however it was typed.
    func bind(_ value: DatabaseValue) -> String {
        let name = fresh("p")
        if case .string(let text) = value.storage {
            arguments[name] = StoredText.normalised(text).databaseValue
        } else {
            arguments[name] = value
        }
        return ":" + name
    }

    func bind(_ text: String) -> String { bind(text.databaseValue) }

    /// A value known at compile time, as a bound argument (booleans as 1/0 truth values).
    func constant(_ value: CypherValue) -> SQLValue {
        var result: SQLValue
        switch value {
        case .null: result = .value("NULL", .null, plain: true)
        case .boolean(let flag): result = .truth(flag ? "1" : "0")
        case .integer, .string: result = .value(bind(value.databaseValue), ValueType(of: value), plain: true)
        case .float(let number): result = .value(bind(value.databaseValue), .float, plain: !number.isNaN)
        default: result = .value(bind(value.databaseValue), ValueType(of: value))
        }
        result.constant = value
        return result
    }

    /// Marks an SQL function as used, so the executor registers it.
    func call(_ function: String) -> String {
        functions.insert(function)
        return function
    }

    /// The graph id as a bound argument when the query runs on one graph.
    lazy var graphPlaceholder: String? = catalog.graphID.map { bind($0.databaseValue) }

    func invalid(_ message: String, at offset: Int) -> QueryError {
        .invalid(message, at: QueryLocation(offset: offset, in: text))
    }

    func unsupported(_ message: String, at offset: Int) -> QueryError {
        .unsupported(message, at: QueryLocation(offset: offset, in: text))
    }

    func undefined(_ name: String, at offset: Int, in source: RowSource) -> QueryError {
        invalid("The variable '\(name)' is not defined here.\(NameSuggestion.hint(for: name, among: source.visibleNames)) Variables come from MATCH patterns, UNWIND and WITH.",
                at: offset)
    }

    // MARK: Materialising

    /// Writes the rows of `source` as a CTE carrying every binding (and a constant column, so a
    /// source without variables still has one), and returns a fresh source reading from it, with
    /// node and relationship rows joined back by primary key.
    func materialize(_ source: RowSource) -> Materialized {
        let cte = fresh("stage")
        let alias = fresh("s")
        var selected = ["1 AS unit"]
        var columns: [String: [String]] = [:]
        for name in source.names {
            guard let binding = source[name] else { continue }
            var carried: [String] = []
            for expression in binding.columns {
                let column = fresh("c")
                selected.append("\(expression) AS \(column)")
                carried.append(column)
            }
            columns[name] = carried
        }
        ctes.append("\(cte) AS (SELECT \(selected.joined(separator: ", "))\(source.fromClause))")
        var next = RowSource()
        next.join("\(cte) AS \(alias)")
        for name in source.names {
            guard let binding = source[name], let carried = columns[name] else { continue }
            rejoin(name, binding, from: carried.map { "\(alias).\($0)" }, into: &next)
        }
        return Materialized(source: next, cte: cte, alias: alias, columns: columns)
    }

    /// A CTE written by ``materialize(_:)``: the source reading it under `alias`, and each variable's carried columns.
    struct Materialized {
        var source: RowSource
        var cte: String
        var alias: String
        var columns: [String: [String]]
    }

    /// Binds `name` in `target` from carried columns: node and link rows are joined back (LEFT, as the
    /// carried value may be null from an OPTIONAL MATCH), other values read straight from the columns.
    func rejoin(_ name: String, _ binding: SQLValue, from columns: [String], into target: inout RowSource) {
        switch binding.shape {
        case .node:
            let alias = fresh("n")
            target.items.append("LEFT JOIN node AS \(alias) ON \(alias).graph_id = \(columns[0]) AND \(alias).id = \(columns[1])")
            target.bind(name, .node(alias))
        case .relationship:
            let alias = fresh("r")
            target.items.append("LEFT JOIN link AS \(alias) ON \(alias).graph_id = \(columns[0]) AND \(alias).source = \(columns[1]) AND \(alias).target = \(columns[2]) AND \(alias).kind = \(columns[3])")
            target.bind(name, .relationship(alias))
        case .value, .truth:
            var carried = binding
            carried.sql = columns[0]
            carried.aggregate = false
            carried.constant = nil
            target.bind(name, carried)
        }
    }

    /// Joins the node (or link) row a value holding a node (or relationship) refers to, so the
    /// variable can stand in patterns and its properties read by index.
    func joinEntity(_ value: SQLValue, into source: inout RowSource) -> SQLValue {
        guard value.shape == .value, value.type == .node || value.type == .relationship else { return value }
        let parts = (0..<(value.type == .node ? 2 : 4)).map { "\(call("cy_part"))(\(value.sql), \($0))" }
        let helper = fresh(" entity")
        rejoin(helper, value.type == .node ? .node("") : .relationship(""), from: parts, into: &source)
        return source[helper] ?? value
    }

    // MARK: UNWIND

    /// `UNWIND list AS x`: one row per element (none for an empty list or null), in list order.
    func addUnwind(_ list: Expression, as alias: String, at offset: Int, to source: RowSource) throws -> RowSource {
        if source[alias] != nil {
            throw invalid("'\(alias)' is already defined; UNWIND needs a new name after AS.", at: offset)
        }
        let value = try expression(list, in: source)
        if value.aggregate { throw invalid("UNWIND cannot take an aggregate; compute it with WITH first.", at: list.offset) }
        var next = source
        let elements = fresh("u")
        next.join("json_each(\(call("cy_elements"))(\(boxed(value).sql))) AS \(elements)")
        var element = SQLValue.value("\(call("cy_elem"))(\(elements).value)", elementType(of: value.type))
        if case .list(let type) = value.type, type == .boolean { element.type = .boolean }
        next.bind(alias, joinEntity(element, into: &next))
        return next
    }

    func elementType(of type: ValueType) -> ValueType {
        if case .list(let element) = type { return element }
        return .any
    }

    // MARK: OPTIONAL MATCH

    /// Matches `clause` once per distinct binding of the variables it shares with the rows so far,
    /// then LEFT JOINs the matches back, so rows without a match keep nulls.
    func addOptionalMatch(_ clause: MatchClause, to source: RowSource) throws -> RowSource {
        var referenced = Set<String>()
        for pattern in clause.patterns { referenced.formUnion(Self.variables(in: pattern)) }
        if let condition = clause.condition { referenced.formUnion(Self.variables(in: condition)) }
        let shared = source.names.filter { referenced.contains($0) }

        let stage = materialize(source)
        let outer = stage.source, outerCTE = stage.cte, outerColumns = stage.columns
        var inner = RowSource()
        if !shared.isEmpty {
            let innerAlias = fresh("d")
            let columns = shared.flatMap { outerColumns[$0] ?? [] }
            inner.join("(SELECT DISTINCT \(columns.joined(separator: ", ")) FROM \(outerCTE)) AS \(innerAlias)")
            for name in shared {
                guard let binding = source[name], let carried = outerColumns[name] else { continue }
                rejoin(name, binding, from: carried.map { "\(innerAlias).\($0)" }, into: &inner)
            }
        }
        var required = clause
        required.optional = false
        inner = try addMatch(required, to: inner)

        // Carry the shared columns as they came in, then the new variables.
        let optional = fresh("optional")
        let alias = fresh("o")
        var selected = ["1 AS unit"]
        var onConditions: [String] = []
        for name in shared {
            guard let binding = inner[name], let columns = outerColumns[name] else { continue }
            for (expression, column) in zip(binding.columns, columns) {
                selected.append("\(expression) AS \(column)")
                onConditions.append("\(alias).\(column) IS \(stage.alias).\(column)")
            }
        }
        var newColumns: [(String, SQLValue, [String])] = []
        for name in inner.names where !shared.contains(name) && !name.hasPrefix(" ") {
            guard let binding = inner[name] else { continue }
            var carried: [String] = []
            for expression in binding.columns {
                let column = fresh("c")
                selected.append("\(expression) AS \(column)")
                carried.append("\(alias).\(column)")
            }
            newColumns.append((name, binding, carried))
        }
        ctes.append("\(optional) AS (SELECT \(selected.joined(separator: ", "))\(inner.fromClause))")
        var result = outer
        result.items.append("LEFT JOIN \(optional) AS \(alias) ON " + (onConditions.isEmpty ? "1" : onConditions.joined(separator: " AND ")))
        for (name, binding, carried) in newColumns { rejoin(name, binding, from: carried, into: &result) }
        return result
    }

    // MARK: Variables of syntax trees

    /// The variables an expression reads (those its comprehensions bind are left out).
    static func variables(in expression: Expression) -> Set<String> {
        func all(_ expressions: [Expression]) -> Set<String> {
            expressions.reduce(into: []) { $0.formUnion(variables(in: $1)) }
        }
        switch expression.kind {
        case .variable(let name): return [name]
        case .property(let base, _): return variables(in: base)
        case .list(let elements): return all(elements)
        case .map(let entries): return all(entries.map(\.1))
        case .mapProjection(let base, let items):
            var names = variables(in: base)
            for item in items {
                switch item {
                case .entry(_, let value): names.formUnion(variables(in: value))
                case .variable(let name, _): names.insert(name)
                default: break
                }
            }
            return names
        case .call(_, _, _, let arguments): return all(arguments)
        case .not(let operand), .negate(let operand), .isNull(let operand, _), .hasLabels(let operand, _): return variables(in: operand)
        case .and(let operands), .or(let operands), .xor(let operands): return all(operands)
        case .comparison(let first, let rest): return all([first] + rest.map(\.1))
        case .arithmetic(let first, let rest): return all([first] + rest.map(\.1))
        case .stringMatch(_, let left, let right), .inList(let left, let right), .index(let left, let right):
            return variables(in: left).union(variables(in: right))
        case .slice(let base, let from, let to): return all([base] + [from, to].compactMap { $0 })
        case .caseOf(let subject, let branches, let otherwise):
            return all([subject, otherwise].compactMap { $0 } + branches.flatMap { [$0.0, $0.1] })
        case .listComprehension(let variable, let list, let filter, let projection):
            return variables(in: list).union(all([filter, projection].compactMap { $0 }).subtracting([variable]))
        case .quantifier(_, let variable, let list, let filter):
            return variables(in: list).union(all([filter].compactMap { $0 }).subtracting([variable]))
        case .reduce(let accumulator, let initial, let variable, let list, let step):
            return all([initial, list]).union(variables(in: step).subtracting([accumulator, variable]))
        case .patternComprehension(let pattern, let filter, let projection):
            return variables(in: pattern).union(all([filter, projection].compactMap { $0 }))
        case .patternPredicate(let patterns, let filter):
            return patterns.reduce(into: Set<String>()) { $0.formUnion(variables(in: $1)) }.union(all([filter].compactMap { $0 }))
        default: return []
        }
    }

    static func variables(in pattern: PathPattern) -> Set<String> {
        var names = Set<String>()
        func add(_ constraint: PropertyConstraint?) {
            if case .map(let entries)? = constraint { for (_, value) in entries { names.formUnion(variables(in: value)) } }
        }
        if let variable = pattern.variable { names.insert(variable) }
        if let variable = pattern.start.variable { names.insert(variable) }
        add(pattern.start.properties)
        for (relationship, node) in pattern.steps {
            if let variable = relationship.variable { names.insert(variable) }
            add(relationship.properties)
            if let variable = node.variable { names.insert(variable) }
            add(node.properties)
        }
        return names
    }

    /// Whether an expression contains an aggregate call outside any nested comprehension's scope.
    static func containsAggregate(_ expression: Expression) -> Bool {
        var found = false
        visit(expression) { node in
            if case .call(let name, _, let star, _) = node.kind, star || aggregateNames.contains(name.lowercased()) { found = true }
        }
        return found
    }

    /// Calls `body` on `expression` and every expression inside it evaluated in the same scope.
    static func visit(_ expression: Expression, _ body: (Expression) -> Void) {
        body(expression)
        let children: [Expression?]
        switch expression.kind {
        case .property(let base, _): children = [base]
        case .list(let elements): children = elements
        case .map(let entries): children = entries.map(\.1)
        case .mapProjection(let base, let items):
            children = [base] + items.map { item -> Expression? in if case .entry(_, let value) = item { return value }; return nil }
        case .call(_, _, _, let arguments): children = arguments
        case .not(let operand), .negate(let operand), .isNull(let operand, _), .hasLabels(let operand, _): children = [operand]
        case .and(let operands), .or(let operands), .xor(let operands): children = operands
        case .comparison(let first, let rest): children = [first] + rest.map(\.1)
        case .arithmetic(let first, let rest): children = [first] + rest.map(\.1)
        case .stringMatch(_, let left, let right), .inList(let left, let right), .index(let left, let right): children = [left, right]
        case .slice(let base, let from, let to): children = [base, from, to]
        case .caseOf(let subject, let branches, let otherwise): children = [subject, otherwise] + branches.flatMap { [$0.0, $0.1] }
        // The bodies of comprehensions run per element, in a scope of their own: aggregates there are
        // not the projection's (and are refused when compiled).
        case .listComprehension(_, let list, _, _): children = [list]
        case .quantifier(_, _, let list, _): children = [list]
        case .reduce(_, let initial, _, let list, _): children = [initial, list]
        default: children = []
        }
        for child in children.compactMap({ $0 }) { visit(child, body) }
    }
}

import ClusterGraph
import GRDB

/// How the executor turns the SQL columns of one result column back into a ``QueryValue``.
enum OutputDecoder: Sendable {
    case scalar, boolean, list, nodeList, node, relationship, path

    /// How many SQL columns carry a value of this kind.
    var width: Int {
        switch self {
        case .node: return 2
        case .relationship: return 4
        case .path: return 3
        default: return 1
        }
    }
}

/// A query compiled to one SQL statement: every user value is a named argument, never SQL text.
struct CompiledQuery: Sendable {
    var sql: String
    var arguments: [String: DatabaseValue]
    var columns: [(name: String, decoder: OutputDecoder)]
}

/// Compiles a ``QueryStatement`` to SQL over the store's tables (`graph`, `node`, `node_attribute`,
/// `link`, `link_attribute`).
///
/// The query becomes a chain of common table expressions: each `WITH`, each `OPTIONAL MATCH` and each
/// variable-length relationship materialises the rows so far, and the next step starts from them.
/// Fixed-length patterns are joins; `*min..max` is a recursive CTE seeded with the distinct start
/// nodes of the rows so far, which stops at `max` hops and never revisits a node on a path (the
/// path's node ids are kept as `,1,5,7,` and checked with `instr`), so it ends on cyclic graphs.
final class SQLCompiler {
    let catalog: QueryCatalog
    let text: String
    let parameters: [String: QueryValue]
    var ctes: [String] = []
    var arguments: [String: DatabaseValue] = [:]
    private var counter = 0

    init(catalog: QueryCatalog, text: String, parameters: [String: QueryValue]) {
        self.catalog = catalog
        self.text = text
        self.parameters = parameters
    }

    func compile(_ statement: QueryStatement) throws -> CompiledQuery {
        var source = RowSource()
        for (index, part) in statement.parts.enumerated() {
            for clause in part.matches {
                source = clause.optional ? try addOptionalMatch(clause, to: source) : try addMatch(clause, to: source)
            }
            if index == statement.parts.count - 1 {
                let (select, columns) = try finalSelect(part.projection, over: source)
                let with = ctes.isEmpty ? "" : "WITH RECURSIVE " + ctes.joined(separator: ",\n") + "\n"
                return CompiledQuery(sql: with + select, arguments: arguments, columns: columns)
            }
            source = try stage(part.projection, over: source)
        }
        preconditionFailure("the parser always ends a statement with RETURN")
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

    /// The graph id as a bound argument when the query runs on one graph.
    lazy var graphPlaceholder: String? = catalog.graphID.map { bind($0.databaseValue) }

    func invalid(_ message: String, at offset: Int) -> QueryError {
        .invalid(message, at: QueryLocation(offset: offset, in: text))
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
        let names = source.names
        for name in names {
            guard let binding = source[name] else { continue }
            var names: [String] = []
            for expression in binding.columns {
                let column = fresh("c")
                selected.append("\(expression) AS \(column)")
                names.append(column)
            }
            columns[name] = names
        }
        ctes.append("\(cte) AS (SELECT \(selected.joined(separator: ", "))\(source.fromClause))")
        var next = RowSource()
        next.join("\(cte) AS \(alias)")
        for name in names {
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
    func rejoin(_ name: String, _ binding: Binding, from columns: [String], into target: inout RowSource) {
        switch binding {
        case .value(.node, _):
            let alias = fresh("n")
            target.items.append("LEFT JOIN node AS \(alias) ON \(alias).graph_id = \(columns[0]) AND \(alias).id = \(columns[1])")
            target.bind(name, .value(.node(alias: alias), sql: alias))
        case .value(.relationship, _):
            let alias = fresh("r")
            target.items.append("LEFT JOIN link AS \(alias) ON \(alias).graph_id = \(columns[0]) AND \(alias).source = \(columns[1]) AND \(alias).target = \(columns[2]) AND \(alias).kind = \(columns[3])")
            target.bind(name, .value(.relationship(alias: alias), sql: alias))
        case .value(.path, _):
            target.bind(name, .value(.path(graph: columns[0], ids: columns[1], length: columns[2]), sql: columns[1]))
        case .value(let shape, _):
            target.bind(name, .value(shape, sql: columns[0]))
        case .relationshipList:
            target.bind(name, .relationshipList)
        }
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
        var innerAlias = ""
        if !shared.isEmpty {
            innerAlias = fresh("d")
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
                onConditions.append("\(alias).\(column) = \(stage.alias).\(column)")
            }
        }
        var newColumns: [(String, Binding, [String])] = []
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

    static func variables(in expression: Expression) -> Set<String> {
        switch expression.kind {
        case .variable(let name): return [name]
        case .property(let base, _): return variables(in: base)
        case .list(let elements): return elements.reduce(into: []) { $0.formUnion(variables(in: $1)) }
        case .call(_, _, _, let arguments): return arguments.reduce(into: []) { $0.formUnion(variables(in: $1)) }
        case .not(let operand), .negate(let operand), .isNull(let operand, _): return variables(in: operand)
        case .binary(_, let left, let right): return variables(in: left).union(variables(in: right))
        default: return []
        }
    }

    static func variables(in pattern: PathPattern) -> Set<String> {
        var names = Set<String>()
        func add(_ node: NodePattern) {
            if let variable = node.variable { names.insert(variable) }
            for (_, value) in node.properties { names.formUnion(variables(in: value)) }
        }
        if let variable = pattern.variable { names.insert(variable) }
        add(pattern.start)
        for (relationship, node) in pattern.steps {
            if let variable = relationship.variable { names.insert(variable) }
            for (_, value) in relationship.properties { names.formUnion(variables(in: value)) }
            add(node)
        }
        return names
    }
}

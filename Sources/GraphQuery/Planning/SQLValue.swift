import GRDB

/// How the SQL of a compiled expression carries its value.
enum ValueShape: Sendable, Equatable {
    /// The value in the encoding of ``CypherValue/databaseValue`` (NULL, INTEGER, REAL, TEXT or BLOB).
    case value
    /// A truth value: 1, 0 or NULL — what SQLite's `AND`, `OR`, `NOT` and `WHERE` take.
    case truth
    /// A row of the `node` table under this alias; null when the alias's `id` is.
    case node(alias: String)
    /// A row of the `link` table under this alias; null when the alias's `source` is.
    case relationship(alias: String)
}

/// What the compiler knows of an expression's type (`any` when only the data can tell).
indirect enum ValueType: Sendable, Hashable {
    case any, null, boolean, integer, float, number, string, map, node, relationship, path
    case list(ValueType)

    /// The type of a known value.
    init(of value: CypherValue) {
        switch value {
        case .null: self = .null
        case .boolean: self = .boolean
        case .integer: self = .integer
        case .float: self = .float
        case .string: self = .string
        case .map: self = .map
        case .node: self = .node
        case .relationship: self = .relationship
        case .path: self = .path
        case .list(let values): self = .list(ValueType.join(values.map(ValueType.init(of:))))
        }
    }

    /// The narrowest type holding all of `types` (`any` for none).
    static func join(_ types: [ValueType]) -> ValueType {
        guard let first = types.first else { return .any }
        return types.dropFirst().reduce(first) { join($0, $1) }
    }

    /// The narrowest type holding values of both (null joins anything).
    static func join(_ a: ValueType, _ b: ValueType) -> ValueType {
        if a == b { return a }
        switch (a, b) {
        case (.null, let other), (let other, .null): return other
        case (.integer, .float), (.float, .integer), (.number, .integer), (.number, .float), (.integer, .number), (.float, .number):
            return .number
        case (.list(let x), .list(let y)): return .list(join(x, y))
        default: return .any
        }
    }

    var isNumeric: Bool { self == .integer || self == .float || self == .number }

    /// Whether no value of this type can be of type `other` (so an operator can be refused before running).
    func excludes(_ other: ValueType) -> Bool {
        switch (self, other) {
        case (.any, _), (_, .any), (.null, _), (_, .null): return false
        case (.list, .list): return false
        default:
            if isNumeric && other.isNumeric { return false }
            return self != other
        }
    }

    var name: String {
        switch self {
        case .list(let element): return element == .any ? "a list" : "a list of \(element.name)s"
        case .any: return "a value"
        case .integer: return "an integer"
        default: return "a \(self)"
        }
    }
}

/// An expression compiled to SQL.
struct SQLValue: Sendable {
    var sql: String
    var shape: ValueShape
    var type: ValueType
    /// The SQL is a plain SQLite INTEGER, REAL or TEXT of `type` (or NULL), never a BLOB, so
    /// SQLite's own comparisons and sorting give Cypher's answer.
    var plain = false
    /// The expression contains an aggregate (count, sum, collect, …).
    var aggregate = false
    /// The value, when it is known before the query runs.
    var constant: CypherValue?

    static func value(_ sql: String, _ type: ValueType = .any, plain: Bool = false, aggregate: Bool = false) -> SQLValue {
        SQLValue(sql: sql, shape: .value, type: type, plain: plain, aggregate: aggregate)
    }

    static func truth(_ sql: String, aggregate: Bool = false) -> SQLValue {
        SQLValue(sql: sql, shape: .truth, type: .boolean, aggregate: aggregate)
    }

    static func node(_ alias: String) -> SQLValue {
        SQLValue(sql: alias, shape: .node(alias: alias), type: .node)
    }

    static func relationship(_ alias: String) -> SQLValue {
        SQLValue(sql: alias, shape: .relationship(alias: alias), type: .relationship)
    }

    /// The SQL expressions that identify the value, to carry it through a materialised stage.
    var columns: [String] {
        switch shape {
        case .node(let alias): return ["\(alias).graph_id", "\(alias).id"]
        case .relationship(let alias): return ["\(alias).graph_id", "\(alias).source", "\(alias).target", "\(alias).kind"]
        case .value, .truth: return [sql]
        }
    }

    /// SQL that is NULL exactly when the value is null.
    var identity: String {
        switch shape {
        case .node(let alias): return "\(alias).id"
        case .relationship(let alias): return "\(alias).source"
        case .value, .truth: return sql
        }
    }

    /// The SQL of the graph id this value lives in, when it is a node or relationship row.
    var graphColumn: String? {
        switch shape {
        case .node(let alias), .relationship(let alias): return "\(alias).graph_id"
        default: return nil
        }
    }
}

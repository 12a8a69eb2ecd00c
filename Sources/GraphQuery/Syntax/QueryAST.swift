/// The syntax tree of a query in the supported openCypher subset, as the parser reads it.
/// Offsets are Unicode-scalar positions in the query text, for error messages.

/// An expression with the offset of its first character.
struct Expression: Sendable {
    indirect enum Kind: Sendable {
        case null
        case boolean(Bool)
        case integer(Int64)
        case decimal(Double)
        case string(String)
        case parameter(String)
        case variable(String)
        case property(Expression, String)
        case list([Expression])
        /// `name(…)`, including aggregates; `count(*)` has no arguments and `star` set.
        case call(name: String, distinct: Bool, star: Bool, arguments: [Expression])
        case not(Expression)
        case negate(Expression)
        case binary(BinaryOperator, Expression, Expression)
        case isNull(Expression, negated: Bool)
    }

    let kind: Kind
    let offset: Int
    /// The expression as written (for column names such as `b.key`).
    let text: String
}

enum BinaryOperator: String, Sendable {
    case or = "OR", xor = "XOR", and = "AND"
    case equal = "=", notEqual = "<>", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case `in` = "IN", startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS"
}

/// `(name:label {key: value})`
struct NodePattern: Sendable {
    var variable: String?
    var labels: [String]
    var properties: [(String, Expression)]
    let offset: Int
}

enum RelationshipDirection: Sendable {
    /// `-[]->`: from the left node to the right node.
    case right
    /// `<-[]-`
    case left
    /// `-[]-`: either way.
    case either
}

/// `-[name:type1|type2*min..max {key: value}]->`
struct RelationshipPattern: Sendable {
    var variable: String?
    var types: [String]
    var direction: RelationshipDirection
    /// nil for a single relationship; bounds for `*min..max`.
    var length: ClosedRange<Int>?
    var properties: [(String, Expression)]
    let offset: Int
}

/// `p = (a)-[r]->(b)-…`
struct PathPattern: Sendable {
    var variable: String?
    var start: NodePattern
    var steps: [(RelationshipPattern, NodePattern)]
    let offset: Int
}

struct MatchClause: Sendable {
    var optional: Bool
    var patterns: [PathPattern]
    var condition: Expression?
    let offset: Int
}

struct ProjectionItem: Sendable {
    var expression: Expression
    var alias: String?
    /// The column name: the alias, else the expression as written.
    var name: String { alias ?? expression.text }
}

struct SortItem: Sendable {
    var expression: Expression
    var descending: Bool
}

/// The tail of a `WITH` or `RETURN`.
struct Projection: Sendable {
    var distinct: Bool
    /// Empty with `star` set for `RETURN *` / `WITH *`.
    var items: [ProjectionItem]
    var star: Bool
    var order: [SortItem]
    var skip: Expression?
    var limit: Expression?
    /// `WITH … WHERE`: filters the projected rows.
    var condition: Expression?
    let offset: Int
}

/// The MATCH clauses up to a `WITH` or the final `RETURN`.
struct QueryPart: Sendable {
    var matches: [MatchClause]
    var projection: Projection
}

/// A whole query: parts joined by `WITH`, the last ending in `RETURN`.
struct QueryStatement: Sendable {
    var parts: [QueryPart]
}

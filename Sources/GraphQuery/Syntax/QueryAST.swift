/// The syntax tree of a read-only openCypher query, as the parser reads it.
/// Offsets are Unicode-scalar positions in the query text, for error messages.

/// An expression with the offset of its first character and its text as written (column names).
struct Expression: Sendable {
    indirect enum Kind: Sendable {
        case null
        case boolean(Bool)
        case integer(Int64)
        case float(Double)
        case string(String)
        case parameter(String)
        case variable(String)
        case property(Expression, String)
        case list([Expression])
        case map([(String, Expression)])
        /// `n {.name, total: 3, .*}`
        case mapProjection(Expression, [MapProjectionItem])
        /// `name(…)`, including aggregates; `count(*)` has no arguments and `star` set.
        case call(name: String, distinct: Bool, star: Bool, arguments: [Expression])
        case not(Expression)
        case negate(Expression)
        /// `a AND b AND c`: one node per chain, so long chains neither recurse nor nest in SQL.
        case and([Expression])
        case or([Expression])
        case xor([Expression])
        /// `a < b <= c`: a chain of comparisons, true when each adjacent pair is.
        case comparison(Expression, [(ComparisonOperator, Expression)])
        /// `a + b - c` or `a * b / c`: one precedence level's chain, applied left to right.
        case arithmetic(Expression, [(CypherValue.ArithmeticOperator, Expression)])
        case stringMatch(StringOperator, Expression, Expression)
        case inList(Expression, Expression)
        case isNull(Expression, negated: Bool)
        /// `list[i]` or `map[key]`
        case index(Expression, Expression)
        /// `list[from..to]`, either bound optional.
        case slice(Expression, Expression?, Expression?)
        /// `n:A:B` (every group must hold; a group `A|B` holds when any of its labels does).
        case hasLabels(Expression, [[String]])
        case caseOf(subject: Expression?, branches: [(Expression, Expression)], otherwise: Expression?)
        /// `[x IN list WHERE condition | projection]`
        case listComprehension(variable: String, list: Expression, filter: Expression?, projection: Expression?)
        /// `all(x IN list WHERE condition)` and `any`, `none`, `single`.
        case quantifier(Quantifier, variable: String, list: Expression, filter: Expression?)
        /// `reduce(total = 0, x IN list | total + x)`
        case reduce(accumulator: String, initial: Expression, variable: String, list: Expression, step: Expression)
        /// `[(a)-->(b) WHERE … | b.name]`
        case patternComprehension(PathPattern, filter: Expression?, projection: Expression)
        /// A pattern used as a condition, `(a)-->(b)` or `exists((a)-->(b))` or `EXISTS { MATCH … }`.
        case patternPredicate([PathPattern], filter: Expression?)
    }

    let kind: Kind
    let offset: Int
    /// The expression as written (for column names such as `b.key`).
    let text: String
}

enum ComparisonOperator: String, Sendable {
    case equal = "=", notEqual = "<>", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}

enum StringOperator: String, Sendable {
    case startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS", regularExpression = "=~"
}

enum Quantifier: String, Sendable {
    case all, any, none, single
}

enum MapProjectionItem: Sendable {
    /// `.name`
    case property(String)
    /// `.*`
    case allProperties
    /// `key: expression`
    case entry(String, Expression)
    /// `variable` (its name is the key)
    case variable(String, offset: Int)
}

/// `(name:label {key: value})`
struct NodePattern: Sendable {
    var variable: String?
    /// Every group must hold; a group holds when the node has any of its labels.
    var labels: [[String]]
    var properties: PropertyConstraint?
    let offset: Int
}

/// The `{…}` of a node or relationship pattern.
enum PropertyConstraint: Sendable {
    case map([(String, Expression)])
    /// `(n $props)`, which Cypher no longer allows in MATCH.
    case parameter(String, offset: Int)
}

enum RelationshipDirection: Sendable {
    /// `-[]->`: from the left node to the right node.
    case right
    /// `<-[]-`
    case left
    /// `-[]-`: either way.
    case either
}

/// `*`, `*2`, `*1..3`, `*..4`, `*2..`: bounds of a variable-length relationship (nil = open).
struct LengthRange: Sendable {
    var minimum: Int?
    var maximum: Int?
}

/// `-[name:type1|type2*min..max {key: value}]->`
struct RelationshipPattern: Sendable {
    var variable: String?
    var types: [String]
    var direction: RelationshipDirection
    /// nil for a single relationship.
    var length: LengthRange?
    var properties: PropertyConstraint?
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

/// The body of a `WITH` or `RETURN`.
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

enum Clause: Sendable {
    case match(MatchClause)
    case unwind(Expression, alias: String, offset: Int)
    case with(Projection)
    case `return`(Projection)
}

/// One query between `UNION`s: clauses ending in `RETURN`.
struct SingleQuery: Sendable {
    var clauses: [Clause]
}

/// A whole query: single queries joined by `UNION` (`all` keeps duplicates).
struct QueryStatement: Sendable {
    var queries: [SingleQuery]
    var unionAll: Bool
}

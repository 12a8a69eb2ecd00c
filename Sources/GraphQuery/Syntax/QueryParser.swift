/// Reads a query in the supported openCypher subset into a ``QueryStatement`` by recursive descent.
///
/// ```swift
/// let statement = try QueryParser(text: "MATCH (a {key: $k})-->(b) RETURN b.key").parse()
/// ```
/// Grammar (keywords case-insensitive):
/// `query := (match* WITH projection)* match* RETURN projection`,
/// `match := [OPTIONAL] MATCH path (',' path)* [WHERE expr]`,
/// `path := [var '='] node (rel node)*`. Operator precedence, loosest first: OR, XOR, AND, NOT,
/// comparisons and string/list predicates, `+ -`, `* / %`, `^`, unary minus, property access.
/// - Complexity: O(n) in the number of tokens.
struct QueryParser {
    /// The default upper bound of an unbounded variable-length relationship (`*` or `*2..`).
    static let defaultMaximumHops = 10

    /// Words that end or join clauses and expressions, so they cannot name variables unless `quoted`.
    static let reservedWords: Set<String> = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "ORDER", "BY", "SKIP", "LIMIT", "ASC", "DESC", "ASCENDING",
        "DESCENDING", "AND", "OR", "XOR", "NOT", "IN", "STARTS", "ENDS", "CONTAINS", "IS", "AS", "DISTINCT",
        "NULL", "TRUE", "FALSE", "CREATE", "MERGE", "DELETE", "SET", "REMOVE", "UNWIND", "UNION", "CALL",
    ]

    private let text: String
    private let scalars: [Unicode.Scalar]
    private var tokens: [QueryToken] = []
    private var position = 0

    init(text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    mutating func parse() throws(QueryError) -> QueryStatement {
        tokens = try QueryLexer(text: text).tokens()
        position = 0
        var parts: [QueryPart] = []
        var matches: [MatchClause] = []
        while true {
            if atKeyword("MATCH") || atKeyword("OPTIONAL") {
                matches.append(try matchClause())
            } else if atKeyword("WITH") {
                let offset = current.offset
                advance()
                let projection = try projectionBody(offset: offset, allowsWhere: true)
                parts.append(QueryPart(matches: matches, projection: projection))
                matches = []
            } else if atKeyword("RETURN") {
                let offset = current.offset
                advance()
                let projection = try projectionBody(offset: offset, allowsWhere: false)
                parts.append(QueryPart(matches: matches, projection: projection))
                if case .symbol(";") = current.kind { advance() }
                guard case .end = current.kind else {
                    throw syntax("Expected the end of the query after RETURN, but found \(current.display).")
                }
                return QueryStatement(parts: parts)
            } else if case .end = current.kind {
                throw syntax("A query ends with RETURN, such as `RETURN n.key`; it was missing.")
            } else {
                let clause = identifierText(current).map { $0.uppercased() }
                if let clause, ["CREATE", "MERGE", "DELETE", "SET", "REMOVE", "DETACH", "UNWIND", "CALL", "LOAD", "FOREACH", "UNION"].contains(clause) {
                    throw syntax("\(clause) is not supported: ClusterNet queries are read-only and use MATCH, OPTIONAL MATCH, WITH and RETURN.")
                }
                throw syntax("Expected MATCH, OPTIONAL MATCH, WITH or RETURN, but found \(current.display).")
            }
        }
    }

    // MARK: Clauses

    private mutating func matchClause() throws(QueryError) -> MatchClause {
        let offset = current.offset
        var optional = false
        if atKeyword("OPTIONAL") {
            advance()
            optional = true
            guard atKeyword("MATCH") else { throw syntax("Expected MATCH after OPTIONAL, but found \(current.display).") }
        }
        advance()
        var patterns = [try pathPattern()]
        while acceptSymbol(",") { patterns.append(try pathPattern()) }
        var condition: Expression?
        if acceptKeyword("WHERE") { condition = try expression() }
        return MatchClause(optional: optional, patterns: patterns, condition: condition, offset: offset)
    }

    private mutating func projectionBody(offset: Int, allowsWhere: Bool) throws(QueryError) -> Projection {
        let distinct = acceptKeyword("DISTINCT")
        var items: [ProjectionItem] = []
        var star = false
        star = acceptSymbol("*")
        if !star || acceptSymbol(",") {
            repeat {
                let expression = try self.expression()
                var alias: String?
                if acceptKeyword("AS") { alias = try variableName(what: "a column name after AS") }
                items.append(ProjectionItem(expression: expression, alias: alias))
            } while acceptSymbol(",")
        }
        var order: [SortItem] = []
        if atKeyword("ORDER") {
            advance()
            guard acceptKeyword("BY") else { throw syntax("Expected BY after ORDER, but found \(current.display).") }
            repeat {
                let expression = try self.expression()
                var descending = false
                if acceptKeyword("DESC") || acceptKeyword("DESCENDING") { descending = true }
                else if acceptKeyword("ASC") || acceptKeyword("ASCENDING") { descending = false }
                order.append(SortItem(expression: expression, descending: descending))
            } while acceptSymbol(",")
        }
        var skip: Expression?, limit: Expression?
        if acceptKeyword("SKIP") { skip = try expression() }
        if acceptKeyword("LIMIT") { limit = try expression() }
        var condition: Expression?
        if allowsWhere, acceptKeyword("WHERE") { condition = try expression() }
        return Projection(distinct: distinct, items: items, star: star, order: order, skip: skip,
                          limit: limit, condition: condition, offset: offset)
    }

    // MARK: Patterns

    private mutating func pathPattern() throws(QueryError) -> PathPattern {
        let offset = current.offset
        var variable: String?
        if case .symbol("(") = current.kind {} else {
            variable = try variableName(what: "a pattern such as (a)-->(b)")
            guard acceptSymbol("=") else { throw syntax("Expected '=' after the path name, as in p = (a)-->(b), but found \(current.display).") }
        }
        let start = try nodePattern()
        var steps: [(RelationshipPattern, NodePattern)] = []
        while atSymbol("-") || atSymbol("<") {
            let relationship = try relationshipPattern()
            steps.append((relationship, try nodePattern()))
        }
        return PathPattern(variable: variable, start: start, steps: steps, offset: offset)
    }

    private mutating func nodePattern() throws(QueryError) -> NodePattern {
        let offset = current.offset
        try expectSymbol("(", "to start a node pattern such as (a:sector)")
        var variable: String?
        if identifierText(current) != nil { variable = try variableName(what: "a node variable") }
        var labels: [String] = []
        while acceptSymbol(":") {
            labels.append(try variableName(what: "a label (node kind) after ':'"))
            // Kùzu's `:A|B` and `:A:B` both mean either label.
            while acceptSymbol("|") { _ = acceptSymbol(":"); labels.append(try variableName(what: "a label after '|'")) }
        }
        let properties = atSymbol("{") ? try propertyMap() : []
        try expectSymbol(")", "to close the node pattern")
        return NodePattern(variable: variable, labels: labels, properties: properties, offset: offset)
    }

    private mutating func relationshipPattern() throws(QueryError) -> RelationshipPattern {
        let offset = current.offset
        let pointsLeft = acceptSymbol("<")
        try expectSymbol("-", "in a relationship such as -[r]->")
        var variable: String?, types: [String] = [], length: ClosedRange<Int>?, properties: [(String, Expression)] = []
        if acceptSymbol("[") {
            if identifierText(current) != nil { variable = try variableName(what: "a relationship variable") }
            if acceptSymbol(":") {
                types.append(try variableName(what: "a relationship type (link kind) after ':'"))
                while acceptSymbol("|") { _ = acceptSymbol(":"); types.append(try variableName(what: "a relationship type after '|'")) }
            }
            if atSymbol("*") { length = try lengthRange() }
            if atSymbol("{") { properties = try propertyMap() }
            try expectSymbol("]", "to close the relationship pattern")
        }
        try expectSymbol("-", "to finish the relationship, as in -[r]-> or -[r]-")
        let pointsRight = acceptSymbol(">")
        if pointsLeft && pointsRight {
            throw QueryError.syntax("A relationship points one way (-->, <--) or either way (--), not both (<-->).",
                                    at: QueryLocation(offset: offset, in: text))
        }
        let direction: RelationshipDirection = pointsRight ? .right : (pointsLeft ? .left : .either)
        return RelationshipPattern(variable: variable, types: types, direction: direction, length: length,
                                   properties: properties, offset: offset)
    }

    /// `*`, `*n`, `*n..`, `*..m`, `*n..m`; an open upper bound becomes ``defaultMaximumHops``.
    private mutating func lengthRange() throws(QueryError) -> ClosedRange<Int> {
        let starOffset = current.offset
        advance()
        var lower: Int?, upper: Int?
        if case .integer(let value) = current.kind { lower = Int(value); advance() }
        if acceptSymbol("..") {
            if case .integer(let value) = current.kind { upper = Int(value); advance() }
        } else if let lower {
            upper = lower
        }
        let minimum = lower ?? 1
        let maximum = upper ?? max(minimum, Self.defaultMaximumHops)
        guard minimum <= maximum else {
            throw QueryError.syntax("The length range *\(minimum)..\(maximum) is empty; write the smaller bound first.",
                                    at: QueryLocation(offset: starOffset, in: text))
        }
        return minimum...maximum
    }

    private mutating func propertyMap() throws(QueryError) -> [(String, Expression)] {
        try expectSymbol("{", "to start a property map")
        var properties: [(String, Expression)] = []
        if acceptSymbol("}") { return properties }
        repeat {
            let name = try variableName(what: "a property name", keywordsAllowed: true)
            try expectSymbol(":", "between the property name and its value")
            properties.append((name, try expression()))
        } while acceptSymbol(",")
        try expectSymbol("}", "to close the property map")
        return properties
    }

    // MARK: Expressions

    mutating func expression() throws(QueryError) -> Expression {
        try binaryLevel(0)
    }

    private static let levels: [[(String, BinaryOperator)]] = [
        [("OR", .or)], [("XOR", .xor)], [("AND", .and)],
    ]

    private mutating func binaryLevel(_ level: Int) throws(QueryError) -> Expression {
        guard level < Self.levels.count else { return try notLevel() }
        var left = try binaryLevel(level + 1)
        while let (keyword, op) = Self.levels[level].first(where: { atKeyword($0.0) }) {
            _ = keyword
            advance()
            let right = try binaryLevel(level + 1)
            left = make(.binary(op, left, right), from: left.offset)
        }
        return left
    }

    private mutating func notLevel() throws(QueryError) -> Expression {
        if atKeyword("NOT") {
            let offset = current.offset
            advance()
            let operand = try notLevel()
            return make(.not(operand), from: offset)
        }
        return try comparison()
    }

    private mutating func comparison() throws(QueryError) -> Expression {
        var left = try additive()
        while true {
            let start = left.offset
            if case .symbol(let symbol) = current.kind,
               let op: BinaryOperator = ["=": .equal, "<>": .notEqual, "!=": .notEqual, "<": .less, "<=": .lessOrEqual,
                                         ">": .greater, ">=": .greaterOrEqual][symbol] {
                advance()
                left = make(.binary(op, left, try additive()), from: start)
            } else if acceptKeyword("IN") {
                left = make(.binary(.in, left, try additive()), from: start)
            } else if atKeyword("STARTS") || atKeyword("ENDS") {
                let op: BinaryOperator = atKeyword("STARTS") ? .startsWith : .endsWith
                advance()
                guard acceptKeyword("WITH") else { throw syntax("Expected WITH after \(op == .startsWith ? "STARTS" : "ENDS"), but found \(current.display).") }
                left = make(.binary(op, left, try additive()), from: start)
            } else if acceptKeyword("CONTAINS") {
                left = make(.binary(.contains, left, try additive()), from: start)
            } else if atKeyword("IS") {
                advance()
                let negated = acceptKeyword("NOT")
                guard acceptKeyword("NULL") else { throw syntax("Expected NULL after IS\(negated ? " NOT" : ""), but found \(current.display).") }
                left = make(.isNull(left, negated: negated), from: start)
            } else {
                return left
            }
        }
    }

    private mutating func additive() throws(QueryError) -> Expression {
        var left = try multiplicative()
        while atSymbol("+") || atSymbol("-") {
            let op: BinaryOperator = atSymbol("+") ? .add : .subtract
            advance()
            left = make(.binary(op, left, try multiplicative()), from: left.offset)
        }
        return left
    }

    private mutating func multiplicative() throws(QueryError) -> Expression {
        var left = try power()
        while atSymbol("*") || atSymbol("/") || atSymbol("%") {
            let op: BinaryOperator = atSymbol("*") ? .multiply : (atSymbol("/") ? .divide : .modulo)
            advance()
            left = make(.binary(op, left, try power()), from: left.offset)
        }
        return left
    }

    private mutating func power() throws(QueryError) -> Expression {
        let left = try unary()
        if acceptSymbol("^") { return make(.binary(.power, left, try power()), from: left.offset) }
        return left
    }

    private mutating func unary() throws(QueryError) -> Expression {
        if atSymbol("-") {
            let offset = current.offset
            advance()
            return make(.negate(try unary()), from: offset)
        }
        if acceptSymbol("+") { return try unary() }
        return try postfix()
    }

    private mutating func postfix() throws(QueryError) -> Expression {
        var base = try atom()
        while acceptSymbol(".") {
            let name = try variableName(what: "a property name after '.'", keywordsAllowed: true)
            base = make(.property(base, name), from: base.offset)
        }
        return base
    }

    private mutating func atom() throws(QueryError) -> Expression {
        let token = current
        switch token.kind {
        case .integer(let value): advance(); return make(.integer(value), from: token.offset)
        case .decimal(let value): advance(); return make(.decimal(value), from: token.offset)
        case .string(let value): advance(); return make(.string(value), from: token.offset)
        case .parameter(let name): advance(); return make(.parameter(name), from: token.offset)
        case .symbol("("):
            advance()
            let inner = try expression()
            try expectSymbol(")", "to close the parenthesis")
            return make(inner.kind, from: token.offset)
        case .symbol("["):
            advance()
            var elements: [Expression] = []
            if !acceptSymbol("]") {
                repeat { elements.append(try expression()) } while acceptSymbol(",")
                try expectSymbol("]", "to close the list")
            }
            return make(.list(elements), from: token.offset)
        case .quotedIdentifier(let name):
            advance()
            return make(.variable(name), from: token.offset)
        case .identifier(let name):
            switch name.uppercased() {
            case "NULL": advance(); return make(.null, from: token.offset)
            case "TRUE": advance(); return make(.boolean(true), from: token.offset)
            case "FALSE": advance(); return make(.boolean(false), from: token.offset)
            case let word where Self.reservedWords.contains(word):
                throw syntax("Expected an expression (a value, variable, property or function call), but found the keyword \(word).")
            default: break
            }
            advance()
            guard acceptSymbol("(") else { return make(.variable(name), from: token.offset) }
            if acceptSymbol("*") {
                try expectSymbol(")", "after count(*)")
                return make(.call(name: name, distinct: false, star: true, arguments: []), from: token.offset)
            }
            let distinct = acceptKeyword("DISTINCT")
            var arguments: [Expression] = []
            if !acceptSymbol(")") {
                repeat { arguments.append(try expression()) } while acceptSymbol(",")
                try expectSymbol(")", "to close the arguments of \(name)(…)")
            }
            return make(.call(name: name, distinct: distinct, star: false, arguments: arguments), from: token.offset)
        default:
            throw syntax("Expected an expression (a value, variable, property or function call), but found \(token.display).")
        }
    }

    // MARK: Token helpers

    private var current: QueryToken { tokens[position] }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    private func identifierText(_ token: QueryToken) -> String? {
        switch token.kind {
        case .identifier(let name), .quotedIdentifier(let name): return name
        default: return nil
        }
    }

    private func atKeyword(_ keyword: String) -> Bool {
        if case .identifier(let name) = current.kind { return name.uppercased() == keyword }
        return false
    }

    private mutating func acceptKeyword(_ keyword: String) -> Bool {
        guard atKeyword(keyword) else { return false }
        advance()
        return true
    }

    private func atSymbol(_ symbol: String) -> Bool {
        current.kind == .symbol(symbol)
    }

    private mutating func acceptSymbol(_ symbol: String) -> Bool {
        guard atSymbol(symbol) else { return false }
        advance()
        return true
    }

    private mutating func expectSymbol(_ symbol: String, _ purpose: String) throws(QueryError) {
        guard acceptSymbol(symbol) else { throw syntax("Expected '\(symbol)' \(purpose), but found \(current.display).") }
    }

    private mutating func variableName(what: String, keywordsAllowed: Bool = false) throws(QueryError) -> String {
        if !keywordsAllowed, case .identifier(let word) = current.kind, Self.reservedWords.contains(word.uppercased()) {
            throw syntax("Expected \(what), but found the keyword \(word.uppercased()); put a name that is a keyword in `backticks`.")
        }
        guard let name = identifierText(current) else { throw syntax("Expected \(what), but found \(current.display).") }
        advance()
        return name
    }

    private func syntax(_ message: String) -> QueryError {
        .syntax(message, at: QueryLocation(offset: current.offset, in: text))
    }

    /// An expression spanning from `offset` to the end of the previous token.
    private func make(_ kind: Expression.Kind, from offset: Int) -> Expression {
        let end = position > 0 ? tokens[position - 1].endOffset : offset
        var written = ""
        if offset < end { written.unicodeScalars.append(contentsOf: scalars[offset..<end]) }
        return Expression(kind: kind, offset: offset, text: written)
    }
}

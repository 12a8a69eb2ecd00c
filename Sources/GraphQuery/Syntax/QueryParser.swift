/// Reads a read-only openCypher query into a ``QueryStatement`` by recursive descent.
///
/// ```swift
/// var parser = QueryParser(text: "MATCH (a {key: $k})-->(b) RETURN b.key")
/// let statement = try parser.parse()
/// ```
/// Grammar (keywords case-insensitive):
/// `query := single (UNION [ALL] single)*`, `single := (MATCH … | OPTIONAL MATCH … | UNWIND e AS x | WITH …)* RETURN …`,
/// `match := [OPTIONAL] MATCH path (',' path)* [WHERE expr]`, `path := [var '='] node (rel node)*`.
/// Expressions follow openCypher's precedence (see `QueryParser+Expressions.swift`). Nesting
/// deeper than ``maximumNesting`` is a syntax error rather than a stack overflow.
/// - Complexity: O(n) in the number of tokens.
struct QueryParser {
    /// How deeply expressions may nest (parentheses, lists, maps, unary operators, property
    /// look-ups): deep enough for any query a person writes, shallow enough for every thread's stack.
    static let maximumNesting = 200

    /// Words that start or join clauses and expressions, so they cannot name variables unless `quoted`.
    static let reservedWords: Set<String> = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "ORDER", "BY", "SKIP", "LIMIT", "ASC", "DESC", "ASCENDING",
        "DESCENDING", "AND", "OR", "XOR", "NOT", "IN", "STARTS", "ENDS", "CONTAINS", "IS", "AS", "DISTINCT",
        "NULL", "TRUE", "FALSE", "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "UNWIND", "UNION", "CALL",
        "CASE", "WHEN", "THEN", "ELSE", "END", "FOREACH", "LOAD", "USING",
    ]

    static let writingClauses: Set<String> = ["CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "FOREACH", "LOAD", "CALL"]

    let text: String
    let scalars: [Unicode.Scalar]
    var tokens: [QueryToken] = []
    var position = 0
    /// Current expression nesting, checked against ``maximumNesting``.
    var nesting = 0
    /// For each `(` token, the index of its matching `)`.
    var closingParenthesis: [Int: Int] = [:]

    init(text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    mutating func parse() throws(QueryError) -> QueryStatement {
        tokens = try QueryLexer(text: text).tokens()
        position = 0
        var open: [Int] = []
        for (index, token) in tokens.enumerated() {
            if token.kind == .symbol("(") { open.append(index) }
            if token.kind == .symbol(")"), let opening = open.popLast() { closingParenthesis[opening] = index }
        }
        var queries = [try singleQuery()]
        var unionAll: Bool?
        while atKeyword("UNION") {
            let offset = current.offset
            advance()
            let all = acceptKeyword("ALL")
            if let unionAll, unionAll != all {
                throw QueryError.invalid("UNION and UNION ALL cannot be mixed in one query; use one of them throughout.",
                                         at: location(offset))
            }
            unionAll = all
            queries.append(try singleQuery())
        }
        _ = acceptSymbol(";")
        guard case .end = current.kind else {
            throw syntax("Expected the end of the query after RETURN, but found \(current.display).")
        }
        return QueryStatement(queries: queries, unionAll: unionAll ?? false)
    }

    // MARK: Clauses

    private mutating func singleQuery() throws(QueryError) -> SingleQuery {
        var clauses: [Clause] = []
        while true {
            if atKeyword("MATCH") || atKeyword("OPTIONAL") {
                clauses.append(.match(try matchClause()))
            } else if atKeyword("UNWIND") {
                let offset = current.offset
                advance()
                let list = try expression()
                guard acceptKeyword("AS") else { throw syntax("Expected AS after the list in UNWIND, as in UNWIND [1, 2] AS x.") }
                clauses.append(.unwind(list, alias: try variableName(what: "a variable after AS"), offset: offset))
            } else if atKeyword("WITH") {
                let offset = current.offset
                advance()
                clauses.append(.with(try projectionBody(offset: offset, isWith: true)))
            } else if atKeyword("RETURN") {
                let offset = current.offset
                advance()
                clauses.append(.return(try projectionBody(offset: offset, isWith: false)))
                return SingleQuery(clauses: clauses)
            } else if case .end = current.kind {
                throw syntax("A query ends with RETURN, such as `RETURN n.key`; it was missing.")
            } else if let word = identifierText(current)?.uppercased(), Self.writingClauses.contains(word) {
                throw QueryError.unsupported("\(word) is not supported: ClusterNet queries are read-only and use MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN and UNION.",
                                             at: location(current.offset))
            } else {
                throw syntax("Expected MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN, but found \(current.display).")
            }
        }
    }

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

    private mutating func projectionBody(offset: Int, isWith: Bool) throws(QueryError) -> Projection {
        let distinct = acceptKeyword("DISTINCT")
        var items: [ProjectionItem] = []
        let star = acceptSymbol("*")
        if !star || acceptSymbol(",") {
            repeat {
                let expression = try self.expression()
                var alias: String?
                if acceptKeyword("AS") { alias = try variableName(what: "a column name after AS") }
                if isWith, alias == nil, !Self.isVariable(expression) {
                    throw QueryError.invalid("An expression in WITH needs a name: write `\(expression.text) AS name`.",
                                             at: location(expression.offset))
                }
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
                if acceptKeyword("DESC") || acceptKeyword("DESCENDING") {
                    descending = true
                } else {
                    _ = acceptKeyword("ASC") || acceptKeyword("ASCENDING")
                }
                order.append(SortItem(expression: expression, descending: descending))
            } while acceptSymbol(",")
        }
        let skip = acceptKeyword("SKIP") ? try expression() : nil
        let limit = acceptKeyword("LIMIT") ? try expression() : nil
        var condition: Expression?
        if isWith, acceptKeyword("WHERE") { condition = try expression() }
        return Projection(distinct: distinct, items: items, star: star, order: order, skip: skip, limit: limit,
                          condition: condition, offset: offset)
    }

    private static func isVariable(_ expression: Expression) -> Bool {
        if case .variable = expression.kind { return true }
        return false
    }

    // MARK: Patterns

    mutating func pathPattern() throws(QueryError) -> PathPattern {
        let offset = current.offset
        var variable: String?
        if identifierText(current) != nil, peekSymbol("=") {
            variable = try variableName(what: "a path name")
            advance()
        }
        if let word = identifierText(current)?.lowercased(), word == "shortestpath" || word == "allshortestpaths" {
            throw QueryError.unsupported("\(identifierText(current) ?? word) is not supported; match paths with a length range such as -[*1..4]-> and ORDER BY length(p) LIMIT 1.",
                                         at: location(current.offset))
        }
        let start = try nodePattern()
        var steps: [(RelationshipPattern, NodePattern)] = []
        while atSymbol("-") || atSymbol("<") {
            let relationship = try relationshipPattern()
            steps.append((relationship, try nodePattern()))
        }
        return PathPattern(variable: variable, start: start, steps: steps, offset: offset)
    }

    mutating func nodePattern() throws(QueryError) -> NodePattern {
        let offset = current.offset
        try expectSymbol("(", "to start a node pattern such as (a:sector)")
        var variable: String?
        if identifierText(current) != nil { variable = try variableName(what: "a node variable") }
        let labels = try labelGroups()
        let properties = try propertyConstraint()
        try expectSymbol(")", "to close the node pattern")
        return NodePattern(variable: variable, labels: labels, properties: properties, offset: offset)
    }

    /// `:A:B` (both) and `:A|B` (either; Kùzu's `:A|:B` too).
    mutating func labelGroups() throws(QueryError) -> [[String]] {
        var groups: [[String]] = []
        while acceptSymbol(":") {
            var group = [try variableName(what: "a label (node kind) after ':'", keywordsAllowed: true)]
            while acceptSymbol("|") {
                _ = acceptSymbol(":")
                group.append(try variableName(what: "a label after '|'", keywordsAllowed: true))
            }
            groups.append(group)
        }
        return groups
    }

    private mutating func propertyConstraint() throws(QueryError) -> PropertyConstraint? {
        if case .parameter(let name) = current.kind {
            let offset = current.offset
            advance()
            return .parameter(name, offset: offset)
        }
        return atSymbol("{") ? .map(try mapEntries()) : nil
    }

    private mutating func relationshipPattern() throws(QueryError) -> RelationshipPattern {
        let offset = current.offset
        let pointsLeft = acceptSymbol("<")
        try expectSymbol("-", "in a relationship such as -[r]->")
        var variable: String?, types: [String] = [], length: LengthRange?, properties: PropertyConstraint?
        if acceptSymbol("[") {
            if identifierText(current) != nil { variable = try variableName(what: "a relationship variable") }
            if acceptSymbol(":") {
                types.append(try variableName(what: "a relationship type (link kind) after ':'", keywordsAllowed: true))
                while acceptSymbol("|") {
                    _ = acceptSymbol(":")
                    types.append(try variableName(what: "a relationship type after '|'", keywordsAllowed: true))
                }
            }
            if atSymbol("*") { length = try lengthRange() }
            properties = try propertyConstraint()
            try expectSymbol("]", "to close the relationship pattern")
        }
        try expectSymbol("-", "to finish the relationship, as in -[r]-> or -[r]-")
        let pointsRight = acceptSymbol(">")
        // `<-->` points both ways: either direction, as `--`.
        let direction: RelationshipDirection = pointsRight == pointsLeft ? .either : (pointsRight ? .right : .left)
        return RelationshipPattern(variable: variable, types: types, direction: direction, length: length,
                                   properties: properties, offset: offset)
    }

    /// `*`, `*n`, `*n..`, `*..m`, `*n..m`.
    private mutating func lengthRange() throws(QueryError) -> LengthRange {
        advance()
        var range = LengthRange()
        if case .integer(let value) = current.kind { range.minimum = try hops(value); advance() }
        if acceptSymbol("..") {
            if case .integer(let value) = current.kind { range.maximum = try hops(value); advance() }
        } else {
            range.maximum = range.minimum
        }
        return range
    }

    private func hops(_ value: UInt64?) throws(QueryError) -> Int {
        guard let value, value <= 1_000_000 else { throw syntax("A path length bound must be at most 1000000.") }
        return Int(value)
    }

    // MARK: Token helpers

    var current: QueryToken { tokens[position] }

    /// The token `ahead` places after the current one (the end token past the end).
    func token(ahead: Int) -> QueryToken {
        tokens[min(position + ahead, tokens.count - 1)]
    }

    mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    func identifierText(_ token: QueryToken) -> String? {
        switch token.kind {
        case .identifier(let name), .quotedIdentifier(let name): return name
        default: return nil
        }
    }

    func atKeyword(_ keyword: String) -> Bool {
        if case .identifier(let name) = current.kind { return name.uppercased() == keyword }
        return false
    }

    func peekKeyword(_ keyword: String, ahead: Int = 1) -> Bool {
        guard case .identifier(let name) = token(ahead: ahead).kind else { return false }
        return name.uppercased() == keyword
    }

    func peekSymbol(_ symbol: String, ahead: Int = 1) -> Bool {
        token(ahead: ahead).kind == .symbol(symbol)
    }

    mutating func acceptKeyword(_ keyword: String) -> Bool {
        guard atKeyword(keyword) else { return false }
        advance()
        return true
    }

    func atSymbol(_ symbol: String) -> Bool {
        current.kind == .symbol(symbol)
    }

    mutating func acceptSymbol(_ symbol: String) -> Bool {
        guard atSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func expectSymbol(_ symbol: String, _ purpose: String) throws(QueryError) {
        guard acceptSymbol(symbol) else { throw syntax("Expected '\(symbol)' \(purpose), but found \(current.display).") }
    }

    mutating func variableName(what: String, keywordsAllowed: Bool = false) throws(QueryError) -> String {
        if !keywordsAllowed, case .identifier(let word) = current.kind, Self.reservedWords.contains(word.uppercased()) {
            throw syntax("Expected \(what), but found the keyword \(word.uppercased()); put a name that is a keyword in `backticks`.")
        }
        guard let name = identifierText(current) else { throw syntax("Expected \(what), but found \(current.display).") }
        advance()
        return name
    }

    func location(_ offset: Int) -> QueryLocation {
        QueryLocation(offset: offset, in: text)
    }

    func syntax(_ message: String) -> QueryError {
        .syntax(message, at: location(current.offset))
    }

    /// An expression spanning from `offset` to the end of the previous token. Parse the parts
    /// before calling: Swift reads `self` before evaluating a call's arguments.
    func make(_ kind: Expression.Kind, from offset: Int) -> Expression {
        let end = position > 0 ? tokens[position - 1].endOffset : offset
        var written = ""
        if offset < end { written.unicodeScalars.append(contentsOf: scalars[offset..<end]) }
        return Expression(kind: kind, offset: offset, text: written)
    }
}

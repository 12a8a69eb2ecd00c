/// Expressions, by openCypher's precedence, loosest first: `OR`, `XOR`, `AND`, `NOT`, comparisons
/// (chained: `1 < x < 3`), `STARTS WITH`/`ENDS WITH`/`CONTAINS`/`=~`/`IN`/`IS NULL`, `+ -`,
/// `* / %`, `^`, unary `+ -`, then look-ups (`.name`, `[i]`, `[a..b]`) and label tests (`n:A`).
/// Chains of one operator become one node, so `1 + 1 + … + 1` neither recurses nor nests.
extension QueryParser {
    mutating func expression() throws(QueryError) -> Expression {
        try enterNesting()
        defer { nesting -= 1 }
        return try chain("OR", make: Expression.Kind.or) { (parser: inout QueryParser) throws(QueryError) in
            try parser.chain("XOR", make: Expression.Kind.xor) { (parser: inout QueryParser) throws(QueryError) in
                try parser.chain("AND", make: Expression.Kind.and) { (parser: inout QueryParser) throws(QueryError) in
                    try parser.notLevel()
                }
            }
        }
    }

    mutating func enterNesting() throws(QueryError) {
        nesting += 1
        if nesting > Self.maximumNesting {
            throw syntax("The query nests expressions more than \(Self.maximumNesting) levels deep; write it with fewer nested parentheses, lists or operators.")
        }
    }

    private mutating func chain(_ keyword: String, make kind: ([Expression]) -> Expression.Kind,
                                operand: (inout QueryParser) throws(QueryError) -> Expression) throws(QueryError) -> Expression {
        let first = try operand(&self)
        guard atKeyword(keyword) else { return first }
        var operands = [first]
        while acceptKeyword(keyword) { operands.append(try operand(&self)) }
        return make(kind(operands), from: first.offset)
    }

    private mutating func notLevel() throws(QueryError) -> Expression {
        var offsets: [Int] = []
        while atKeyword("NOT") {
            try enterNesting()
            offsets.append(current.offset)
            advance()
        }
        defer { nesting -= offsets.count }
        var result = try comparison()
        for offset in offsets.reversed() { result = make(.not(result), from: offset) }
        return result
    }

    private static let comparisonOperators: [String: ComparisonOperator] = [
        "=": .equal, "<>": .notEqual, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual,
    ]

    private mutating func comparison() throws(QueryError) -> Expression {
        let first = try predicate()
        var rest: [(ComparisonOperator, Expression)] = []
        while case .symbol(let symbol) = current.kind, let op = Self.comparisonOperators[symbol] {
            advance()
            rest.append((op, try predicate()))
        }
        return rest.isEmpty ? first : make(.comparison(first, rest), from: first.offset)
    }

    private mutating func predicate() throws(QueryError) -> Expression {
        var left = try additive()
        while true {
            let start = left.offset
            if atKeyword("STARTS") || atKeyword("ENDS") {
                let op: StringOperator = atKeyword("STARTS") ? .startsWith : .endsWith
                advance()
                guard acceptKeyword("WITH") else { throw syntax("Expected WITH after \(op == .startsWith ? "STARTS" : "ENDS"), but found \(current.display).") }
                let right = try additive()
                left = make(.stringMatch(op, left, right), from: start)
            } else if acceptKeyword("CONTAINS") {
                let right = try additive()
                left = make(.stringMatch(.contains, left, right), from: start)
            } else if acceptSymbol("=~") {
                let right = try additive()
                left = make(.stringMatch(.regularExpression, left, right), from: start)
            } else if acceptKeyword("IN") {
                let right = try additive()
                left = make(.inList(left, right), from: start)
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
        try arithmeticChain(["+": .add, "-": .subtract]) { (parser: inout QueryParser) throws(QueryError) in
            try parser.arithmeticChain(["*": .multiply, "/": .divide, "%": .modulo]) { (parser: inout QueryParser) throws(QueryError) in
                try parser.arithmeticChain(["^": .power]) { (parser: inout QueryParser) throws(QueryError) in try parser.unary() }
            }
        }
    }

    private mutating func arithmeticChain(_ operators: [String: CypherValue.ArithmeticOperator],
                                          operand: (inout QueryParser) throws(QueryError) -> Expression) throws(QueryError) -> Expression {
        let first = try operand(&self)
        var rest: [(CypherValue.ArithmeticOperator, Expression)] = []
        while case .symbol(let symbol) = current.kind, let op = operators[symbol] {
            advance()
            rest.append((op, try operand(&self)))
        }
        return rest.isEmpty ? first : make(.arithmetic(first, rest), from: first.offset)
    }

    private mutating func unary() throws(QueryError) -> Expression {
        var signs: [(offset: Int, negative: Bool)] = []
        while atSymbol("-") || atSymbol("+") {
            try enterNesting()
            signs.append((current.offset, atSymbol("-")))
            advance()
        }
        let entered = signs.count
        defer { nesting -= entered }
        var result: Expression
        // A minus right before an integer literal is part of it, so -9223372036854775808 fits.
        if let last = signs.last, last.negative, case .integer(let magnitude) = current.kind {
            advance()
            guard let magnitude, magnitude <= UInt64(Int64.max) + 1 else {
                throw QueryError.syntax("The integer is below the smallest 64-bit integer, -9223372036854775808.", at: location(last.offset))
            }
            result = make(.integer(magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude)), from: last.offset)
            result = try postfix(result)
            signs.removeLast()
        } else {
            result = try postfix(try atom())
        }
        for sign in signs.reversed() where sign.negative { result = make(.negate(result), from: sign.offset) }
        return result
    }

    /// Property look-ups, indexes, slices and a final label test.
    private mutating func postfix(_ atom: Expression) throws(QueryError) -> Expression {
        var base = atom
        var depth = 0
        defer { nesting -= depth }
        while true {
            if acceptSymbol(".") {
                try enterNesting()
                depth += 1
                let name = try variableName(what: "a property name after '.'", keywordsAllowed: true)
                base = make(.property(base, name), from: base.offset)
            } else if atSymbol("[") {
                try enterNesting()
                depth += 1
                advance()
                if acceptSymbol("..") {
                    let upper = atSymbol("]") ? nil : try expression()
                    try expectSymbol("]", "to close the slice")
                    base = make(.slice(base, nil, upper), from: base.offset)
                    continue
                }
                let first = try expression()
                if acceptSymbol("..") {
                    let upper = atSymbol("]") ? nil : try expression()
                    try expectSymbol("]", "to close the slice")
                    base = make(.slice(base, first, upper), from: base.offset)
                } else {
                    try expectSymbol("]", "to close the index")
                    base = make(.index(base, first), from: base.offset)
                }
            } else if atSymbol(":"), case .variable = base.kind {
                let groups = try labelGroups()
                return make(.hasLabels(base, groups), from: base.offset)
            } else {
                return base
            }
        }
    }

    private mutating func atom() throws(QueryError) -> Expression {
        let token = current
        switch token.kind {
        case .integer(let value):
            advance()
            guard let value, value <= UInt64(Int64.max) else {
                throw QueryError.syntax("The integer is above the largest 64-bit integer, 9223372036854775807; write it as a float (1e19) if an approximation will do.",
                                        at: location(token.offset))
            }
            return make(.integer(Int64(value)), from: token.offset)
        case .decimal(let value): advance(); return make(.float(value), from: token.offset)
        case .string(let value): advance(); return make(.string(value), from: token.offset)
        case .parameter(let name): advance(); return make(.parameter(name), from: token.offset)
        case .symbol("(") where startsRelationshipPattern(at: position):
            let pattern = try pathPattern()
            return make(.patternPredicate([pattern], filter: nil), from: token.offset)
        case .symbol("("):
            advance()
            let inner = try expression()
            try expectSymbol(")", "to close the parenthesis")
            return make(inner.kind, from: token.offset)
        case .symbol("["):
            return try listAtom()
        case .symbol("{"):
            let entries = try mapEntries()
            return make(.map(entries), from: token.offset)
        case .quotedIdentifier(let name):
            advance()
            return try afterVariable(make(.variable(name), from: token.offset))
        case .identifier(let name):
            return try identifierAtom(name, at: token.offset)
        default:
            throw syntax("Expected an expression (a value, variable, property or function call), but found \(token.display).")
        }
    }

    private mutating func identifierAtom(_ name: String, at offset: Int) throws(QueryError) -> Expression {
        let word = name.uppercased()
        switch word {
        case "NULL": advance(); return make(.null, from: offset)
        case "TRUE": advance(); return make(.boolean(true), from: offset)
        case "FALSE": advance(); return make(.boolean(false), from: offset)
        case "CASE": return try caseExpression()
        case "EXISTS" where peekSymbol("{"):
            throw QueryError.unsupported("EXISTS { … } subqueries are not supported; write the pattern as a condition, as in WHERE (a)-->(:firm).",
                                         at: location(offset))
        case let reserved where Self.reservedWords.contains(reserved):
            throw syntax("Expected an expression (a value, variable, property or function call), but found the keyword \(reserved).")
        default: break
        }
        advance()
        guard atSymbol("(") else { return try afterVariable(make(.variable(name), from: offset)) }
        let lowered = name.lowercased()
        if ["all", "any", "none", "single"].contains(lowered), let quantifier = Quantifier(rawValue: lowered),
           identifierText(token(ahead: 1)) != nil, peekKeyword("IN", ahead: 2) {
            advance()
            let (variable, list, filter) = try filterExpression()
            try expectSymbol(")", "to close \(name)(…)")
            return make(.quantifier(quantifier, variable: variable, list: list, filter: filter), from: offset)
        }
        if lowered == "reduce" { return try reduceExpression(at: offset) }
        if lowered == "exists", startsRelationshipPattern(at: position + 1) {
            advance()
            let pattern = try pathPattern()
            try expectSymbol(")", "to close exists(…)")
            return make(.patternPredicate([pattern], filter: nil), from: offset)
        }
        advance()
        if acceptSymbol("*") {
            try expectSymbol(")", "after count(*)")
            return make(.call(name: name, distinct: false, star: true, arguments: []), from: offset)
        }
        let distinct = acceptKeyword("DISTINCT")
        var arguments: [Expression] = []
        if !acceptSymbol(")") {
            repeat { arguments.append(try expression()) } while acceptSymbol(",")
            try expectSymbol(")", "to close the arguments of \(name)(…)")
        }
        return make(.call(name: name, distinct: distinct, star: false, arguments: arguments), from: offset)
    }

    /// A variable, or a map projection `n {.name, …}` when a `{` follows.
    private mutating func afterVariable(_ variable: Expression) throws(QueryError) -> Expression {
        guard atSymbol("{") else { return variable }
        advance()
        var items: [MapProjectionItem] = []
        if !acceptSymbol("}") {
            repeat {
                if acceptSymbol(".") {
                    if acceptSymbol("*") {
                        items.append(.allProperties)
                    } else {
                        items.append(.property(try variableName(what: "a property name after '.'", keywordsAllowed: true)))
                    }
                } else if identifierText(current) != nil, peekSymbol(":") {
                    let key = try variableName(what: "a key", keywordsAllowed: true)
                    advance()
                    items.append(.entry(key, try expression()))
                } else {
                    let offset = current.offset
                    items.append(.variable(try variableName(what: "a property selector such as .name"), offset: offset))
                }
            } while acceptSymbol(",")
            try expectSymbol("}", "to close the map projection")
        }
        return make(.mapProjection(variable, items), from: variable.offset)
    }

    /// `[1, 2]`, `[x IN list WHERE … | …]` or `[(a)-->(b) WHERE … | …]`.
    private mutating func listAtom() throws(QueryError) -> Expression {
        let offset = current.offset
        if identifierText(token(ahead: 1)) != nil, peekKeyword("IN", ahead: 2) {
            advance()
            let (variable, list, filter) = try filterExpression()
            let projection = acceptSymbol("|") ? try expression() : nil
            try expectSymbol("]", "to close the list comprehension")
            return make(.listComprehension(variable: variable, list: list, filter: filter, projection: projection), from: offset)
        }
        let namedPath = identifierText(token(ahead: 1)) != nil && token(ahead: 2).kind == .symbol("=")
        if startsRelationshipPattern(at: position + (namedPath ? 3 : 1)) {
            advance()
            let pattern = try pathPattern()
            let filter = acceptKeyword("WHERE") ? try expression() : nil
            try expectSymbol("|", "before the value a pattern comprehension collects")
            let projection = try expression()
            try expectSymbol("]", "to close the pattern comprehension")
            return make(.patternComprehension(pattern, filter: filter, projection: projection), from: offset)
        }
        advance()
        var elements: [Expression] = []
        if !acceptSymbol("]") {
            repeat { elements.append(try expression()) } while acceptSymbol(",")
            try expectSymbol("]", "to close the list")
        }
        return make(.list(elements), from: offset)
    }

    /// `x IN list [WHERE condition]`
    private mutating func filterExpression() throws(QueryError) -> (String, Expression, Expression?) {
        let variable = try variableName(what: "a variable")
        guard acceptKeyword("IN") else { throw syntax("Expected IN after \(variable), but found \(current.display).") }
        let list = try expression()
        let filter = acceptKeyword("WHERE") ? try expression() : nil
        return (variable, list, filter)
    }

    private mutating func reduceExpression(at offset: Int) throws(QueryError) -> Expression {
        advance()
        let accumulator = try variableName(what: "the accumulator of reduce")
        try expectSymbol("=", "after the accumulator, as in reduce(total = 0, x IN list | total + x)")
        let initial = try expression()
        try expectSymbol(",", "after the accumulator's first value")
        let variable = try variableName(what: "a variable")
        guard acceptKeyword("IN") else { throw syntax("Expected IN after \(variable), but found \(current.display).") }
        let list = try expression()
        try expectSymbol("|", "before the step of reduce")
        let step = try expression()
        try expectSymbol(")", "to close reduce(…)")
        return make(.reduce(accumulator: accumulator, initial: initial, variable: variable, list: list, step: step), from: offset)
    }

    private mutating func caseExpression() throws(QueryError) -> Expression {
        let offset = current.offset
        advance()
        let subject = atKeyword("WHEN") ? nil : try expression()
        var branches: [(Expression, Expression)] = []
        while acceptKeyword("WHEN") {
            let condition = try expression()
            guard acceptKeyword("THEN") else { throw syntax("Expected THEN after the WHEN condition, but found \(current.display).") }
            branches.append((condition, try expression()))
        }
        guard !branches.isEmpty else { throw syntax("CASE needs at least one WHEN … THEN …, but found \(current.display).") }
        let otherwise = acceptKeyword("ELSE") ? try expression() : nil
        guard acceptKeyword("END") else { throw syntax("Expected END to close the CASE expression, but found \(current.display).") }
        return make(.caseOf(subject: subject, branches: branches, otherwise: otherwise), from: offset)
    }

    /// Whether the `(` at token `index` opens a node pattern followed by a relationship, `(a)-->`,
    /// `(a)-[`, `(a)<-`: then it starts a pattern, not a parenthesised expression.
    func startsRelationshipPattern(at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .symbol("("), let close = closingParenthesis[index] else { return false }
        func kind(_ offset: Int) -> QueryToken.Kind { close + offset < tokens.count ? tokens[close + offset].kind : .end }
        // The inside reads as a node pattern: (), (a), (a:L …), (:L …), (a {…}), ({…}).
        let first = index + 1 < close ? tokens[index + 1].kind : .symbol(")")
        let second = index + 2 <= close ? tokens[index + 2].kind : .end
        switch first {
        case .symbol(")"), .symbol(":"), .symbol("{"): break
        case .identifier, .quotedIdentifier:
            guard second == .symbol(")") || second == .symbol(":") || second == .symbol("{") else { return false }
        default: return false
        }
        switch (kind(1), kind(2), kind(3)) {
        case (.symbol("-"), .symbol("["), _), (.symbol("<"), .symbol("-"), .symbol("[")), (.symbol("<"), .symbol("-"), .symbol("-")),
             (.symbol("-"), .symbol("-"), .symbol("(")), (.symbol("-"), .symbol("-"), .symbol(">")):
            return true
        default:
            return false
        }
    }

    /// `{name: value, …}` (names may be keywords).
    mutating func mapEntries() throws(QueryError) -> [(String, Expression)] {
        try expectSymbol("{", "to start a map")
        var entries: [(String, Expression)] = []
        if acceptSymbol("}") { return entries }
        repeat {
            let name = try variableName(what: "a key (a name such as `output`)", keywordsAllowed: true)
            try expectSymbol(":", "between the key and its value")
            entries.append((name, try expression()))
        } while acceptSymbol(",")
        try expectSymbol("}", "to close the map")
        return entries
    }
}

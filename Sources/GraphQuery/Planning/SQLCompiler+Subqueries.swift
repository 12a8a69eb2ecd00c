/// Expressions that need rows of their own, as correlated subqueries: `CASE`, list
/// comprehensions, quantifiers and `reduce` over a list's elements (`json_each`), and patterns
/// as conditions (`EXISTS`) or comprehensions.
extension SQLCompiler {
    /// A value computed once in a subquery's FROM so the SQL can repeat it by name, and the
    /// wrapper that provides it (nothing to wrap for a column or placeholder, and values with
    /// aggregates — which a subquery cannot hold — are repeated).
    func named(_ value: SQLValue) -> (reference: SQLValue, wrap: (String) -> String) {
        if value.aggregate || isSimple(value.sql) { return (value, { $0 }) }
        let name = fresh("v")
        var reference = boxed(value)
        if value.shape == .truth || value.plain { reference = value }
        let definition = reference.sql
        reference.sql = name
        return (reference, { "(SELECT \($0) FROM (SELECT \(definition) AS \(name)))" })
    }

    func caseExpression(_ subject: Expression?, _ branches: [(Expression, Expression)], _ otherwise: Expression?,
                        in source: RowSource, _ context: Context) throws -> SQLValue {
        let results = try branches.map { try expression($0.1, in: source, context) } + [try otherwise.map { try expression($0, in: source, context) } ?? constant(.null)]
        var conditions: [SQLValue] = []
        var wrap: (String) -> String = { $0 }
        if let subject {
            let (reference, wrapper) = named(try expression(subject, in: source, context))
            wrap = wrapper
            for (candidate, _) in branches {
                let value = try expression(candidate, in: source, context)
                conditions.append(try compare(.equal, reference, value))
            }
        } else {
            for (condition, _) in branches { conditions.append(try truth(try expression(condition, in: source, context), condition)) }
        }
        let aggregate = (results + conditions).contains { $0.aggregate }
        let shapes = Set(results.filter { $0.type != .null }.map { $0.shape == .truth })
        let truthResult = shapes == [true]
        let types = results.map(\.type)
        let type = types.reduce(ValueType.null) { ValueType.join($0, $1) }
        let plain = !truthResult && results.allSatisfy(\.plain) && type != .any
        let rendered = results.map { value -> String in
            if truthResult { return value.shape == .truth ? value.sql : "NULL" }
            return plain ? value.sql : boxed(value).sql
        }
        var sql = "CASE"
        for (condition, result) in zip(conditions, rendered) { sql += " WHEN \(condition.sql) THEN \(result)" }
        sql += " ELSE \(rendered[rendered.count - 1]) END"
        sql = wrap("(\(sql))")
        return truthResult ? .truth(sql, aggregate: aggregate) : .value(sql, type, plain: plain, aggregate: aggregate)
    }

    /// The scope of a subquery over a list's elements: the outer variables, plus `variable` bound
    /// to each element of the list named `list` (an SQL name).
    private func elementScope(_ variable: String, of list: String, type: ValueType, in source: RowSource) -> RowSource {
        var inner = source.correlated
        let elements = fresh("u")
        inner.join("json_each(\(call("cy_elements"))(\(list))) AS \(elements)")
        inner.bind(variable, joinEntity(.value("\(call("cy_elem"))(\(elements).value)", type), into: &inner))
        return inner
    }

    /// `(SELECT CASE WHEN list IS NULL THEN NULL ELSE (body over list) END FROM (SELECT list))`
    private func overList(_ list: SQLValue, _ body: (String) throws -> String) rethrows -> String {
        let name = fresh("v")
        return "(SELECT CASE WHEN \(name) IS NULL THEN NULL ELSE \(try body(name)) END FROM (SELECT \(boxed(list).sql) AS \(name)))"
    }

    private func requireList(_ list: SQLValue, at expression: Expression) throws {
        switch list.type {
        case .any, .null, .list: return
        default: throw QueryError.type("'\(expression.text)' needs a list to go through, not \(list.type.name).")
        }
    }

    func listComprehension(_ variable: String, _ list: SQLValue, _ filter: Expression?, _ projection: Expression?,
                           in source: RowSource, at expression: Expression) throws -> SQLValue {
        try requireList(list, at: expression)
        var resultType = list.type
        let sql = try overList(list) { name in
            let inner = elementScope(variable, of: name, type: elementType(of: list.type), in: source)
            var select = inner
            if let filter { select.conditions.append(try truth(try self.expression(filter, in: inner), filter).sql) }
            let projected = try projection.map { try self.expression($0, in: inner) } ?? inner[variable] ?? constant(.null)
            resultType = .list(projected.type)
            return "(SELECT \(call(SQLFunctions.aggregateName(.collectAll)))(\(boxed(projected).sql))\(select.fromClause))"
        }
        return .value(sql, resultType, aggregate: list.aggregate)
    }

    func quantified(_ quantifier: Quantifier, _ variable: String, _ list: SQLValue, _ filter: Expression?,
                    in source: RowSource, at expression: Expression) throws -> SQLValue {
        try requireList(list, at: expression)
        let sql = try overList(list) { name in
            let inner = elementScope(variable, of: name, type: elementType(of: list.type), in: source)
            let condition = try filter.map { try truth(try self.expression($0, in: inner), $0) } ?? constant(.boolean(true))
            return "(SELECT \(call(SQLFunctions.aggregateName(.quantify)))(\(boxed(condition).sql), \(bind(quantifier.rawValue)))\(inner.fromClause))"
        }
        return .value(sql, .boolean, aggregate: list.aggregate)
    }

    func reduce(_ accumulator: String, _ initial: SQLValue, _ variable: String, _ list: SQLValue, _ step: Expression,
                in source: RowSource, at expression: Expression) throws -> SQLValue {
        try requireList(list, at: expression)
        let sql = try overList(list) { name in
            let steps = fresh("reduce")
            var inner = source.correlated
            inner.bind(accumulator, .value("\(steps).acc", initial.type))
            let element = SQLValue.value("\(call("cy_index"))(\(name), \(steps).i)", elementType(of: list.type))
            inner.bind(variable, joinEntity(element, into: &inner))
            let next = boxed(try self.expression(step, in: inner))
            let joins = inner.items.map { " " + $0 }.joined()
            return "(WITH RECURSIVE \(steps)(i, acc) AS (SELECT 0, \(boxed(initial).sql) UNION ALL SELECT \(steps).i + 1, \(next.sql) FROM \(steps)\(joins) WHERE \(steps).i < \(call("cy_f"))('size', \(name))) SELECT acc FROM \(steps) ORDER BY i DESC LIMIT 1)"
        }
        return .value(sql, .any, aggregate: list.aggregate || initial.aggregate)
    }

    /// Compiles `patterns` (with `filter`) as a correlated subquery over the outer row, giving
    /// the SELECT's body from its FROM on, and the CTEs the patterns need in front of it.
    private func correlatedMatch(_ patterns: [PathPattern], _ filter: Expression?, in source: RowSource,
                                 select: (RowSource) throws -> String) throws -> String {
        let outer = ctes
        ctes = []
        defer { ctes = outer }
        let clause = MatchClause(optional: false, patterns: patterns, condition: filter, offset: patterns.first?.offset ?? 0)
        let inner = try addMatch(clause, to: source.correlated)
        let body = "SELECT \(try select(inner))\(inner.fromClause)"
        return ctes.isEmpty ? body : "WITH RECURSIVE \(ctes.joined(separator: ", ")) \(body)"
    }

    func patternPredicate(_ patterns: [PathPattern], _ filter: Expression?, in source: RowSource, at expression: Expression) throws -> SQLValue {
        .truth("EXISTS (\(try correlatedMatch(patterns, filter, in: source) { _ in "1" }))")
    }

    func patternComprehension(_ pattern: PathPattern, _ filter: Expression?, _ projection: Expression,
                              in source: RowSource) throws -> SQLValue {
        var type = ValueType.any
        let sql = try correlatedMatch([pattern], filter, in: source) { inner in
            let value = try self.expression(projection, in: inner)
            type = value.type
            return "\(call(SQLFunctions.aggregateName(.collectAll)))(\(boxed(value).sql))"
        }
        return .value("(\(sql))", .list(type))
    }
}

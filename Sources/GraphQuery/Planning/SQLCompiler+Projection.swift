import GRDB

/// WITH and RETURN: projected columns, aggregation (computed in its own stage, so expressions
/// around aggregates see only grouping keys), DISTINCT, ORDER BY with Cypher's order of values,
/// SKIP and LIMIT.
extension SQLCompiler {
    struct ProjectedItem {
        var name: String
        var expression: Expression?
        var value: SQLValue
        /// The SQL output column names carrying the value.
        var columns: [String] = []
    }

    struct ProjectionResult {
        var select: String
        var items: [ProjectedItem]
        var aggregates: Bool
        /// SQL of SKIP + LIMIT, when the projection has a LIMIT.
        var rowsNeeded: String?
    }

    /// A `WITH`: the projection becomes a CTE and the next part starts from its rows. Its
    /// `WHERE` sees the projected names and, as in Cypher, the variables before the projection:
    /// those it reads are carried along hidden (unless the projection groups rows, where only
    /// projected values — also as written, `a.name` for `a.name AS name` — remain).
    func stage(_ projection: Projection, over source: RowSource) throws -> RowSource {
        let projected = Set(projection.items.map(\.name))
        let groups = projection.distinct || projection.items.contains { Self.containsAggregate($0.expression) }
        let carried = groups || projection.star ? [] : projection.condition.map { condition in
            Self.variables(in: condition).filter { !projected.contains($0) && source[$0] != nil }.sorted()
        } ?? []
        let result = try project(projection, over: source, final: false, carrying: carried)
        let cte = fresh("with")
        ctes.append("\(cte) AS (\(result.select))")
        var next = RowSource()
        let alias = fresh("s")
        next.join("\(cte) AS \(alias)")
        for item in result.items {
            rejoin(item.name, item.value, from: item.columns.map { "\(alias).\($0)" }, into: &next)
        }
        if let condition = projection.condition {
            var scope = next
            for name in carried { if let value = next[" carried " + name] { scope.bind(name, value) } }
            for item in result.items {
                if let text = item.expression?.text, !text.isEmpty, let value = next[item.name] { scope.substitutions[text] = value }
            }
            next.conditions.append(try truth(try expression(condition, in: scope), condition).sql)
        }
        return next
    }

    /// The final `RETURN` as the statement's SELECT (one column per result column) and its column names.
    func finalSelect(_ projection: Projection, over source: RowSource) throws -> (String, [String]) {
        let result = try project(projection, over: source, final: true)
        if let rows = result.rowsNeeded, !projection.distinct, projection.order.isEmpty, !result.aggregates, walkCapAllowed {
            capWalk(at: rows)
        }
        return (result.select, result.items.map(\.name))
    }

    func project(_ projection: Projection, over source: RowSource, final: Bool, carrying: [String] = []) throws -> ProjectionResult {
        var written = try projectionItems(projection, over: source)
        for name in carrying {
            if let value = source[name] { written.append(ProjectedItem(name: " carried " + name, expression: nil, value: value)) }
        }
        let aggregates = written.contains { $0.expression.map(Self.containsAggregate) ?? false }
        if !aggregates, let sort = projection.order.first(where: { Self.containsAggregate($0.expression) }) {
            throw invalid("ORDER BY can only use an aggregate when the projection aggregates; add it to the projection.", at: sort.expression.offset)
        }
        var items: [ProjectedItem]
        var rows: RowSource
        var orderScope: RowSource
        if aggregates {
            (items, rows) = try aggregated(written, over: source)
            orderScope = rows
        } else {
            items = try written.map { item in
                var compiled = item
                if let expression = item.expression { compiled.value = try self.expression(expression, in: source) }
                return compiled
            }
            rows = source
            orderScope = source
            if projection.distinct {
                // After DISTINCT only the projected values remain.
                orderScope = RowSource()
                for item in items {
                    if let text = item.expression?.text, !text.isEmpty { orderScope.substitutions[text] = item.value }
                }
            }
        }
        for item in items { orderScope.bind(item.name, item.value) }

        var selected: [String] = []
        for index in items.indices {
            let outputs = final ? [boxed(items[index].value).sql] : items[index].value.columns
            for output in outputs {
                let column = fresh("c")
                selected.append("\(output) AS \(column)")
                items[index].columns.append(column)
            }
        }
        var sql = "SELECT " + (projection.distinct ? "DISTINCT " : "") + selected.joined(separator: ", ") + rows.fromClause
        if !projection.order.isEmpty {
            let terms = try projection.order.flatMap { sort -> [String] in
                let value = try expression(sort.expression, in: orderScope)
                return sortTerms(value, descending: sort.descending)
            }
            sql += " ORDER BY " + terms.joined(separator: ", ")
        }
        var rowsNeeded: String?
        if projection.skip != nil || projection.limit != nil {
            let limit = try projection.limit.map { try count($0, clause: "LIMIT") }
            let skip = try projection.skip.map { try count($0, clause: "SKIP") }
            sql += " LIMIT \(limit ?? "-1")"
            if let skip { sql += " OFFSET \(skip)" }
            if let limit { rowsNeeded = skip.map { "\($0) + \(limit)" } ?? limit }
        }
        return ProjectionResult(select: sql, items: items, aggregates: aggregates, rowsNeeded: rowsNeeded)
    }

    /// The written items, with `*` expanded to every variable in scope (sorted by name).
    private func projectionItems(_ projection: Projection, over source: RowSource) throws -> [ProjectedItem] {
        var items: [ProjectedItem] = []
        if projection.star {
            let names = source.visibleNames.sorted()
            guard !names.isEmpty || !projection.items.isEmpty else {
                throw invalid("* needs variables to project, but none are defined here.", at: projection.offset)
            }
            for name in names {
                guard let value = source[name] else { continue }
                items.append(ProjectedItem(name: name, expression: nil, value: value))
            }
        }
        for item in projection.items {
            if items.contains(where: { $0.name == item.name }) {
                throw invalid("Two columns are named '\(item.name)'; give one of them another name with AS.", at: item.expression.offset)
            }
            items.append(ProjectedItem(name: item.name, expression: item.expression, value: .value("NULL")))
        }
        return items
    }

    /// Aggregation: one stage computes the grouping keys and every aggregate call of the items
    /// grouped by the keys; the items and ORDER BY are then computed over that stage, where an
    /// aggregate call stands for its column (ORDER BY may repeat one, not add its own) and only
    /// grouping keys are in scope.
    private func aggregated(_ written: [ProjectedItem], over source: RowSource) throws -> ([ProjectedItem], RowSource) {
        var keys: [ProjectedItem] = []
        var calls: [Expression] = []
        var seen = Set<String>()
        func collectCalls(_ expression: Expression) {
            Self.visit(expression) { node in
                if case .call(let name, _, let star, _) = node.kind, star || Self.aggregateNames.contains(name.lowercased()),
                   seen.insert(node.text).inserted {
                    calls.append(node)
                }
            }
        }
        for item in written {
            guard let expression = item.expression else { keys.append(item); continue }
            if Self.containsAggregate(expression) {
                collectCalls(expression)
            } else {
                var key = item
                key.value = try self.expression(expression, in: source)
                keys.append(key)
            }
        }

        var selected = ["1 AS unit"]
        var keyColumns: [[String]] = []
        var groupBy: [String] = []
        for key in keys {
            var columns: [String] = []
            for output in key.value.columns {
                let column = fresh("c")
                selected.append("\(output) AS \(column)")
                columns.append(column)
                groupBy.append(column)
            }
            keyColumns.append(columns)
        }
        var callValues: [(SQLValue, String)] = []
        var context = Context()
        context.aggregates = true
        for call in calls {
            let value = try expression(call, in: source, context)
            let column = fresh("a")
            selected.append("\(value.sql) AS \(column)")
            callValues.append((value, column))
        }
        let cte = fresh("aggregate")
        ctes.append("\(cte) AS (SELECT \(selected.joined(separator: ", "))\(source.fromClause)\(groupBy.isEmpty ? "" : " GROUP BY " + groupBy.joined(separator: ", ")))")

        var grouped = RowSource()
        let alias = fresh("g")
        grouped.join("\(cte) AS \(alias)")
        var keyValues: [String: SQLValue] = [:]
        for (key, columns) in zip(keys, keyColumns) {
            let helper = fresh(" key")
            rejoin(helper, key.value, from: columns.map { "\(alias).\($0)" }, into: &grouped)
            guard let value = grouped[helper] else { continue }
            keyValues[key.name] = value
            if let expression = key.expression, case .variable(let name) = expression.kind {
                grouped.bind(name, value)
            } else if let text = key.expression?.text {
                grouped.substitutions[text] = value
            } else {
                grouped.bind(key.name, value)
            }
        }
        for (call, (compiled, column)) in zip(calls, callValues) {
            var value = compiled
            value.sql = "\(alias).\(column)"
            value.aggregate = false
            value.constant = nil
            grouped.substitutions[call.text] = value
        }
        var items: [ProjectedItem] = []
        for item in written {
            if let value = keyValues[item.name] {
                items.append(ProjectedItem(name: item.name, expression: item.expression, value: value))
            } else if let expression = item.expression {
                items.append(ProjectedItem(name: item.name, expression: expression, value: try self.expression(expression, in: grouped)))
            }
        }
        return (items, grouped)
    }

    /// ORDER BY terms in Cypher's order: SQLite's own for plain values and truth values, the
    /// `cy_sortkey` bytes otherwise; nulls last ascending, first descending.
    private func sortTerms(_ value: SQLValue, descending: Bool) -> [String] {
        let direction = descending ? "DESC NULLS FIRST" : "ASC NULLS LAST"
        switch value.shape {
        case .node(let alias): return ["\(alias).graph_id \(direction)", "\(alias).id \(direction)"]
        case .truth: return ["\(value.sql) \(direction)"]
        case .relationship, .value:
            if value.plain { return ["\(value.sql) \(direction)"] }
            return ["\(call("cy_sortkey"))(\(boxed(value).sql)) \(descending ? "DESC" : "ASC")"]
        }
    }

    /// The SQL of a SKIP or LIMIT count: a constant whole number of rows, 0 or more (a literal,
    /// a parameter or an expression of them).
    private func count(_ expression: Expression, clause: String) throws -> String {
        if !Self.variables(in: expression).isEmpty || Self.containsAggregate(expression) {
            throw invalid("\(clause) takes a number of rows that does not depend on the rows: a number, a parameter or an expression of them.",
                          at: expression.offset)
        }
        let value = try self.expression(expression, in: RowSource())
        let fromParameter: Bool
        if case .parameter = expression.kind { fromParameter = true } else { fromParameter = false }
        if let known = value.constant {
            guard case .integer(let number) = known, number >= 0 else {
                let message = "\(clause) takes a whole number of rows, 0 or more, not \(known.shortDescription)."
                if fromParameter { throw QueryError.argument(message) }
                throw invalid(message, at: expression.offset)
            }
            return bind(number.databaseValue)
        }
        return "\(call("cy_count"))(\(boxed(value).sql), \(bind(clause)))"
    }
}

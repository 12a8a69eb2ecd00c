import GRDB

/// WITH and RETURN: projected columns, grouping for aggregates, DISTINCT, ORDER BY, SKIP and LIMIT.
extension SQLCompiler {
    private struct ProjectedItem {
        var name: String
        var expression: Expression?
        var value: SQLValue
        /// The SQL output column names carrying the value.
        var columns: [String]
    }

    /// A `WITH`: the projection becomes a CTE and the next part starts from its rows.
    func stage(_ projection: Projection, over source: RowSource) throws -> RowSource {
        let (select, items) = try projectionSQL(projection, over: source)
        let cte = fresh("with")
        ctes.append("\(cte) AS (\(select))")
        var next = RowSource()
        let alias = fresh("s")
        next.join("\(cte) AS \(alias)")
        for item in items {
            rejoin(item.name, .value(item.value.shape, sql: item.value.sql), from: item.columns.map { "\(alias).\($0)" }, into: &next)
        }
        if let condition = projection.condition {
            let value = try expression(condition, in: next)
            if value.aggregate {
                throw invalid("Aggregates cannot be used in WHERE; give them a name in WITH first.", at: condition.offset)
            }
            next.conditions.append(value.sql)
        }
        return next
    }

    /// The final `RETURN` as the statement's SELECT, with how to decode each result column.
    func finalSelect(_ projection: Projection, over source: RowSource) throws -> (String, [(name: String, decoder: OutputDecoder)]) {
        let (select, items) = try projectionSQL(projection, over: source)
        let columns = items.map { item -> (name: String, decoder: OutputDecoder) in
            let decoder: OutputDecoder
            switch item.value.shape {
            case .scalar: decoder = .scalar
            case .boolean: decoder = .boolean
            case .list: decoder = .list
            case .nodeList: decoder = .nodeList
            case .node: decoder = .node
            case .relationship: decoder = .relationship
            case .path: decoder = .path
            }
            return (item.name, decoder)
        }
        return (select, columns)
    }

    private func outputExpressions(_ value: SQLValue) -> [String] {
        switch value.shape {
        case .node, .relationship, .path: return Binding.value(value.shape, sql: value.sql).columns
        default: return [value.sql]
        }
    }

    private func projectionSQL(_ projection: Projection, over source: RowSource) throws -> (String, [ProjectedItem]) {
        var items: [ProjectedItem] = []
        if projection.star {
            let names = source.visibleNames.sorted()
            guard !names.isEmpty else {
                throw invalid("* needs variables to project, but none are defined here.", at: projection.offset)
            }
            for name in names {
                guard case .value(let shape, let sql)? = source[name] else { continue }
                items.append(ProjectedItem(name: name, expression: nil, value: SQLValue(sql: sql, shape: shape), columns: []))
            }
        }
        for item in projection.items {
            let value = try expression(item.expression, in: source)
            if items.contains(where: { $0.name == item.name }) {
                throw invalid("Two columns are named '\(item.name)'; give one of them another name with AS.", at: item.expression.offset)
            }
            items.append(ProjectedItem(name: item.name, expression: item.expression, value: value, columns: []))
        }
        var selected: [String] = []
        for index in items.indices {
            for expression in outputExpressions(items[index].value) {
                let column = fresh("c")
                selected.append("\(expression) AS \(column)")
                items[index].columns.append(column)
            }
        }
        var sql = "SELECT " + (projection.distinct ? "DISTINCT " : "") + selected.joined(separator: ", ") + source.fromClause
        if items.contains(where: { $0.value.aggregate }) {
            let keys = items.filter { !$0.value.aggregate }.flatMap { outputExpressions($0.value) }
            if !keys.isEmpty { sql += " GROUP BY " + keys.joined(separator: ", ") }
        }
        if !projection.order.isEmpty {
            // ORDER BY sees the projected names as well as the variables before the projection.
            var scope = source
            for item in items { scope.bind(item.name, .value(item.value.shape, sql: item.value.sql)) }
            let terms = try projection.order.map { sort -> String in
                let value: SQLValue
                if let item = items.first(where: { $0.expression?.text == sort.expression.text }) {
                    value = item.value
                } else {
                    value = try expression(sort.expression, in: scope)
                }
                return "\(sortKey(value)) \(sort.descending ? "DESC NULLS FIRST" : "ASC NULLS LAST")"
            }
            sql += " ORDER BY " + terms.joined(separator: ", ")
        }
        if projection.skip != nil || projection.limit != nil {
            let limit = try projection.limit.map { try count($0, clause: "LIMIT") } ?? "-1"
            sql += " LIMIT \(limit)"
            if let skip = projection.skip { sql += " OFFSET \(try count(skip, clause: "SKIP"))" }
        }
        return (sql, items)
    }

    /// Nodes sort by key, relationships by weight, paths by length.
    private func sortKey(_ value: SQLValue) -> String {
        switch value.shape {
        case .node(let alias): return "\(alias).key"
        case .relationship(let alias): return "\(alias).weight"
        case .path(_, _, let length): return length
        default: return value.sql
        }
    }

    /// The SQL of a SKIP or LIMIT count: a whole number or a parameter holding one.
    private func count(_ expression: Expression, clause: String) throws -> String {
        switch expression.kind {
        case .integer(let value) where value >= 0:
            return bind(value.databaseValue)
        case .parameter(let name):
            guard let value = parameters[name] else {
                throw QueryError.parameter("The query uses $\(name) but no value was given for it; pass --param \(name)=VALUE.")
            }
            guard case .number(let number) = value, number >= 0, number == number.rounded(), number < 9.0e15 else {
                throw QueryError.parameter("$\(name) is used as the \(clause) count, so it must be a whole number of rows, 0 or more.")
            }
            return bind(Int64(number).databaseValue)
        default:
            throw invalid("\(clause) takes a whole number of rows (0 or more) or a parameter.", at: expression.offset)
        }
    }
}

import GRDB

/// Expressions: literals and parameters become bound arguments, properties column reads or
/// attribute look-ups, functions and operators their SQLite counterparts.
extension SQLCompiler {
    static let aggregates: Set<String> = ["count", "sum", "avg", "min", "max", "collect"]
    static let functions = ["count", "sum", "avg", "min", "max", "collect", "key", "label", "labels", "type", "length",
                            "nodes", "size", "coalesce", "abs", "round", "floor", "ceil", "tolower", "toupper", "lower", "upper",
                            "trim", "tostring", "tointeger", "tofloat"]

    func expression(_ expression: Expression, in source: RowSource, insideAggregate: Bool = false) throws -> SQLValue {
        let compile = { (inner: Expression) throws -> SQLValue in
            try self.expression(inner, in: source, insideAggregate: insideAggregate)
        }
        switch expression.kind {
        case .null: return SQLValue(sql: "NULL", shape: .scalar)
        case .boolean(let value): return SQLValue(sql: value ? "1" : "0", shape: .boolean)
        case .integer(let value): return SQLValue(sql: bind(value.databaseValue), shape: .scalar)
        case .decimal(let value): return SQLValue(sql: bind(value.databaseValue), shape: .scalar)
        case .string(let value): return SQLValue(sql: bind(value), shape: .scalar)
        case .parameter(let name):
            guard let value = parameters[name] else {
                throw QueryError.parameter("The query uses $\(name) but no value was given for it; pass --param \(name)=VALUE.")
            }
            return try parameterValue(value, name: name)
        case .variable(let name):
            guard let binding = source[name] else {
                throw invalid("The variable '\(name)' is not defined here.\(NameSuggestion.hint(for: name, among: source.visibleNames)) Variables come from MATCH patterns and WITH.", at: expression.offset)
            }
            guard case .value(let shape, let sql) = binding else {
                throw invalid("'\(name)' is the list of relationships of a variable-length pattern, which queries cannot use; name the path instead, as in p = (a)-[*1..3]->(b), and use length(p) or nodes(p).", at: expression.offset)
            }
            return SQLValue(sql: sql, shape: shape)
        case .property(let base, let name):
            let owner = try compile(base)
            let nameOffset = expression.offset + expression.text.unicodeScalars.count - name.unicodeScalars.count
            switch owner.shape {
            case .node(let alias):
                try catalog.requireNodeProperty(name, at: nameOffset)
                return SQLValue(sql: nodeProperty(alias, name), shape: .scalar, aggregate: owner.aggregate)
            case .relationship(let alias):
                try catalog.requireLinkProperty(name, at: nameOffset)
                return SQLValue(sql: linkProperty(alias, name), shape: .scalar, aggregate: owner.aggregate)
            default:
                throw invalid("Only nodes and relationships have properties; '\(base.text)' is a value.", at: expression.offset)
            }
        case .list(let elements):
            let values = try elements.map(compile)
            try requireScalars(values, elements)
            return SQLValue(sql: "json_array(\(values.map(\.sql).joined(separator: ", ")))", shape: .list,
                            aggregate: values.contains { $0.aggregate })
        case .call(let name, let distinct, let star, let arguments):
            return try call(name, distinct: distinct, star: star, arguments: arguments, at: expression, in: source, insideAggregate: insideAggregate)
        case .not(let operand):
            let value = try compile(operand)
            return SQLValue(sql: "(NOT \(value.sql))", shape: .boolean, aggregate: value.aggregate)
        case .negate(let operand):
            let value = try compile(operand)
            try requireScalars([value], [operand])
            return SQLValue(sql: "(- \(value.sql))", shape: .scalar, aggregate: value.aggregate)
        case .isNull(let operand, let negated):
            let value = try compile(operand)
            return SQLValue(sql: "(\(identity(of: value)) IS \(negated ? "NOT " : "")NULL)", shape: .boolean, aggregate: value.aggregate)
        case .binary(let op, let leftExpression, let rightExpression):
            let left = try compile(leftExpression), right = try compile(rightExpression)
            let aggregate = left.aggregate || right.aggregate
            return SQLValue(sql: try binary(op, left, right, leftExpression, rightExpression),
                            shape: Self.booleanOperators.contains(op) ? .boolean : .scalar, aggregate: aggregate)
        }
    }

    private static let booleanOperators: Set<BinaryOperator> = [.or, .xor, .and, .equal, .notEqual, .less, .lessOrEqual, .greater,
                                                                .greaterOrEqual, .in, .startsWith, .endsWith, .contains]

    private func binary(_ op: BinaryOperator, _ left: SQLValue, _ right: SQLValue,
                        _ leftExpression: Expression, _ rightExpression: Expression) throws -> String {
        let l = left.sql, r = right.sql
        switch op {
        case .and: return "(\(l) AND \(r))"
        case .or: return "(\(l) OR \(r))"
        case .xor: return "((\(l) != 0) <> (\(r) != 0))"
        case .equal, .notEqual:
            let sqlOperator = op == .equal ? "=" : "<>"
            if case .node(let a) = left.shape, case .node(let b) = right.shape {
                return op == .equal ? "(\(a).graph_id = \(b).graph_id AND \(a).id = \(b).id)" : "NOT (\(a).graph_id = \(b).graph_id AND \(a).id = \(b).id)"
            }
            try requireScalars([left, right], [leftExpression, rightExpression])
            return "(\(l) \(sqlOperator) \(r))"
        case .in:
            try requireScalars([left], [leftExpression])
            if case .list(let elements) = rightExpression.kind {
                let values = try elements.map { try expression($0, in: RowSource()) }
                return values.isEmpty ? "0" : "(\(l) IN (\(values.map(\.sql).joined(separator: ", "))))"
            }
            guard right.shape == .list else {
                throw invalid("IN needs a list on its right, such as ['17_18', '20'] or collect(…).", at: rightExpression.offset)
            }
            return "(\(l) IN (SELECT value FROM json_each(\(r))))"
        case .startsWith:
            return "(instr(\(l), \(r)) = 1)"
        case .endsWith:
            return "(CASE WHEN \(l) IS NULL OR \(r) IS NULL THEN NULL WHEN length(\(r)) = 0 THEN 1 ELSE substr(\(l), -length(\(r))) = \(r) END)"
        case .contains:
            return "(instr(\(l), \(r)) > 0)"
        default:
            try requireScalars([left, right], [leftExpression, rightExpression])
            switch op {
            case .add:
                // Cypher's + joins strings as well as adding numbers.
                return "(CASE WHEN typeof(\(l)) = 'text' OR typeof(\(r)) = 'text' THEN \(l) || \(r) ELSE \(l) + \(r) END)"
            case .power: return "pow(\(l), \(r))"
            default: return "(\(l) \(op.rawValue) \(r))"
            }
        }
    }

    /// Nodes, relationships and paths compare by identity: these columns are null exactly when the value is.
    private func identity(of value: SQLValue) -> String {
        switch value.shape {
        case .node(let alias): return "\(alias).id"
        case .relationship(let alias): return "\(alias).source"
        case .path(_, let ids, _): return ids
        default: return value.sql
        }
    }

    private func requireScalars(_ values: [SQLValue], _ expressions: [Expression]) throws {
        for (value, expression) in zip(values, expressions) {
            switch value.shape {
            case .scalar, .boolean: continue
            default:
                throw invalid("'\(expression.text)' is a node, relationship, path or list; use one of its properties here, such as \(expression.text).key.", at: expression.offset)
            }
        }
    }

    private func parameterValue(_ value: QueryValue, name: String) throws -> SQLValue {
        switch value {
        case .null: return SQLValue(sql: "NULL", shape: .scalar)
        case .bool(let flag): return SQLValue(sql: flag ? "1" : "0", shape: .boolean)
        case .number(let number):
            if number == number.rounded(), abs(number) < 9.0e15 { return SQLValue(sql: bind(Int64(number).databaseValue), shape: .scalar) }
            return SQLValue(sql: bind(number.databaseValue), shape: .scalar)
        case .string(let text): return SQLValue(sql: bind(text), shape: .scalar)
        case .list(let elements):
            let values = try elements.map { try parameterValue($0, name: name) }
            return SQLValue(sql: "json_array(\(values.map(\.sql).joined(separator: ", ")))", shape: .list)
        case .node, .relationship, .path:
            throw QueryError.parameter("The parameter $\(name) must be a number, a string or a list of them.")
        }
    }

    // MARK: Properties

    func nodeProperty(_ alias: String, _ name: String) -> String {
        switch name {
        case "key", "label", "kind": return "\(alias).\(name)"
        case "graph": return "(SELECT name FROM graph WHERE id = \(alias).graph_id)"
        default:
            return "(SELECT value FROM node_attribute WHERE graph_id = \(alias).graph_id AND node_id = \(alias).id AND name = \(bind(name)))"
        }
    }

    func linkProperty(_ alias: String, _ name: String) -> String {
        switch name {
        case "weight", "kind": return "\(alias).\(name)"
        case "graph": return "(SELECT name FROM graph WHERE id = \(alias).graph_id)"
        case "source", "target": return "(SELECT key FROM node WHERE graph_id = \(alias).graph_id AND id = \(alias).\(name))"
        default:
            return "(SELECT value FROM link_attribute WHERE graph_id = \(alias).graph_id AND source = \(alias).source AND target = \(alias).target AND kind = \(alias).kind AND name = \(bind(name)))"
        }
    }

    // MARK: Functions

    private func call(_ name: String, distinct: Bool, star: Bool, arguments: [Expression], at call: Expression,
                      in source: RowSource, insideAggregate: Bool) throws -> SQLValue {
        let lowered = name.lowercased()
        guard Self.functions.contains(lowered) else {
            throw QueryError.unknownName("There is no function '\(name)'.\(NameSuggestion.hint(for: name, among: Self.functions))",
                                         at: QueryLocation(offset: call.offset, in: text))
        }
        let isAggregate = Self.aggregates.contains(lowered)
        if isAggregate && insideAggregate {
            throw invalid("An aggregate cannot contain another aggregate; compute the inner one with WITH first.", at: call.offset)
        }
        if distinct && !isAggregate {
            throw invalid("DISTINCT only goes inside aggregates such as count(DISTINCT x).", at: call.offset)
        }
        if star {
            guard lowered == "count" else { throw invalid("Only count takes *, as in count(*).", at: call.offset) }
            return SQLValue(sql: "count(*)", shape: .scalar, aggregate: true)
        }
        let values = try arguments.map { try expression($0, in: source, insideAggregate: insideAggregate || isAggregate) }
        let expected = lowered == "coalesce" ? max(1, values.count) : (lowered == "round" ? min(max(1, values.count), 2) : 1)
        guard values.count == expected, !values.isEmpty else {
            throw invalid("\(name)() takes \(lowered == "coalesce" ? "one or more arguments" : lowered == "round" ? "one or two arguments" : "one argument").", at: call.offset)
        }
        let argument = values[0]
        let keyword = distinct ? "DISTINCT " : ""
        let mismatch = { (expected: String) -> QueryError in
            self.invalid("\(name)() takes \(expected), but '\(arguments[0].text)' is not one.", at: arguments[0].offset)
        }
        switch lowered {
        case "count":
            if case .node(let alias) = argument.shape {
                let sql = distinct ? "count(DISTINCT \(alias).graph_id * 4294967296 + \(alias).id)" : "count(\(alias).id)"
                return SQLValue(sql: sql, shape: .scalar, aggregate: true)
            }
            return SQLValue(sql: "count(\(keyword)\(identity(of: argument)))", shape: .scalar, aggregate: true)
        case "sum", "avg", "min", "max":
            try requireScalars([argument], arguments)
            return SQLValue(sql: "\(lowered)(\(keyword)\(argument.sql))", shape: .scalar, aggregate: true)
        case "collect":
            switch argument.shape {
            case .node(let alias):
                return SQLValue(sql: "json_group_array(\(keyword)(\(alias).graph_id || ':' || \(alias).id)) FILTER (WHERE \(alias).id IS NOT NULL)",
                                shape: .nodeList, aggregate: true)
            case .scalar, .boolean:
                return SQLValue(sql: "json_group_array(\(keyword)\(argument.sql)) FILTER (WHERE \(argument.sql) IS NOT NULL)", shape: .list, aggregate: true)
            default:
                throw mismatch("a node or a value")
            }
        case "key":
            guard case .node(let alias) = argument.shape else { throw mismatch("a node") }
            return SQLValue(sql: "\(alias).key", shape: .scalar, aggregate: argument.aggregate)
        case "label", "type":
            switch argument.shape {
            case .node(let alias) where lowered == "label", .relationship(let alias):
                return SQLValue(sql: "\(alias).kind", shape: .scalar, aggregate: argument.aggregate)
            default:
                throw mismatch(lowered == "type" ? "a relationship" : "a node or relationship")
            }
        case "labels":
            guard case .node(let alias) = argument.shape else { throw mismatch("a node") }
            return SQLValue(sql: "(CASE WHEN \(alias).id IS NULL THEN NULL ELSE json_array(\(alias).kind) END)", shape: .list, aggregate: argument.aggregate)
        case "length":
            guard case .path(_, _, let length) = argument.shape else { throw mismatch("a path") }
            return SQLValue(sql: length, shape: .scalar, aggregate: argument.aggregate)
        case "nodes":
            guard case .path(let graph, let ids, _) = argument.shape else { throw mismatch("a path") }
            let sql = "(CASE WHEN \(ids) IS NULL THEN NULL ELSE '[\"' || \(graph) || ':' || replace(rtrim(\(ids), ','), ',', '\",\"' || \(graph) || ':') || '\"]' END)"
            return SQLValue(sql: sql, shape: .nodeList, aggregate: argument.aggregate)
        case "size":
            switch argument.shape {
            case .list, .nodeList: return SQLValue(sql: "json_array_length(\(argument.sql))", shape: .scalar, aggregate: argument.aggregate)
            case .scalar: return SQLValue(sql: "length(\(argument.sql))", shape: .scalar, aggregate: argument.aggregate)
            default: throw mismatch("a list or a string")
            }
        default:
            try requireScalars(values, arguments)
            let sqlArguments = values.map(\.sql)
            let aggregate = values.contains { $0.aggregate }
            let sql: String
            switch lowered {
            case "coalesce": sql = "coalesce(\((sqlArguments + ["NULL"]).joined(separator: ", ")))"
            case "round": sql = "round(\(sqlArguments.joined(separator: ", ")))"
            case "tolower", "lower": sql = "lower(\(argument.sql))"
            case "toupper", "upper": sql = "upper(\(argument.sql))"
            case "tostring": sql = "CAST(\(argument.sql) AS TEXT)"
            case "tointeger": sql = "CAST(\(argument.sql) AS INTEGER)"
            case "tofloat": sql = "CAST(\(argument.sql) AS REAL)"
            case "floor": sql = "(CASE WHEN \(argument.sql) >= 0 OR CAST(\(argument.sql) AS INTEGER) = \(argument.sql) THEN CAST(\(argument.sql) AS INTEGER) ELSE CAST(\(argument.sql) AS INTEGER) - 1 END)"
            case "ceil": sql = "(CASE WHEN \(argument.sql) <= 0 OR CAST(\(argument.sql) AS INTEGER) = \(argument.sql) THEN CAST(\(argument.sql) AS INTEGER) ELSE CAST(\(argument.sql) AS INTEGER) + 1 END)"
            default: sql = "\(lowered)(\(argument.sql))"   // abs, trim
            }
            return SQLValue(sql: sql, shape: .scalar, aggregate: aggregate)
        }
    }
}

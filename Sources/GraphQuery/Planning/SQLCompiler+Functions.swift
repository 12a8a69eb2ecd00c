import GRDB

/// Function calls: aggregates (`count`, `sum`, `collect`, percentiles, …), functions that read
/// the store (`labels`, `keys`, `properties`, `type`), and the value functions of
/// ``CypherFunctions`` (computed now when their arguments are known).
extension SQLCompiler {
    static let aggregateNames: Set<String> = ["count", "sum", "avg", "min", "max", "collect", "percentiledisc", "percentilecont",
                                              "stdev", "stdevp"]
    static let storeFunctions: Set<String> = ["labels", "keys", "properties", "type", "key", "label", "exists"]
    static let temporalFunctions: Set<String> = ["date", "datetime", "localdatetime", "time", "localtime", "duration", "timestamp"]

    static var knownFunctions: [String] {
        Array(aggregateNames) + Array(storeFunctions) + Array(CypherFunctions.table.keys) + ["rand"]
    }

    func call(_ name: String, distinct: Bool, star: Bool, arguments: [Expression], at call: Expression,
              in source: RowSource, _ context: Context) throws -> SQLValue {
        let lowered = name.lowercased()
        if Self.aggregateNames.contains(lowered) || star {
            return try aggregate(lowered, name: name, distinct: distinct, star: star, arguments: arguments, at: call, in: source, context)
        }
        if distinct { throw invalid("DISTINCT only goes inside aggregates such as count(DISTINCT x).", at: call.offset) }
        if let pattern = arguments.first(where: { if case .patternPredicate = $0.kind { return true }; return false }) {
            throw invalid("A pattern as a function's argument is a condition, not a list; collect its matches with a pattern comprehension such as [p = (a)-->(b) | p].",
                          at: pattern.offset)
        }
        if Self.temporalFunctions.contains(lowered) || lowered.hasPrefix("date.") || lowered.hasPrefix("datetime.") || lowered.hasPrefix("duration.") {
            throw unsupported("\(name)() is not supported: ClusterNet has no temporal types yet.", at: call.offset)
        }
        let values = try arguments.map { try expression($0, in: source, context) }
        let aggregate = values.contains { $0.aggregate }
        if Self.storeFunctions.contains(lowered) {
            return try storeFunction(lowered, name: name, values, arguments, at: call)
        }
        if lowered == "rand" {
            guard values.isEmpty else { throw invalid("rand() takes no arguments.", at: call.offset) }
            if context.insideAggregate {
                throw invalid("rand() cannot be aggregated: an aggregate needs values that depend on the rows.", at: call.offset)
            }
            return .value("\(self.call("cy_rand"))()", .float)
        }
        guard let function = CypherFunctions.table[lowered] else {
            throw QueryError.unknownName("There is no function '\(name)'.\(NameSuggestion.hint(for: name, among: Self.knownFunctions))",
                                         at: QueryLocation(offset: call.offset, in: text))
        }
        guard function.arity.contains(values.count) else {
            let expected = function.arity.count == 1 ? "\(function.arity.lowerBound)" : "\(function.arity.lowerBound) to \(function.arity.upperBound)"
            throw invalid("\(name)() takes \(function.arity.upperBound == .max ? "at least \(function.arity.lowerBound)" : expected) argument\(function.arity.upperBound == 1 ? "" : "s"), not \(values.count).",
                          at: call.offset)
        }
        try checkArgumentTypes(lowered, name: name, values, arguments)
        if values.allSatisfy({ $0.constant != nil }), let result = try? CypherFunctions.call(lowered, values.compactMap(\.constant)) {
            return constant(result)
        }
        let sql = "\(self.call("cy_f"))(\(([bind(lowered)] + values.map { boxed($0).sql }).joined(separator: ", ")))"
        var result = SQLValue.value(sql, resultType(lowered, values), aggregate: aggregate)
        if lowered == "coalesce" && values.allSatisfy({ $0.plain }) && Set(values.map(\.type)).count == 1 {
            result = .value("coalesce(\(values.map(\.sql).joined(separator: ", ")), NULL)", values[0].type, plain: true, aggregate: aggregate)
        }
        return result
    }

    /// Types Cypher refuses before running: a function's argument of a type it never takes.
    private func checkArgumentTypes(_ function: String, name: String, _ values: [SQLValue], _ arguments: [Expression]) throws {
        let expected: ValueType?
        switch function {
        case "tolower", "toupper", "trim", "ltrim", "rtrim", "split", "replace", "left", "right", "substring": expected = .string
        case "head", "last", "tail": expected = .list(.any)
        case "nodes", "relationships", "length": expected = function == "length" ? nil : .path
        case "size":
            if let first = values.first, first.shape != .value || [.path, .node, .relationship, .boolean, .integer, .float].contains(first.type) {
                throw QueryError.type("size() takes a list or a string, but '\(arguments[0].text)' is \(first.type.name).")
            }
            expected = nil
        default: expected = nil
        }
        guard let expected, let first = values.first else { return }
        if first.type.excludes(expected) || first.shape != .value {
            throw QueryError.type("\(name)() takes \(expected.name), but '\(arguments[0].text)' is \(first.type.name).")
        }
    }

    private func resultType(_ function: String, _ values: [SQLValue]) -> ValueType {
        switch function {
        case "tostring", "tolower", "toupper", "trim", "ltrim", "rtrim", "substring", "left", "right", "replace", "lower", "upper":
            return .string
        case "tointeger", "size", "length", "sign", "id": return .integer
        case "tofloat", "sqrt", "exp", "log", "log10", "sin", "cos", "tan", "cot", "asin", "acos", "atan", "atan2", "ceil", "floor",
             "round", "pi", "e", "degrees", "radians", "haversin": return .float
        case "toboolean", "isempty": return .boolean
        case "split": return .list(.string)
        case "range": return .list(.integer)
        case "nodes": return .list(.node)
        case "relationships", "rels": return .list(.relationship)
        case "startnode", "endnode": return .node
        case "head", "last": return values.first.map { elementType(of: $0.type) } ?? .any
        case "tail", "reverse": return values.first?.type ?? .any
        case "abs": return values.first?.type ?? .any
        case "coalesce": return values.map(\.type).reduce(.null) { ValueType.join($0, $1) }
        default: return .any
        }
    }

    /// `labels(n)`, `keys(x)`, `properties(x)`, `type(r)`, ClusterNet's `key(n)` and `label(n)`.
    private func storeFunction(_ function: String, name: String, _ values: [SQLValue], _ arguments: [Expression],
                               at call: Expression) throws -> SQLValue {
        guard values.count == 1, let value = values.first else {
            throw invalid("\(name)() takes one argument.", at: call.offset)
        }
        if function == "exists" { return .truth("(\(value.identity) IS NOT NULL)", aggregate: value.aggregate) }
        if value.constant?.isNull == true || value.type == .null { return constant(.null) }
        if let known = value.constant, let result = try? CypherFunctions.call(function, [known]) { return constant(result) }
        let accepts: Set<ValueType>
        switch function {
        case "labels", "key": accepts = [.node]
        case "type": accepts = [.relationship]
        case "label": accepts = [.node, .relationship]
        default: accepts = [.node, .relationship, .map]
        }
        let resultType: ValueType = function == "properties" ? .map : (function == "keys" || function == "labels" ? .list(.string) : .string)
        switch value.shape {
        case .node(let alias):
            guard accepts.contains(.node) else { break }
            let parts = EntityParts(graph: "\(alias).graph_id", ids: ["\(alias).id"])
            return .value(storeSQL(function, parts, kindColumn: "\(alias).kind", keyColumn: "\(alias).key"), resultType,
                          plain: resultType == .string, aggregate: value.aggregate)
        case .relationship(let alias):
            guard accepts.contains(.relationship) else { break }
            let parts = EntityParts(graph: "\(alias).graph_id", ids: ["\(alias).source", "\(alias).target", "\(alias).kind"])
            return .value(storeSQL(function, parts, kindColumn: "\(alias).kind", keyColumn: nil), resultType,
                          plain: resultType == .string, aggregate: value.aggregate)
        case .value where value.type == .map && accepts.contains(.map):
            return .value("\(self.call("cy_f"))(\(bind(function)), \(value.sql))", resultType, aggregate: value.aggregate)
        case .value where value.type == .any || accepts.contains(value.type):
            // Only the data can tell a node from a relationship or a map here.
            let sql = once(value) { v in
                let part = self.call("cy_part")
                let node = EntityParts(graph: "\(part)(\(v), 0)", ids: ["\(part)(\(v), 1)"])
                let link = EntityParts(graph: "\(part)(\(v), 0)", ids: (1...3).map { "\(part)(\(v), \($0))" })
                var branches: [String] = []
                if accepts.contains(.node) {
                    branches.append("WHEN 'NODE' THEN \(self.storeSQL(function, node, kindColumn: nil, keyColumn: nil))")
                }
                if accepts.contains(.relationship) {
                    branches.append("WHEN 'RELATIONSHIP' THEN \(self.storeSQL(function, link, kindColumn: "\(part)(\(v), 3)", keyColumn: nil))")
                }
                let otherwise = "\(self.call("cy_f"))(\(self.bind(function)), \(v))"
                return "(CASE \(self.call("cy_type"))(\(v)) WHEN 'NULL' THEN NULL \(branches.joined(separator: " ")) ELSE \(otherwise) END)"
            }
            return .value(sql, resultType, aggregate: value.aggregate)
        default:
            break
        }
        let expected = accepts.map { $0.name }.sorted().joined(separator: " or ")
        throw QueryError.type("\(name)() takes \(expected), but '\(arguments[0].text)' is \(value.type.name).")
    }

    /// How to find a node (graph, id) or relationship (graph, source, target, kind) in the store.
    private struct EntityParts {
        var graph: String
        var ids: [String]
        var isNode: Bool { ids.count == 1 }

        var condition: String {
            isNode ? "graph_id = \(graph) AND id = \(ids[0])"
                : "graph_id = \(graph) AND source = \(ids[0]) AND target = \(ids[1]) AND kind = \(ids[2])"
        }

        var attributeCondition: String {
            isNode ? "graph_id = \(graph) AND node_id = \(ids[0])"
                : "graph_id = \(graph) AND source = \(ids[0]) AND target = \(ids[1]) AND kind = \(ids[2])"
        }

        var attributeTable: String { isNode ? "node_attribute" : "link_attribute" }
    }

    private func storeSQL(_ function: String, _ parts: EntityParts, kindColumn: String?, keyColumn: String?) -> String {
        let nullCheck = "CASE WHEN \(parts.ids[0]) IS NULL THEN NULL ELSE "
        switch function {
        case "labels":
            let kind = kindColumn ?? "(SELECT kind FROM node WHERE \(parts.condition))"
            return "(\(nullCheck)(CASE \(kind) WHEN '' THEN X'5B5D' ELSE \(call("cy_list"))(\(kind)) END) END)"
        case "key":
            return keyColumn ?? "(SELECT key FROM node WHERE \(parts.condition))"
        case "type", "label":
            return kindColumn ?? "(SELECT kind FROM node WHERE \(parts.condition))"
        case "keys":
            return "(\(nullCheck)(SELECT \(call(SQLFunctions.aggregateName(.collect)))(name) FROM (SELECT name FROM \(parts.attributeTable) WHERE \(parts.attributeCondition) ORDER BY name)) END)"
        default:
            return "(\(nullCheck)(SELECT \(call(SQLFunctions.aggregateName(.entries)))(name, value) FROM \(parts.attributeTable) WHERE \(parts.attributeCondition)) END)"
        }
    }

    // MARK: Aggregates

    private func aggregate(_ function: String, name: String, distinct: Bool, star: Bool, arguments: [Expression], at call: Expression,
                           in source: RowSource, _ context: Context) throws -> SQLValue {
        guard context.aggregates else {
            throw invalid("Aggregates such as \(name)() can only be used in WITH and RETURN (and their ORDER BY); to filter on one, name it in WITH, then use WHERE.",
                          at: call.offset)
        }
        if context.insideAggregate {
            throw invalid("An aggregate cannot contain another aggregate; compute the inner one with WITH first.", at: call.offset)
        }
        if star {
            guard function == "count" else { throw invalid("Only count takes *, as in count(*).", at: call.offset) }
            return .value("count(*)", .integer, plain: true, aggregate: true)
        }
        var inner = context
        inner.insideAggregate = true
        let values = try arguments.map { try expression($0, in: source, inner) }
        let expectedCount = function.hasPrefix("percentile") ? 2 : 1
        guard values.count == expectedCount else {
            throw invalid("\(name)() takes \(expectedCount == 1 ? "one argument" : "two arguments: a value and a percentile between 0.0 and 1.0").",
                          at: call.offset)
        }
        let value = values[0]
        let keyword = distinct ? "DISTINCT " : ""
        switch function {
        case "count":
            let counted = distinct ? boxed(value).sql : value.identity
            return .value("count(\(keyword)\(counted))", .integer, plain: true, aggregate: true)
        case "min" where value.plain, "max" where value.plain:
            return .value("\(function)(\(keyword)\(value.sql))", value.type, plain: true, aggregate: true)
        case "percentiledisc", "percentilecont":
            let kind: CypherAggregation.Kind = function == "percentiledisc" ? .percentileDisc : .percentileCont
            if values[1].aggregate { throw invalid("The percentile cannot be an aggregate.", at: arguments[1].offset) }
            return .value("\(self.call(SQLFunctions.aggregateName(kind)))(\(boxed(value).sql), \(boxed(values[1]).sql))",
                          kind == .percentileDisc ? value.type : .float, aggregate: true)
        default:
            let kinds: [String: CypherAggregation.Kind] = ["sum": .sum, "avg": .avg, "min": .min, "max": .max, "collect": .collect,
                                                          "stdev": .stDev, "stdevp": .stDevP]
            guard let kind = kinds[function] else { preconditionFailure("every aggregate name has a kind") }
            let type: ValueType
            switch kind {
            case .collect: type = .list(value.type)
            case .avg, .stDev, .stDevP: type = .float
            case .sum: type = value.type == .integer ? .integer : (value.type.isNumeric ? value.type : .any)
            default: type = value.type
            }
            return .value("\(self.call(SQLFunctions.aggregateName(kind)))(\(keyword)\(boxed(value).sql))", type, aggregate: true)
        }
    }
}

import GRDB

/// Expressions: literals and parameters become bound arguments, properties column reads or
/// attribute look-ups, operators SQLite's own where both sides are plain values of the same kind
/// and the `cy_…` functions otherwise. Sub-expressions whose value is known at compile time are
/// computed here (so `1 + 1 + … + 1` is one argument); one that fails is left to fail when it runs.
extension SQLCompiler {
    /// Whether aggregates may appear, and whether we are inside one.
    struct Context {
        var aggregates = false
        var insideAggregate = false
    }

    func expression(_ expression: Expression, in source: RowSource, _ context: Context = Context()) throws -> SQLValue {
        if let substitute = source.substitutions[expression.text], !expression.text.isEmpty { return substitute }
        let compile = { (inner: Expression) throws -> SQLValue in try self.expression(inner, in: source, context) }
        switch expression.kind {
        case .null: return constant(.null)
        case .boolean(let value): return constant(.boolean(value))
        case .integer(let value): return constant(.integer(value))
        case .float(let value): return constant(.float(value))
        case .string(let value): return constant(.string(value))
        case .parameter(let name): return constant(try parameter(name))
        case .variable(let name):
            guard let binding = source[name] else { throw undefined(name, at: expression.offset, in: source) }
            return binding
        case .property(let base, let name):
            return try property(of: try compile(base), name, at: expression, base: base)
        case .list(let elements):
            return try list(try elements.map(compile))
        case .map(let entries):
            return try map(try entries.map { ($0.0, try compile($0.1)) })
        case .mapProjection(let base, let items):
            return try mapProjection(try compile(base), items, at: expression, in: source, context)
        case .call(let name, let distinct, let star, let arguments):
            return try call(name, distinct: distinct, star: star, arguments: arguments, at: expression, in: source, context)
        case .not(let operand):
            let value = try truth(try compile(operand), operand)
            if case .boolean(let flag)? = value.constant { return constant(.boolean(!flag)) }
            if value.constant?.isNull == true { return constant(.null) }
            return .truth("(NOT \(value.sql))", aggregate: value.aggregate)
        case .negate(let operand):
            let value = try compile(operand)
            if let folded = fold({ () throws(QueryError) in try CypherValue.negated(value.constant ?? .null) }, value) { return folded }
            return .value("\(call("cy_neg"))(\(boxed(value).sql))", value.type, aggregate: value.aggregate)
        case .and(let operands), .or(let operands), .xor(let operands):
            return try logical(expression.kind, try operands.map { try truth(try compile($0), $0) })
        case .comparison(let first, let rest):
            return try comparison(first, rest, in: source, context)
        case .arithmetic(let first, let rest):
            return try arithmetic(try compile(first), try rest.map { ($0.0, try compile($0.1)) })
        case .stringMatch(let op, let left, let right):
            return try stringMatch(op, try compile(left), try compile(right))
        case .inList(let element, let list):
            return try inList(try compile(element), try compile(list), at: list)
        case .isNull(let operand, let negated):
            let value = try compile(operand)
            if let known = value.constant { return constant(.boolean(known.isNull != negated)) }
            return .truth("(\(value.identity) IS \(negated ? "NOT " : "")NULL)", aggregate: value.aggregate)
        case .index(let base, let index):
            return try subscripted(try compile(base), try compile(index), in: source)
        case .slice(let base, let from, let to):
            let list = try compile(base)
            let lower = try from.map(compile) ?? constant(.integer(0))
            let upper = try to.map(compile) ?? constant(.integer(.max))
            if let folded = fold({ () throws(QueryError) in
                try CypherOperators.slice(list.constant ?? .null, lower.constant ?? .null, upper.constant ?? .null)
            }, list, lower, upper) { return folded }
            return .value("\(call("cy_slice"))(\(boxed(list).sql), \(boxed(lower).sql), \(boxed(upper).sql))", list.type,
                          aggregate: list.aggregate || lower.aggregate || upper.aggregate)
        case .hasLabels(let base, let groups):
            return try hasLabels(try compile(base), groups, at: base)
        case .caseOf(let subject, let branches, let otherwise):
            return try caseExpression(subject, branches, otherwise, in: source, context)
        case .listComprehension(let variable, let list, let filter, let projection):
            return try listComprehension(variable, try compile(list), filter, projection, in: source, at: expression)
        case .quantifier(let quantifier, let variable, let list, let filter):
            return try quantified(quantifier, variable, try compile(list), filter, in: source, at: expression)
        case .reduce(let accumulator, let initial, let variable, let list, let step):
            return try reduce(accumulator, try compile(initial), variable, try compile(list), step, in: source, at: expression)
        case .patternComprehension(let pattern, let filter, let projection):
            return try patternComprehension(pattern, filter, projection, in: source)
        case .patternPredicate(let patterns, let filter):
            return try patternPredicate(patterns, filter, in: source, at: expression)
        }
    }

    func parameter(_ name: String) throws -> CypherValue {
        guard let value = parameters[name] else {
            throw QueryError.parameter("The query uses $\(name) but no value was given for it; pass --param \(name)=VALUE.")
        }
        return try CypherValue(parameter: value, name: name)
    }

    /// The value computed now when every operand is known; nil when one is not, or computing fails
    /// (it then fails when the query runs, only if that branch is reached).
    func fold(_ compute: () throws(QueryError) -> CypherValue, _ operands: SQLValue...) -> SQLValue? {
        guard operands.allSatisfy({ $0.constant != nil }), let value = try? compute() else { return nil }
        return constant(value)
    }

    // MARK: Shapes

    /// The value in the encoding every `cy_…` function takes.
    func boxed(_ value: SQLValue) -> SQLValue {
        var result = value
        result.shape = .value
        switch value.shape {
        case .value: return value
        case .truth: result.sql = "(CASE \(value.sql) WHEN 1 THEN X'74727565' WHEN 0 THEN X'66616C7365' END)"
        case .node(let alias): result.sql = "\(call("cy_node"))(\(alias).graph_id, \(alias).id)"
        case .relationship(let alias):
            result.sql = "\(call("cy_rel"))(\(alias).graph_id, \(alias).source, \(alias).target, \(alias).kind)"
        }
        result.plain = false
        return result
    }

    /// A truth value for `WHERE`, `AND`, `NOT`: booleans as 1/0, null as NULL; other values are a type error.
    func truth(_ value: SQLValue, _ expression: Expression) throws -> SQLValue {
        switch value.shape {
        case .truth: return value
        case .node, .relationship:
            throw QueryError.type("'\(expression.text)' is a \(value.type == .node ? "node" : "relationship"), not a boolean; compare it or test a property.")
        case .value:
            if let known = value.constant {
                if known.isNull { return .truth("NULL") }
                guard case .boolean(let flag) = known else {
                    throw QueryError.type("'\(expression.text)' is \(known.typeName.lowercased()) \(known.shortDescription), not a boolean.")
                }
                return constant(.boolean(flag))
            }
            if value.type != .any && value.type != .boolean && value.type != .null {
                throw QueryError.type("'\(expression.text)' is \(value.type.name), not a boolean.")
            }
            return .truth("\(call("cy_truth"))(\(value.sql))", aggregate: value.aggregate)
        }
    }

    /// Evaluates `value` once and lets `body` use it as often as it needs (as `v`), so the SQL
    /// stays linear in the query (see ``named(_:)``).
    func once(_ value: SQLValue, _ body: (String) -> String) -> String {
        let (reference, wrap) = named(value)
        return wrap(body(reference.sql))
    }

    /// A column, placeholder or literal: cheap to repeat.
    func isSimple(_ sql: String) -> Bool {
        sql.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == ":" }
    }

    // MARK: Lists and maps

    func list(_ elements: [SQLValue]) throws -> SQLValue {
        let type = ValueType.list(ValueType.join(elements.map(\.type)))
        if elements.allSatisfy({ $0.constant != nil }) {
            var result = constant(.list(elements.compactMap(\.constant)))
            result.type = type
            return result
        }
        let aggregate = elements.contains { $0.aggregate }
        let boxedElements = elements.map { boxed($0).sql }
        // SQLite takes at most 127 arguments per function.
        let chunks = stride(from: 0, to: boxedElements.count, by: 100).map {
            "\(call("cy_list"))(\(boxedElements[$0..<min($0 + 100, boxedElements.count)].joined(separator: ", ")))"
        }
        return .value(chunks.count == 1 ? chunks[0] : "\(call("cy_concat"))(\(chunks.joined(separator: ", ")))", type, aggregate: aggregate)
    }

    func map(_ entries: [(String, SQLValue)]) throws -> SQLValue {
        if entries.allSatisfy({ $0.1.constant != nil }) {
            var values: [String: CypherValue] = [:]
            for (key, value) in entries { values[key] = value.constant }
            return constant(.map(values))
        }
        return .value(mapSQL(entries.map { (bind($0.0), boxed($0.1).sql) }), .map, aggregate: entries.contains { $0.1.aggregate })
    }

    /// `cy_map(key, value, …)` in chunks of at most 60 pairs (a map value in a key's place is merged in).
    func mapSQL(_ pairs: [(String, String)]) -> String {
        let flattened = pairs.map { "\($0.0), \($0.1)" }
        let chunks = stride(from: 0, to: max(flattened.count, 1), by: 60).map {
            "\(call("cy_map"))(\(flattened[$0..<min($0 + 60, flattened.count)].joined(separator: ", ")))"
        }
        return chunks.dropFirst().reduce(chunks[0]) { "\(call("cy_map"))(\($0), NULL, \($1), NULL)" }
    }

    // MARK: Logic and comparison

    private func logical(_ kind: Expression.Kind, _ operands: [SQLValue]) throws -> SQLValue {
        let aggregate = operands.contains { $0.aggregate }
        let (word, fold): (String, ([Bool?]) -> Bool?)
        switch kind {
        case .and: (word, fold) = ("AND", { $0.contains(false) ? false : ($0.contains(nil) ? nil : true) })
        case .or: (word, fold) = ("OR", { $0.contains(true) ? true : ($0.contains(nil) ? nil : false) })
        default: (word, fold) = ("<>", { $0.contains(nil) ? nil : $0.reduce(false) { $0 != ($1 ?? false) } })
        }
        if operands.allSatisfy({ $0.constant != nil }) {
            let flags = operands.map { value -> Bool? in if case .boolean(let flag)? = value.constant { return flag }; return nil }
            return constant(fold(flags).map(CypherValue.boolean) ?? .null)
        }
        return .truth(RowSource.balanced(operands.map(\.sql)[...], word), aggregate: aggregate)
    }

    private func comparison(_ first: Expression, _ rest: [(ComparisonOperator, Expression)], in source: RowSource,
                            _ context: Context) throws -> SQLValue {
        let operands = try ([first] + rest.map(\.1)).map { try self.expression($0, in: source, context) }
        let pairs = try rest.indices.map { try compare(rest[$0].0, operands[$0], operands[$0 + 1]) }
        if pairs.count == 1 { return pairs[0] }
        return try logical(.and([]), pairs)
    }

    /// `a op b` as a truth value: SQLite's comparison for plain values of one kind and for node
    /// identity, ``CypherOperators/compare(_:_:_:)`` otherwise.
    func compare(_ op: ComparisonOperator, _ a: SQLValue, _ b: SQLValue) throws -> SQLValue {
        let aggregate = a.aggregate || b.aggregate
        if let folded = fold({ () throws(QueryError) in
            CypherOperators.compare(op, a.constant ?? .null, b.constant ?? .null).map(CypherValue.boolean) ?? .null
        }, a, b) { return folded }
        if op == .equal || op == .notEqual {
            switch (a.shape, b.shape) {
            case (.node(let x), .node(let y)):
                let same = "(\(x).graph_id = \(y).graph_id AND \(x).id = \(y).id)"
                return .truth(op == .equal ? same : "(NOT \(same))", aggregate: aggregate)
            case (.relationship(let x), .relationship(let y)):
                let same = "(\(x).graph_id = \(y).graph_id AND \(x).source = \(y).source AND \(x).target = \(y).target AND \(x).kind = \(y).kind)"
                return .truth(op == .equal ? same : "(NOT \(same))", aggregate: aggregate)
            default: break
            }
        }
        if a.plain && b.plain && (a.type == b.type || (a.type.isNumeric && b.type.isNumeric)) && a.type != .null {
            return .truth("(\(a.sql) \(op == .notEqual ? "<>" : op.rawValue) \(b.sql))", aggregate: aggregate)
        }
        if (a.shape == .truth && b.shape == .truth) && (op == .equal || op == .notEqual) {
            return .truth("(\(a.sql) \(op == .equal ? "=" : "<>") \(b.sql))", aggregate: aggregate)
        }
        return .truth("\(call("cy_cmp"))(\(bind(op.rawValue)), \(boxed(a).sql), \(boxed(b).sql))", aggregate: aggregate)
    }

    private func stringMatch(_ op: StringOperator, _ a: SQLValue, _ b: SQLValue) throws -> SQLValue {
        if let folded = fold({ () throws(QueryError) in
            try CypherOperators.match(op, a.constant ?? .null, b.constant ?? .null).map(CypherValue.boolean) ?? .null
        }, a, b) { return folded }
        let aggregate = a.aggregate || b.aggregate
        if a.plain && b.plain && a.type == .string && b.type == .string {
            switch op {
            case .startsWith: return .truth("(instr(\(a.sql), \(b.sql)) = 1)", aggregate: aggregate)
            case .contains: return .truth("(instr(\(a.sql), \(b.sql)) > 0)", aggregate: aggregate)
            default: break
            }
        }
        return .truth("\(call("cy_match"))(\(bind(op.rawValue)), \(boxed(a).sql), \(boxed(b).sql))", aggregate: aggregate)
    }

    private func inList(_ element: SQLValue, _ list: SQLValue, at expression: Expression) throws -> SQLValue {
        if let folded = fold({ () throws(QueryError) in
            try CypherOperators.contains(list.constant ?? .null, element.constant ?? .null).map(CypherValue.boolean) ?? .null
        }, element, list) { return folded }
        if let known = list.constant, !known.isNull {
            guard case .list(let items) = known else {
                throw QueryError.type("IN needs a list on its right, but '\(expression.text)' is \(known.typeName.lowercased()) \(known.shortDescription).")
            }
            // A list of plain values of the element's kind: SQLite's IN, which uses the key index.
            let sameKind = items.allSatisfy { item in
                switch item {
                case .string: return element.type == .string
                case .integer, .float(_): return element.type.isNumeric && !(item.number?.isNaN ?? true)
                default: return false
                }
            }
            if element.plain && sameKind {
                let placeholders = items.map { bind($0.databaseValue) }
                return .truth("(\(element.sql) IN (\(placeholders.joined(separator: ", "))))", aggregate: element.aggregate)
            }
        }
        switch list.type {
        case .any, .null, .list: break
        default: throw QueryError.type("IN needs a list on its right, but '\(expression.text)' is \(list.type.name).")
        }
        return .truth("\(call("cy_in"))(\(boxed(element).sql), \(boxed(list).sql))", aggregate: element.aggregate || list.aggregate)
    }

    // MARK: Arithmetic

    private func arithmetic(_ first: SQLValue, _ rest: [(CypherValue.ArithmeticOperator, SQLValue)]) throws -> SQLValue {
        var type = first.type
        for (op, operand) in rest {
            type = op == .power ? .float : arithmeticType(op, type, operand.type)
        }
        if var value = first.constant, rest.allSatisfy({ $0.1.constant != nil }) {
            var failed = false
            for (op, operand) in rest {
                guard let next = try? CypherValue.arithmetic(op, value, operand.constant ?? .null) else { failed = true; break }
                value = next
            }
            if !failed { return constant(value) }
        }
        // One call per chunk of at most 120 operands: linear SQL, shallow nesting.
        var sql = boxed(first).sql
        var index = 0
        while index < rest.count {
            let chunk = rest[index..<min(index + 120, rest.count)]
            let operators = chunk.map(\.0.rawValue).joined()
            sql = "\(call("cy_arith"))(\(bind(operators)), \(sql), \(chunk.map { boxed($0.1).sql }.joined(separator: ", ")))"
            index += 120
        }
        return .value(sql, type, aggregate: first.aggregate || rest.contains { $0.1.aggregate })
    }

    private func arithmeticType(_ op: CypherValue.ArithmeticOperator, _ a: ValueType, _ b: ValueType) -> ValueType {
        switch (a, b) {
        case (.integer, .integer): return .integer
        case (.float, _) where b.isNumeric, (_, .float) where a.isNumeric: return .float
        case (.string, _) where op == .add, (_, .string) where op == .add: return .string
        case (.list, _) where op == .add, (_, .list) where op == .add: return .list(.any)
        default: return a.isNumeric && b.isNumeric ? .number : .any
        }
    }

    // MARK: Indexing and labels

    private func subscripted(_ base: SQLValue, _ index: SQLValue, in source: RowSource) throws -> SQLValue {
        if let folded = fold({ () throws(QueryError) in try CypherOperators.index(base.constant ?? .null, index.constant ?? .null) }, base, index) {
            return folded
        }
        // n['name'] on a node or relationship reads the property.
        if case .string(let name)? = index.constant, base.type == .node || base.type == .relationship || base.shape != .value {
            if case .node = base.shape { return nodeProperty(base, name) }
            if case .relationship = base.shape { return linkProperty(base, name) }
        }
        var type = ValueType.any
        if case .list(let element) = base.type { type = element }
        return .value("\(call("cy_index"))(\(boxed(base).sql), \(boxed(index).sql))", type, aggregate: base.aggregate || index.aggregate)
    }

    private func hasLabels(_ base: SQLValue, _ groups: [[String]], at expression: Expression) throws -> SQLValue {
        for group in groups { for label in group { catalog.noteLabel(label) } }
        switch base.shape {
        case .node(let alias):
            return .truth("(CASE WHEN \(alias).id IS NULL THEN NULL ELSE \(labelCondition("\(alias).kind", groups)) END)", aggregate: base.aggregate)
        case .value where base.type == .node || base.type == .any || base.type == .null:
            let part = call("cy_part")
            let checked = SQLValue.value("\(call("cy_label_check"))(\(base.sql))", aggregate: base.aggregate)
            return .truth(once(checked) { v in
                let kind = "(SELECT kind FROM node WHERE graph_id = \(part)(\(v), 0) AND id = \(part)(\(v), 1))"
                return "(CASE WHEN \(v) IS NULL THEN NULL ELSE \(self.labelCondition(kind, groups)) END)"
            }, aggregate: base.aggregate)
        default:
            throw QueryError.type("'\(expression.text)' is \(base.type.name); only nodes have labels.")
        }
    }

    /// Every group holds when the kind is one of its labels (a node has one kind, so `:A:B` needs A = B).
    func labelCondition(_ kind: String, _ groups: [[String]]) -> String {
        let conditions = groups.map { group in "\(kind) IN (\(group.map { bind($0) }.joined(separator: ", ")))" }
        return conditions.count == 1 ? conditions[0] : "(" + conditions.joined(separator: " AND ") + ")"
    }

    // MARK: Properties

    private func property(of owner: SQLValue, _ name: String, at expression: Expression, base: Expression) throws -> SQLValue {
        switch owner.shape {
        case .node:
            catalog.noteNodeProperty(name)
            return nodeProperty(owner, name)
        case .relationship:
            catalog.noteLinkProperty(name)
            return linkProperty(owner, name)
        case .truth:
            throw QueryError.type("'\(base.text)' is a boolean; only nodes, relationships and maps have properties.")
        case .value:
            if let folded = fold({ () throws(QueryError) in try CypherOperators.property(owner.constant ?? .null, name) }, owner) { return folded }
            switch owner.type {
            case .map:
                return .value("\(call("cy_get"))(\(owner.sql), \(bind(name)))", aggregate: owner.aggregate)
            case .any, .null, .node, .relationship:
                // Only the data can tell whether this is a node, a relationship or a map.
                let sql = once(owner) { v in
                    let node = self.entityProperty(v, name, node: true), link = self.entityProperty(v, name, node: false)
                    return "(CASE \(self.call("cy_type"))(\(v)) WHEN 'NODE' THEN \(node) WHEN 'RELATIONSHIP' THEN \(link) ELSE \(self.call("cy_get"))(\(v), \(self.bind(name))) END)"
                }
                return .value(sql, aggregate: owner.aggregate)
            default:
                throw QueryError.type("'\(base.text)' is \(owner.type.name); only nodes, relationships and maps have properties.")
            }
        }
    }

    /// A property of the node or relationship held in the value `v` (read through its id).
    private func entityProperty(_ v: String, _ name: String, node: Bool) -> String {
        let part = call("cy_part")
        if node {
            switch name {
            case "key", "label", "kind": return "(SELECT \(name) FROM node WHERE graph_id = \(part)(\(v), 0) AND id = \(part)(\(v), 1))"
            default:
                return "(SELECT value FROM node_attribute WHERE graph_id = \(part)(\(v), 0) AND node_id = \(part)(\(v), 1) AND name = \(bind(name)))"
            }
        }
        switch name {
        case "weight": return "(SELECT weight FROM link WHERE graph_id = \(part)(\(v), 0) AND source = \(part)(\(v), 1) AND target = \(part)(\(v), 2) AND kind = \(part)(\(v), 3))"
        case "kind": return "\(part)(\(v), 3)"
        default:
            return "(SELECT value FROM link_attribute WHERE graph_id = \(part)(\(v), 0) AND source = \(part)(\(v), 1) AND target = \(part)(\(v), 2) AND kind = \(part)(\(v), 3) AND name = \(bind(name)))"
        }
    }

    /// `n.name` on a node row: key, label and kind are columns (plain text), `graph` the graph's
    /// name, anything else an attribute (null when the node lacks it).
    func nodeProperty(_ node: SQLValue, _ name: String) -> SQLValue {
        guard case .node(let alias) = node.shape else { return .value("NULL", .null, plain: true) }
        switch name {
        case "key", "kind": return .value("\(alias).\(name)", .string, plain: true, aggregate: node.aggregate)
        case "label": return .value("\(alias).label", .string, plain: true, aggregate: node.aggregate)
        case "graph": return .value("(SELECT name FROM graph WHERE id = \(alias).graph_id)", .string, plain: true, aggregate: node.aggregate)
        default:
            return .value("(SELECT value FROM node_attribute WHERE graph_id = \(alias).graph_id AND node_id = \(alias).id AND name = \(bind(name)))",
                          aggregate: node.aggregate)
        }
    }

    /// `r.name` on a link row: weight and kind are columns, source and target the end nodes' keys.
    func linkProperty(_ link: SQLValue, _ name: String) -> SQLValue {
        guard case .relationship(let alias) = link.shape else { return .value("NULL", .null, plain: true) }
        switch name {
        case "weight": return .value("\(alias).weight", .float, plain: true, aggregate: link.aggregate)
        case "kind": return .value("\(alias).kind", .string, plain: true, aggregate: link.aggregate)
        case "graph": return .value("(SELECT name FROM graph WHERE id = \(alias).graph_id)", .string, plain: true, aggregate: link.aggregate)
        case "source", "target":
            return .value("(SELECT key FROM node WHERE graph_id = \(alias).graph_id AND id = \(alias).\(name))", .string, plain: true, aggregate: link.aggregate)
        default:
            return .value("(SELECT value FROM link_attribute WHERE graph_id = \(alias).graph_id AND source = \(alias).source AND target = \(alias).target AND kind = \(alias).kind AND name = \(bind(name)))",
                          aggregate: link.aggregate)
        }
    }

    /// All attributes of a node or relationship row as a map (null for a null row).
    func allProperties(_ owner: SQLValue) -> String? {
        let entries = call(SQLFunctions.aggregateName(.entries))
        switch owner.shape {
        case .node(let alias):
            return "(CASE WHEN \(alias).id IS NULL THEN NULL ELSE (SELECT \(entries)(name, value) FROM node_attribute WHERE graph_id = \(alias).graph_id AND node_id = \(alias).id) END)"
        case .relationship(let alias):
            return "(CASE WHEN \(alias).source IS NULL THEN NULL ELSE (SELECT \(entries)(name, value) FROM link_attribute WHERE graph_id = \(alias).graph_id AND source = \(alias).source AND target = \(alias).target AND kind = \(alias).kind) END)"
        default:
            return nil
        }
    }

    private func mapProjection(_ owner: SQLValue, _ items: [MapProjectionItem], at expression: Expression, in source: RowSource,
                               _ context: Context) throws -> SQLValue {
        var pairs: [(String, String)] = []
        var aggregate = owner.aggregate
        for item in items {
            switch item {
            case .property(let name):
                let value: SQLValue
                switch owner.shape {
                case .node: value = nodeProperty(owner, name)
                case .relationship: value = linkProperty(owner, name)
                default: value = .value("\(call("cy_get"))(\(boxed(owner).sql), \(bind(name)))")
                }
                pairs.append((bind(name), boxed(value).sql))
            case .allProperties:
                pairs.append((allProperties(owner) ?? boxed(owner).sql, "NULL"))
            case .entry(let key, let valueExpression):
                let value = try self.expression(valueExpression, in: source, context)
                aggregate = aggregate || value.aggregate
                pairs.append((bind(key), boxed(value).sql))
            case .variable(let name, let offset):
                guard let value = source[name] else { throw undefined(name, at: offset, in: source) }
                pairs.append((bind(name), boxed(value).sql))
            }
        }
        let map = mapSQL(pairs)
        return .value("\(call("cy_nonnull"))(\(owner.identity), \(map))", .map, aggregate: aggregate)
    }
}

extension CypherValue {
    /// A parameter's value; whole nodes, relationships and paths cannot be passed.
    init(parameter: QueryValue, name: String) throws {
        switch parameter {
        case .null: self = .null
        case .bool(let flag): self = .boolean(flag)
        case .integer(let value): self = .integer(value)
        case .float(let value): self = .float(value)
        case .string(let text): self = .string(text)
        case .list(let values): self = .list(try values.map { try CypherValue(parameter: $0, name: name) })
        case .map(let entries): self = .map(try entries.mapValues { try CypherValue(parameter: $0, name: name) })
        case .node, .relationship, .path:
            throw QueryError.parameter("The parameter $\(name) must be a number, string, boolean, list or map.")
        }
    }
}

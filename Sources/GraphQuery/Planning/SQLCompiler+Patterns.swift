/// MATCH patterns: nodes and fixed-length relationships (either way too) become joins,
/// variable-length ones recursive CTEs (`SQLCompiler+Walks.swift`). Within one MATCH no relationship is used twice
/// (Cypher's relationship isomorphism); nodes may repeat.
extension SQLCompiler {
    /// The trail text of one link row, as walks carry it.
    func trailStep(_ alias: String) -> String {
        "(',' || \(alias).source || ':' || \(alias).target || ':' || hex(\(alias).kind) || ',')"
    }

    func addMatch(_ clause: MatchClause, to source: RowSource) throws -> RowSource {
        var source = source
        var pending = clause.condition.map(Self.conjuncts) ?? []
        var used: [String] = []
        try checkVariables(clause, in: source)
        for pattern in clause.patterns { try addPattern(pattern, to: &source, pending: &pending, used: &used) }
        try apply(&pending, to: &source, onlyBound: false)
        return source
    }

    /// Refuses a name used for two kinds of thing, or a relationship twice in one pattern.
    private func checkVariables(_ clause: MatchClause, in source: RowSource) throws {
        var kinds: [String: String] = [:]
        for name in source.visibleNames {
            guard let binding = source[name] else { continue }
            switch binding.shape {
            case .node: kinds[name] = "node"
            case .relationship: kinds[name] = "relationship"
            default: kinds[name] = binding.type == .path ? "path" : "value"
            }
        }
        var relationships = Set<String>()
        func claim(_ name: String?, as kind: String, at offset: Int) throws {
            guard let name else { return }
            if let existing = kinds[name], existing != kind {
                if existing == "value", kind == "node", source[name]?.type == .node || source[name]?.type == .any { return }
                throw invalid("'\(name)' is already a \(existing), so it cannot also stand for a \(kind) here; use another name.", at: offset)
            }
            kinds[name] = kind
        }
        for pattern in clause.patterns {
            if let name = pattern.variable, source[name] != nil || kinds[name] != nil {
                throw invalid("The path name '\(name)' is already used; pick another name.", at: pattern.offset)
            }
            try claim(pattern.start.variable, as: "node", at: pattern.start.offset)
            for (relationship, node) in pattern.steps {
                if let name = relationship.variable {
                    if relationships.contains(name) {
                        throw invalid("The relationship '\(name)' appears twice in one MATCH; a relationship is matched once per pattern, so use another name.",
                                      at: relationship.offset)
                    }
                    relationships.insert(name)
                    try claim(name, as: relationship.length == nil ? "relationship" : "value", at: relationship.offset)
                }
                try claim(node.variable, as: "node", at: node.offset)
            }
            try claim(pattern.variable, as: "path", at: pattern.offset)
        }
    }

    /// The AND-ed parts of a WHERE, so each can be applied as soon as its variables are bound.
    static func conjuncts(_ expression: Expression) -> [Expression] {
        if case .and(let operands) = expression.kind { return operands.flatMap(conjuncts) }
        return [expression]
    }

    /// Adds the pending conditions whose variables are all bound (or all of them), so a
    /// variable-length walk starts only from nodes that pass the filters on its start.
    func apply(_ pending: inout [Expression], to source: inout RowSource, onlyBound: Bool) throws {
        var remaining: [Expression] = []
        for condition in pending {
            if onlyBound, !Self.variables(in: condition).allSatisfy({ source[$0] != nil }) {
                remaining.append(condition)
                continue
            }
            let value = try truth(try expression(condition, in: source), condition)
            source.conditions.append(value.sql)
        }
        pending = remaining
    }

    /// How strongly a node pattern narrows its matches: bound already, or a key given, beats other
    /// properties, which beat labels. Patterns are joined starting from their narrower end.
    private func selectivity(_ node: NodePattern, in source: RowSource, pending: [Expression]) -> Int {
        let properties: [(String, Expression)]
        if case .map(let entries)? = node.properties { properties = entries } else { properties = [] }
        let base = properties.isEmpty ? (node.labels.isEmpty ? 0 : 1) : 2
        guard let name = node.variable else { return base }
        if source[name] != nil || properties.contains(where: { $0.0 == "key" }) { return 3 }
        let filtered = pending.contains { condition in
            guard case .comparison(let left, let rest) = condition.kind, rest.count == 1, rest[0].0 == .equal else { return false }
            return [left, rest[0].1].contains { side in
                if case .property(let base, let property) = side.kind, case .variable(name) = base.kind { return property == "key" }
                return false
            }
        }
        return filtered ? 3 : base
    }

    /// The same pattern written from its last node to its first.
    private static func reversed(_ pattern: PathPattern) -> PathPattern {
        var nodes = [pattern.start] + pattern.steps.map(\.1)
        var relationships = pattern.steps.map(\.0)
        nodes.reverse()
        relationships.reverse()
        for index in relationships.indices {
            switch relationships[index].direction {
            case .right: relationships[index].direction = .left
            case .left: relationships[index].direction = .right
            case .either: break
            }
        }
        return PathPattern(variable: pattern.variable, start: nodes[0], steps: Array(zip(relationships, nodes.dropFirst())),
                           offset: pattern.offset)
    }

    private func addPattern(_ written: PathPattern, to source: inout RowSource, pending: inout [Expression],
                            used: inout [String]) throws {
        var pattern = written
        // Walking from the other end reverses a path and a relationship list, so only unnamed ones turn.
        let keepsOrder = pattern.variable != nil || pattern.steps.contains { $0.0.length != nil && $0.0.variable != nil }
        if !keepsOrder, let last = pattern.steps.last?.1,
           selectivity(last, in: source, pending: pending) > selectivity(pattern.start, in: source, pending: pending) {
            pattern = Self.reversed(pattern)
        }
        let first = try addNode(pattern.start, to: &source)
        var current = first
        var trails: [String] = []
        for (relationship, node) in pattern.steps {
            if let length = relationship.length {
                try apply(&pending, to: &source, onlyBound: true)
                let walk = try addWalk(relationship, length: length, from: current, to: node, source: &source, used: used)
                let name = fresh(" trail")
                source.bind(name, .value(walk.trail, .string, plain: true))
                trails.append(name)
                used.append(name)
                current = walk.end
            } else {
                // A relationship bound by an earlier clause is still used once in this pattern.
                let (end, link, isNew) = try addLink(relationship, from: current, to: node, source: &source)
                for earlier in used { if let condition = differs(link, earlier, in: source) { source.conditions.append(condition) } }
                let name = relationship.variable ?? fresh(" link")
                if !isNew || relationship.variable == nil { source.bind(name, .relationship(link)) }
                used.append(name)
                let step = fresh(" step")
                source.bind(step, .value(trailStep(link), .string, plain: true))
                trails.append(step)
                current = end
            }
        }
        guard let name = pattern.variable else { return }
        let start = nodeAlias(first, in: source)
        let pieces = trails.compactMap { source[$0]?.sql }
        let sql = "\(call("cy_path"))(\((["\(start).graph_id", "\(start).id"] + pieces).joined(separator: ", ")))"
        source.bind(name, .value(sql, .path))
    }

    /// The condition that a new link row is not a relationship the MATCH already used: `earlier`
    /// names (the user's or a hidden name, so it survives materialising) a link row or a trail.
    private func differs(_ link: String, _ earlier: String, in source: RowSource) -> String? {
        guard let value = source[earlier] else { return nil }
        switch value.shape {
        case .relationship(let other):
            return "NOT (\(link).source IS \(other).source AND \(link).target IS \(other).target AND \(link).kind IS \(other).kind)"
        default:
            return "instr(\(value.sql), \(trailStep(link))) = 0"
        }
    }

    /// The condition that a new walk shares no relationship with what the MATCH already used.
    func differs(walk trail: String, _ earlier: String, in source: RowSource) -> String? {
        guard let value = source[earlier] else { return nil }
        switch value.shape {
        case .relationship(let other): return "instr(\(trail), \(trailStep(other))) = 0"
        default: return "\(call("cy_disjoint"))(\(trail), \(value.sql)) = 1"
        }
    }

    func nodeAlias(_ name: String, in source: RowSource) -> String {
        if case .node(let alias)? = source[name]?.shape { return alias }
        preconditionFailure("pattern nodes are always bound as nodes")
    }

    /// Binds a node pattern (joining a new `node` row unless the variable is bound) and adds its label and property conditions.
    func addNode(_ pattern: NodePattern, to source: inout RowSource) throws -> String {
        let name = pattern.variable ?? fresh(" node")
        let alias: String
        if let binding = source[name] {
            var bound = binding
            if binding.shape == .value, binding.type == .node || binding.type == .any || binding.type == .null {
                bound = joinEntity(SQLValue.value(binding.sql, .node), into: &source)
                source.bind(name, bound)
            }
            guard case .node(let boundAlias) = bound.shape else {
                throw invalid("'\(name)' is already bound to \(binding.type.name), so it cannot stand in a node pattern.", at: pattern.offset)
            }
            alias = boundAlias
            // A node that is null (from OPTIONAL MATCH) matches nothing.
            source.conditions.append("\(alias).id IS NOT NULL")
        } else {
            alias = fresh("n")
            source.join("node AS \(alias)")
            if let graph = graphPlaceholder {
                source.conditions.append("\(alias).graph_id = \(graph)")
            } else if let anchor = source.graphAnchor {
                source.conditions.append("\(alias).graph_id = \(anchor)")
            }
            source.bind(name, .node(alias))
        }
        if !pattern.labels.isEmpty {
            for group in pattern.labels { for label in group { catalog.noteLabel(label) } }
            source.conditions.append(labelCondition("\(alias).kind", pattern.labels))
        }
        for (property, value) in try propertyEntries(pattern.properties) {
            catalog.noteNodeProperty(property)
            let condition = try compare(.equal, nodeProperty(.node(alias), property), try expression(value, in: source))
            source.conditions.append(condition.sql)
        }
        return name
    }

    func propertyEntries(_ constraint: PropertyConstraint?) throws -> [(String, Expression)] {
        switch constraint {
        case nil: return []
        case .map(let entries)?: return entries
        case .parameter(let name, let offset)?:
            throw invalid("A pattern's properties are written as a map, as in (n {name: $\(name)}), not as a parameter $\(name).", at: offset)
        }
    }

    /// Joins a `link` row from a bound node, then its other end, in the pattern's direction;
    /// returns the end's name, the link's alias and whether the link is newly bound.
    private func addLink(_ pattern: RelationshipPattern, from start: String, to endPattern: NodePattern,
                         source: inout RowSource) throws -> (end: String, link: String, isNew: Bool) {
        let from = nodeAlias(start, in: source)
        let alias: String
        var graph: String?
        if let name = pattern.variable, let binding = source[name] {
            guard case .relationship(let bound) = binding.shape else {
                throw invalid("'\(name)' is already bound to \(binding.type.name), so it cannot stand for a relationship here.", at: pattern.offset)
            }
            alias = bound
        } else {
            alias = fresh("l")
            source.join("link AS \(alias)")
            graph = graphPlaceholder ?? "\(from).graph_id"
            if let name = pattern.variable { source.bind(name, .relationship(alias)) }
        }
        let end = try addNode(endPattern, to: &source)
        let to = nodeAlias(end, in: source)
        try addLinkConditions(pattern, link: alias, to: &source.conditions, in: source)
        source.conditions += orientation(pattern.direction, link: alias, from: from, to: to, graph: graph)
        return (end, alias, graph != nil)
    }

    /// The conditions that `link` joins `from` to `to` the pattern's way, looking it up in `graph`
    /// (nil when it is bound already): along its stored direction only for `->` and `<-` on a
    /// directed graph; either way for `-`, on undirected graphs and, for undirected graphs' rows,
    /// across all graphs.
    ///
    /// A link that may match either way is found from `from` by either end, `to` being its other
    /// end, so each orientation is an index lookup (the primary key from the source,
    /// `link_by_target` from the target; SQLite's multi-index OR, which also yields a self-loop
    /// once) and LIMIT stops the join early. The graph test is written differently in the two
    /// alternatives (`+` in the second) on purpose: SQLite factors a term common to both out of the
    /// OR and then scans the graph's links by it instead.
    private func orientation(_ direction: RelationshipDirection, link: String, from: String, to: String,
                             graph: String?) -> [String] {
        let (near, far) = direction == .left ? ("target", "source") : ("source", "target")
        let lookup = graph.map { ["\(link).graph_id = \($0)"] } ?? []
        let along = "\(link).\(near) = \(from).id"
        if direction != .either, catalog.graphIsDirected == true {
            return lookup + [along, "\(link).\(far) = \(to).id"]
        }
        var against = graph.map { ["\(link).graph_id = +\($0)"] } ?? []
        against.append("\(link).\(far) = \(from).id")
        if direction != .either, catalog.graphIsDirected == nil {
            against.append("\(link).graph_id IN (SELECT id FROM graph WHERE directed = 0)")
        }
        let alternatives = "((\((lookup + [along]).joined(separator: " AND "))) OR (\(against.joined(separator: " AND "))))"
        return [alternatives, "\(to).id = CASE WHEN \(link).source = \(from).id THEN \(link).target ELSE \(link).source END"]
    }

    /// Type and property conditions on a link row `alias` (values may not refer to variables
    /// of the pattern when checked per step of a walk, hence `scope`).
    func addLinkConditions(_ pattern: RelationshipPattern, link alias: String, to conditions: inout [String], in scope: RowSource) throws {
        if !pattern.types.isEmpty {
            for type in pattern.types { catalog.noteType(type) }
            conditions.append("\(alias).kind IN (\(pattern.types.map { bind($0) }.joined(separator: ", ")))")
        }
        for (property, value) in try propertyEntries(pattern.properties) {
            catalog.noteLinkProperty(property)
            let condition = try compare(.equal, linkProperty(.relationship(alias), property), try expression(value, in: scope))
            conditions.append(condition.sql)
        }
    }
}

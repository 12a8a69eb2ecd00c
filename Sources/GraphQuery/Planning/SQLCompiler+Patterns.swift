/// MATCH patterns: nodes and fixed-length relationships become joins, variable-length ones recursive CTEs.
extension SQLCompiler {
    /// A piece of a named path: a node, or the nodes a variable-length relationship walked through.
    private enum PathPiece {
        case node(String)
        case walk(ids: String, length: String)
    }

    func addMatch(_ clause: MatchClause, to source: RowSource) throws -> RowSource {
        var source = source
        var pending = clause.condition.map(Self.conjuncts) ?? []
        for pattern in clause.patterns { try addPattern(pattern, to: &source, pending: &pending) }
        try apply(&pending, to: &source, onlyBound: false)
        return source
    }

    /// The AND-ed parts of a WHERE, so each can be applied as soon as its variables are bound.
    static func conjuncts(_ expression: Expression) -> [Expression] {
        if case .binary(.and, let left, let right) = expression.kind { return conjuncts(left) + conjuncts(right) }
        return [expression]
    }

    /// Adds the pending conditions whose variables are all bound (or all of them), so a
    /// variable-length walk starts only from nodes that pass the filters on its start.
    private func apply(_ pending: inout [Expression], to source: inout RowSource, onlyBound: Bool) throws {
        var remaining: [Expression] = []
        for condition in pending {
            if onlyBound, !Self.variables(in: condition).allSatisfy({ source[$0] != nil }) {
                remaining.append(condition)
                continue
            }
            let value = try expression(condition, in: source)
            if value.aggregate {
                throw invalid("Aggregates such as count() cannot be used in WHERE; compute them with WITH … AS name, then filter with WHERE name ….", at: condition.offset)
            }
            source.conditions.append(value.sql)
        }
        pending = remaining
    }

    /// How strongly a node pattern narrows its matches: bound already, or a key given, beats other
    /// properties, which beat labels. Patterns are joined starting from their narrower end.
    private func selectivity(_ node: NodePattern, in source: RowSource, pending: [Expression]) -> Int {
        guard let name = node.variable else { return node.properties.isEmpty ? (node.labels.isEmpty ? 0 : 1) : 2 }
        if source[name] != nil || node.properties.contains(where: { $0.0 == "key" }) { return 3 }
        let filtered = pending.contains { condition in
            guard case .binary(.equal, let left, let right) = condition.kind else { return false }
            return [left, right].contains { side in
                if case .property(let base, let property) = side.kind, case .variable(name) = base.kind { return property == "key" }
                return false
            }
        }
        if filtered { return 3 }
        return node.properties.isEmpty ? (node.labels.isEmpty ? 0 : 1) : 2
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

    private func addPattern(_ written: PathPattern, to source: inout RowSource, pending: inout [Expression]) throws {
        var pattern = written
        if pattern.variable == nil, let last = pattern.steps.last?.1,
           selectivity(last, in: source, pending: pending) > selectivity(pattern.start, in: source, pending: pending) {
            pattern = Self.reversed(pattern)
        }
        let first = try addNode(pattern.start, to: &source)
        var current = first
        var pieces: [PathPiece] = [.node(current)]
        for (relationship, node) in pattern.steps {
            if let range = relationship.length {
                try apply(&pending, to: &source, onlyBound: true)
                let (end, ids, length) = try addWalk(relationship, range: range, from: current, to: node, source: &source)
                pieces.append(.walk(ids: ids, length: length))
                current = end
            } else if matchesBothWays(relationship), relationship.variable.map({ source[$0] == nil }) ?? true {
                // One link either way: as a one-hop walk, whose two index lookups SQLite plans well
                // (an OR of both orientations in one join makes it scan every link).
                try apply(&pending, to: &source, onlyBound: true)
                let (end, ids, length) = try addWalk(relationship, range: 1...1, from: current, to: node, source: &source, acyclic: false)
                pieces.append(.walk(ids: ids, length: length))
                current = end
            } else {
                let end = try addLink(relationship, from: current, to: node, source: &source)
                pieces.append(.node(end))
                current = end
            }
        }
        guard let name = pattern.variable else { return }
        if source[name] != nil {
            throw invalid("The path name '\(name)' is already used for something else; pick another name.", at: pattern.offset)
        }
        var ids: [String] = [], lengths: [String] = []
        for piece in pieces {
            switch piece {
            case .node(let node):
                ids.append("\(nodeAlias(node, in: source)).id || ','")
            case .walk(let walkIDs, let length):
                ids.append(sql(of: walkIDs, in: source))
                lengths.append(sql(of: length, in: source))
            }
        }
        let fixedHops = pieces.count - 1 - lengths.count
        let graph = "\(nodeAlias(first, in: source)).graph_id"
        let length = "(" + (["\(fixedHops)"] + lengths).joined(separator: " + ") + ")"
        source.bind(name, .value(.path(graph: graph, ids: "(" + ids.joined(separator: " || ") + ")", length: length), sql: ""))
    }

    private func nodeAlias(_ name: String, in source: RowSource) -> String {
        if case .value(.node(let alias), _)? = source[name] { return alias }
        preconditionFailure("pattern nodes are always bound as nodes")
    }

    private func sql(of hidden: String, in source: RowSource) -> String {
        if case .value(_, let sql)? = source[hidden] { return sql }
        preconditionFailure("walk pieces are always bound as values")
    }

    /// Binds a node pattern (joining a new `node` row unless the variable is bound) and adds its label and property conditions.
    private func addNode(_ pattern: NodePattern, to source: inout RowSource) throws -> String {
        let name = pattern.variable ?? fresh(" node")
        let alias: String
        if let binding = source[name] {
            guard case .value(.node(let bound), _) = binding else {
                throw invalid("'\(name)' is already bound to something that is not a node, so it cannot stand in a node pattern.", at: pattern.offset)
            }
            alias = bound
        } else {
            alias = fresh("n")
            source.join("node AS \(alias)")
            if let graph = graphPlaceholder {
                source.conditions.append("\(alias).graph_id = \(graph)")
            } else if let anchor = source.graphAnchor {
                source.conditions.append("\(alias).graph_id = \(anchor)")
            }
            source.bind(name, .value(.node(alias: alias), sql: alias))
        }
        if !pattern.labels.isEmpty {
            for label in pattern.labels { try catalog.requireLabel(label, at: pattern.offset) }
            source.conditions.append("\(alias).kind IN (\(pattern.labels.map { bind($0) }.joined(separator: ", ")))")
        }
        for (property, value) in pattern.properties {
            try catalog.requireNodeProperty(property, at: value.offset)
            let right = try expression(value, in: source)
            source.conditions.append("\(nodeProperty(alias, property)) = \(right.sql)")
        }
        return name
    }

    /// Joins a `link` row from a bound node, then its other end, in the pattern's direction; returns the end's name.
    private func addLink(_ pattern: RelationshipPattern, from start: String, to endPattern: NodePattern,
                         source: inout RowSource) throws -> String {
        let from = nodeAlias(start, in: source)
        let alias: String
        if let name = pattern.variable, let binding = source[name] {
            guard case .value(.relationship(let bound), _) = binding else {
                throw invalid("'\(name)' is already bound to something that is not a relationship.", at: pattern.offset)
            }
            alias = bound
        } else {
            alias = fresh("l")
            source.join("link AS \(alias)")
            source.conditions.append("\(alias).graph_id = \(graphPlaceholder ?? "\(from).graph_id")")
            if let name = pattern.variable { source.bind(name, .value(.relationship(alias: alias), sql: alias)) }
        }
        let end = try addNode(endPattern, to: &source)
        let to = nodeAlias(end, in: source)
        try addLinkConditions(pattern, link: alias, to: &source.conditions)
        func forward(_ x: String, _ y: String) -> String { "(\(alias).source = \(x).id AND \(alias).target = \(y).id)" }
        source.conditions.append(orientation(pattern.direction, link: alias,
                                             forward: forward(from, to), backward: forward(to, from)))
        return end
    }

    /// Whether some rows may match the relationship against its stored direction.
    private func matchesBothWays(_ pattern: RelationshipPattern) -> Bool {
        pattern.direction == .either || catalog.graphIsDirected != true
    }

    /// The condition that a link joins the two ends the pattern's way: `forward` only for `->` on a
    /// directed graph, either way for `-` and on undirected graphs (decided per row across all graphs).
    private func orientation(_ direction: RelationshipDirection, link: String, forward: String, backward: String) -> String {
        let (along, against) = direction == .left ? (backward, forward) : (forward, backward)
        if direction == .either || catalog.graphIsDirected == false { return "(\(along) OR \(against))" }
        if catalog.graphIsDirected == true { return along }
        return "(\(along) OR (\(against) AND \(link).graph_id IN (SELECT id FROM graph WHERE directed = 0)))"
    }

    private func addLinkConditions(_ pattern: RelationshipPattern, link alias: String, to conditions: inout [String]) throws {
        if !pattern.types.isEmpty {
            for type in pattern.types { try catalog.requireType(type, at: pattern.offset) }
            conditions.append("\(alias).kind IN (\(pattern.types.map { bind($0) }.joined(separator: ", ")))")
        }
        for (property, value) in pattern.properties {
            try catalog.requireLinkProperty(property, at: value.offset)
            // Values in a relationship's property map cannot refer to variables (they are checked per step of a walk).
            let right = try expression(value, in: RowSource())
            conditions.append("\(linkProperty(alias, property)) = \(right.sql)")
        }
    }

    /// A variable-length relationship: materialises the rows so far, walks from their distinct start
    /// nodes in a recursive CTE (at most `range.upperBound` hops, no node twice on a path unless not
    /// `acyclic`), and joins the walks that reach at least `range.lowerBound` hops. A one-hop walk
    /// that is not `acyclic` is a single relationship, bound to the pattern's variable.
    /// - Complexity: proportional to the number of simple paths of up to `max` hops from the start nodes.
    private func addWalk(_ pattern: RelationshipPattern, range: ClosedRange<Int>, from start: String, to endPattern: NodePattern,
                         source: inout RowSource, acyclic: Bool = true) throws -> (end: String, ids: String, length: String) {
        if let name = pattern.variable, source[name] != nil {
            throw invalid("'\(name)' is already bound; a variable-length relationship needs a new name.", at: pattern.offset)
        }
        var stepConditions = ["v.depth < \(bind(Int64(range.upperBound).databaseValue))"]
        try addLinkConditions(pattern, link: "l", to: &stepConditions)
        let stage = materialize(source)
        guard let columns = stage.columns[start], columns.count == 2 else {
            preconditionFailure("the start of a walk is always a bound node")
        }
        let seedAlias = fresh("s")
        let graph = "\(seedAlias).\(columns[0])", id = "\(seedAlias).\(columns[1])"
        let walk = fresh("walk")
        let seed = "SELECT DISTINCT \(graph), \(id), \(id), 0, ',' || \(id) || ',', NULL, NULL, NULL FROM \(stage.cte) AS \(seedAlias) WHERE \(id) IS NOT NULL"
        func step(from near: String, to far: String, extra: String?) -> String {
            var conditions = stepConditions + (extra.map { [$0] } ?? [])
            if acyclic {
                conditions.append("instr(v.path, ',' || l.\(far) || ',') = 0")
            } else if near == "target" {
                conditions.append("l.source <> l.target")   // a self-loop matches once, not once each way
            }
            return "SELECT v.g, v.start, l.\(far), v.depth + 1, v.path || l.\(far) || ',', l.source, l.target, l.kind FROM \(walk) AS v JOIN link AS l ON l.graph_id = v.g AND l.\(near) = v.node WHERE "
                + conditions.joined(separator: " AND ")
        }
        let undirectedOnly = "v.g IN (SELECT id FROM graph WHERE directed = 0)"
        var steps: [String] = []
        let both = pattern.direction == .either || catalog.graphIsDirected == false
        let sometimesBoth = catalog.graphIsDirected == nil && !both
        if pattern.direction != .left || both || sometimesBoth {
            steps.append(step(from: "source", to: "target", extra: pattern.direction == .left && !both ? undirectedOnly : nil))
        }
        if pattern.direction != .right || both || sometimesBoth {
            steps.append(step(from: "target", to: "source", extra: pattern.direction == .right && !both ? undirectedOnly : nil))
        }
        ctes.append("\(walk)(g, start, node, depth, path, source, target, kind) AS (\(seed) UNION ALL \(steps.joined(separator: " UNION ALL ")))")

        var next = stage.source
        let walkAlias = fresh("w")
        next.join("\(walk) AS \(walkAlias)")
        next.conditions += ["\(walkAlias).g = \(stage.alias).\(columns[0])", "\(walkAlias).start = \(stage.alias).\(columns[1])",
                            "\(walkAlias).depth >= \(bind(Int64(range.lowerBound).databaseValue))"]
        let end = try addNode(endPattern, to: &next)
        let endAlias = nodeAlias(end, in: next)
        next.conditions += ["\(endAlias).graph_id = \(walkAlias).g", "\(endAlias).id = \(walkAlias).node"]
        if let name = pattern.variable {
            if acyclic {
                next.bind(name, .relationshipList)
            } else {
                rejoin(name, .value(.relationship(alias: ""), sql: ""),
                       from: ["g", "source", "target", "kind"].map { "\(walkAlias).\($0)" }, into: &next)
            }
        }
        let ids = fresh(" walk-ids"), length = fresh(" walk-length")
        next.bind(ids, .value(.scalar, sql: "substr(\(walkAlias).path, length(\(walkAlias).start) + 3)"))
        next.bind(length, .value(.scalar, sql: "\(walkAlias).depth"))
        source = next
        return (end, ids, length)
    }
}

/// Variable-length relationships (`-[*1..3]->`), as recursive CTEs that walk from the distinct
/// start nodes of the rows so far. (A single relationship, either way too, is a join:
/// `SQLCompiler+Patterns.swift`.)
extension SQLCompiler {
    /// A walk added to the rows: its end node's name and the SQL of its trail.
    struct Walk {
        var end: String
        var trail: String
    }

    /// Where the compiler may later cap a walk with LIMIT: its CTE's position and its seed table.
    struct WalkCap {
        var cteIndex: Int
        var seedCTE: String
        var countsSeeds: Bool
    }

    /// Materialises the rows so far, walks from their distinct start nodes in a recursive CTE (at
    /// most `max` hops; no relationship twice on a path, so it ends on any graph even without a
    /// bound), and joins the walks of at least `min` hops; the relationship's variable is the list
    /// of relationships walked.
    /// - Complexity: proportional to the number of trails of up to `max` hops from the start nodes.
    func addWalk(_ pattern: RelationshipPattern, length range: LengthRange, from start: String, to endPattern: NodePattern,
                 source: inout RowSource, used: [String]) throws -> Walk {
        let minimum = range.minimum ?? 1
        let maximum = range.maximum
        var stepConditions: [String] = []
        if let maximum { stepConditions.append("v.depth < \(bind(Int64(maximum).databaseValue))") }
        try addLinkConditions(pattern, link: "l", to: &stepConditions, in: RowSource())
        let stage = materialize(source)
        guard let columns = stage.columns[start], columns.count == 2 else {
            preconditionFailure("the start of a walk is always a bound node")
        }
        let seedAlias = fresh("s")
        let graph = "\(seedAlias).\(columns[0])", id = "\(seedAlias).\(columns[1])"
        let walk = fresh("walk")
        let seed = "SELECT DISTINCT \(graph), \(id), \(id), 0, ',' FROM \(stage.cte) AS \(seedAlias) WHERE \(id) IS NOT NULL"
        let stepID = "(l.source || ':' || l.target || ':' || hex(l.kind) || ',')"
        func step(from near: String, to far: String, extra: String?) -> String {
            var conditions = stepConditions + (extra.map { [$0] } ?? [])
            conditions.append("instr(v.trail, ',' || \(stepID)) = 0")
            // A self-loop walked against the pattern's direction is the same step as walked along
            // it (and `<-` walks along it from its target).
            if near == (pattern.direction == .left ? "source" : "target") { conditions.append("l.source <> l.target") }
            return "SELECT v.g, v.start, l.\(far), v.depth + 1, v.trail || \(stepID) FROM \(walk) AS v JOIN link AS l ON l.graph_id = v.g AND l.\(near) = v.node WHERE "
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
        walkCaps.append(WalkCap(cteIndex: ctes.count, seedCTE: stage.cte, countsSeeds: minimum > 0))
        ctes.append("\(walk)(g, start, node, depth, trail) AS (\(seed) UNION ALL \(steps.joined(separator: " UNION ALL ")))")

        var next = stage.source
        let walkAlias = fresh("w")
        next.join("\(walk) AS \(walkAlias)")
        next.conditions += ["\(walkAlias).g = \(stage.alias).\(columns[0])", "\(walkAlias).start = \(stage.alias).\(columns[1])"]
        if minimum > 0 { next.conditions.append("\(walkAlias).depth >= \(bind(Int64(minimum).databaseValue))") }
        let trail = "\(walkAlias).trail"
        for earlier in used { if let condition = differs(walk: trail, earlier, in: next) { next.conditions.append(condition) } }
        let end = try addNode(endPattern, to: &next)
        let endAlias = nodeAlias(end, in: next)
        next.conditions += ["\(endAlias).graph_id = \(walkAlias).g", "\(endAlias).id = \(walkAlias).node"]
        if let name = pattern.variable, let list = next[name] {
            // A list of relationships bound before: the walk must take exactly those, in order.
            next.conditions.append("\(trail) = \(call("cy_trail_of"))(\(boxed(list).sql))")
        } else if let name = pattern.variable {
            next.bind(name, .value("\(call("cy_trail"))(\(walkAlias).g, \(trail))", .list(.relationship)))
        }
        source = next
        return Walk(end: end, trail: trail)
    }

    /// Caps the only walk of a query at the rows a LIMIT needs, when every walk row becomes one
    /// result row (no filter, ordering, grouping or other join after it): the walk stops early
    /// instead of finding every path first.
    func capWalk(at rows: String) {
        guard walkCaps.count == 1, let cap = walkCaps.first, cap.cteIndex < ctes.count else { return }
        let seeds = cap.countsSeeds ? "(SELECT count(*) FROM \(cap.seedCTE)) + " : ""
        var definition = ctes[cap.cteIndex]
        definition.removeLast()
        ctes[cap.cteIndex] = definition + " LIMIT \(seeds)\(rows))"
    }
}

import ClusterGraph
import ClusterStore
@testable import GraphQuery

/// Why a scenario cannot run on a ClusterNet store (its graph does not fit the store, or it writes).
struct Skip: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

/// The graph a scenario's `CREATE` setup describes, kept in memory and written to the store as
/// graph `tck` (keys `n0`, `n1`, …; a node without labels has the empty kind; relationship
/// properties become link attributes and every weight is 1).
///
/// A setup is `[reading clauses] (CREATE … | DELETE …)+`: the reading part and every property
/// value run as a ClusterNet query (`… RETURN *, expr AS e0, …`), then each result row creates
/// its nodes and relationships here. Setups whose graph the store cannot hold — a node with two
/// labels, two relationships of one type between the same nodes in the same direction, a map or
/// a null inside a list as a property — are skipped with that reason.
struct SetupGraph {
    struct Node {
        var labels: [String]
        var properties: [String: AttributeValue]
    }

    struct Relationship {
        var source: Int
        var target: Int
        var type: String
        var properties: [String: AttributeValue]
    }

    static let graphName = "tck"

    var nodes: [Node] = []
    var relationships: [Relationship] = []

    static func key(_ index: Int) -> String { "n\(index)" }

    var contents: GraphContents {
        GraphContents(name: Self.graphName, isDirected: true,
                      nodes: nodes.enumerated().map { index, node in
                          NodeRecord(key: Self.key(index), label: nil, kind: node.labels.first ?? "", attributes: node.properties)
                      },
                      links: relationships.map { link in
                          LinkRecord(source: Self.key(link.source), target: Self.key(link.target), weight: 1, kind: link.type,
                                     attributes: link.properties)
                      })
    }

    /// Runs one setup query on this graph, whose current state is in `store`: segment by segment,
    /// each reading part and the `CREATE`/`DELETE` clauses after it, the rows of one segment
    /// passed to the next as the parameter `$tck_rows` (nodes by key, matched again by key).
    mutating func execute(_ query: String, store: LinkageStore) throws {
        let clauses = try Self.clauses(of: query)
        guard clauses.contains(where: { $0.keyword == "CREATE" || $0.keyword == "DELETE" }) else { throw Skip("setup without CREATE") }
        var rows: [[String: QueryValue]]?
        var index = 0
        while index < clauses.count {
            var reading: [String] = []
            while index < clauses.count, clauses[index].keyword != "CREATE", clauses[index].keyword != "DELETE" {
                reading.append(clauses[index].text)
                index += 1
            }
            var writing: [(keyword: String, text: String)] = []
            while index < clauses.count, clauses[index].keyword == "CREATE" || clauses[index].keyword == "DELETE" {
                writing.append(clauses[index])
                index += 1
            }
            rows = try segment(reading: reading.joined(separator: " "), writing: writing, after: rows, store: store)
            try store.writeGraph(contents, mode: .replace)
        }
        try checkStorable()
    }

    /// One segment: runs its reading part (after the rows of the previous segment, if any) with
    /// the property values it creates, replays the CREATE and DELETE clauses per row, and gives
    /// the rows for the next segment.
    private mutating func segment(reading: String, writing: [(keyword: String, text: String)], after previous: [[String: QueryValue]]?,
                                  store: LinkageStore) throws -> [[String: QueryValue]] {
        var creates: [[PathPattern]] = []
        var deletions: [String] = []
        var expressions: [String] = []
        for clause in writing {
            let body = String(clause.text.dropFirst(clause.keyword.count))
            if clause.keyword == "DELETE" {
                deletions += body.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                continue
            }
            var parser = QueryParser(text: "MATCH \(body)\nRETURN 1")
            guard case .match(let match)? = try parser.parse().queries.first?.clauses.first else { throw Skip("setup pattern not understood") }
            creates.append(match.patterns)
            // In the order the rows are replayed: start node, then each relationship and its end node.
            for pattern in match.patterns {
                expressions += try Self.propertyTexts(pattern.start.properties)
                for (relationship, node) in pattern.steps {
                    expressions += try Self.propertyTexts(relationship.properties)
                    expressions += try Self.propertyTexts(node.properties)
                }
            }
        }
        var bindings = Self.carried(previous) + reading
        // Nodes the CREATE makes are maps of their properties to later property values (`num: a.id`).
        for patterns in creates {
            for pattern in patterns {
                for node in [pattern.start] + pattern.steps.map(\.1) {
                    guard let name = node.variable, !bindings.contains(" AS \(name) "), case .map(let entries)? = node.properties else { continue }
                    let map = "{" + entries.map { "\($0.0): \($0.1.text)" }.joined(separator: ", ") + "}"
                    bindings += (bindings.isEmpty ? "WITH " : " WITH *, ") + "\(map) AS \(name) "
                }
            }
        }
        let evaluated = expressions.enumerated().map { "\($0.element) AS tck_e\($0.offset)" }
        let read = bindings.isEmpty ? "RETURN " + (evaluated.isEmpty ? "1 AS tck_one" : evaluated.joined(separator: ", "))
            : bindings + " RETURN *" + evaluated.map { ", " + $0 }.joined()
        let result = try store.runQuery(read, graph: Self.graphName, parameters: ["tck_rows": .list((previous ?? []).map(Self.parameterRow))])
        var next: [[String: QueryValue]] = []
        for row in result.rows {
            var environment = Dictionary(uniqueKeysWithValues: zip(result.columns, row))
            var created: [String: Int] = [:]
            var position = 0
            func value() -> QueryValue {
                defer { position += 1 }
                return environment["tck_e\(position)"] ?? .null
            }
            for patterns in creates {
                for pattern in patterns {
                    var current = try node(pattern.start, environment, &created, value)
                    for (relationship, endPattern) in pattern.steps {
                        let properties = try Self.properties(relationship.properties, value)
                        let end = try node(endPattern, environment, &created, value)
                        guard relationship.types.count == 1, relationship.length == nil else { throw Skip("CREATE of a relationship without one type") }
                        let (source, target) = relationship.direction == .left ? (end, current) : (current, end)
                        relationships.append(Relationship(source: source, target: target, type: relationship.types[0], properties: properties))
                        current = end
                    }
                }
            }
            for name in deletions {
                guard case .relationship(let link)? = environment[name],
                      let index = relationships.firstIndex(where: { Self.key($0.source) == link.source && Self.key($0.target) == link.target && $0.type == link.kind }) else {
                    throw Skip("setup deletes something other than a matched relationship")
                }
                relationships.remove(at: index)
            }
            for (name, index) in created {
                environment[name] = .node(QueryNode(graph: Self.graphName, key: Self.key(index), label: nil, kind: "", attributes: []))
            }
            next.append(environment.filter { !$0.key.hasPrefix("tck_") })
        }
        return next
    }

    /// The start of a segment's query that brings back the previous segment's rows: nodes (carried
    /// as their keys) matched by key, other values as they were.
    private static func carried(_ rows: [[String: QueryValue]]?) -> String {
        guard let first = rows?.first, !first.isEmpty else { return "" }
        let names = first.keys.sorted()
        let nodes = names.filter { if case .node? = first[$0] { return true }; return false }
        var text = "UNWIND $tck_rows AS tck_row "
        if !nodes.isEmpty { text += "MATCH " + nodes.map { "(\($0) {key: tck_row.\($0)})" }.joined(separator: ", ") + " " }
        text += "WITH " + names.map { nodes.contains($0) ? $0 : "tck_row.\($0) AS \($0)" }.joined(separator: ", ") + " "
        return text
    }

    /// A row as a parameter: nodes by key; relationships and paths cannot travel (no setup needs them).
    private static func parameterRow(_ row: [String: QueryValue]) -> QueryValue {
        .map(row.mapValues { value in
            if case .node(let node) = value { return .string(node.key) }
            return value
        })
    }

    /// The node a pattern names: one bound by the reading part or created earlier in the row, or a new one.
    private mutating func node(_ pattern: NodePattern, _ environment: [String: QueryValue], _ created: inout [String: Int],
                               _ value: () -> QueryValue) throws -> Int {
        let properties = try Self.properties(pattern.properties, value)
        if let name = pattern.variable {
            if let index = created[name] { return index }
            if case .node(let bound)? = environment[name], let index = Int(bound.key.dropFirst()) { return index }
            if environment[name] != nil, case .map? = environment[name], pattern.properties == nil { throw Skip("CREATE refers to a node it binds as a map") }
        }
        guard pattern.labels.allSatisfy({ $0.count == 1 }) else { throw Skip("label alternatives in CREATE") }
        nodes.append(Node(labels: pattern.labels.map { $0[0] }, properties: properties))
        if let name = pattern.variable { created[name] = nodes.count - 1 }
        return nodes.count - 1
    }

    private static func propertyTexts(_ constraint: PropertyConstraint?) throws -> [String] {
        switch constraint {
        case nil: return []
        case .map(let entries)?: return entries.map(\.1.text)
        case .parameter?: throw Skip("CREATE with a parameter map")
        }
    }

    private static func properties(_ constraint: PropertyConstraint?, _ value: () -> QueryValue) throws -> [String: AttributeValue] {
        guard case .map(let entries)? = constraint else { return [:] }
        var properties: [String: AttributeValue] = [:]
        for (name, _) in entries {
            if let stored = try attribute(value()) { properties[name] = stored }
        }
        return properties
    }

    /// A property value as the store keeps it; nil for null (no property).
    private static func attribute(_ value: QueryValue) throws -> AttributeValue? {
        switch value {
        case .null: return nil
        case .bool(let flag): return .boolean(flag)
        case .integer(let number): return .integer(number)
        case .float(let number):
            guard number.isFinite else { throw Skip("a property that is NaN or infinite") }
            return .number(number)
        case .string(let text): return .text(text)
        case .list(let values):
            return .list(try values.map { element in
                guard let stored = try attribute(element) else { throw Skip("a list property holding null") }
                return stored
            })
        default:
            throw Skip("a property that is a map, node or relationship")
        }
    }

    private func checkStorable() throws {
        if nodes.contains(where: { $0.labels.count > 1 }) { throw Skip("a node with two or more labels (a node has one kind)") }
        var seen = Set<String>()
        for link in relationships where !seen.insert("\(link.source)>\(link.target):\(link.type)").inserted {
            throw Skip("two relationships of one type between the same nodes (the store keeps one link per source, target and kind)")
        }
    }

    /// The setup's clauses, split at top-level clause keywords.
    private static func clauses(of query: String) throws -> [(keyword: String, text: String)] {
        let tokens = try QueryLexer(text: query).tokens()
        let scalars = Array(query.unicodeScalars)
        var starts: [(Int, String)] = []
        var depth = 0
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .symbol("("), .symbol("["), .symbol("{"): depth += 1
            case .symbol(")"), .symbol("]"), .symbol("}"): depth -= 1
            case .identifier(let word) where depth == 0:
                let upper = word.uppercased()
                if ["MATCH", "UNWIND", "WITH", "CREATE", "DELETE"].contains(upper) {
                    let previous = index > 0 ? tokens[index - 1].kind : .end
                    if upper == "MATCH", case .identifier(let before) = previous, before.uppercased() == "OPTIONAL" { continue }
                    starts.append((token.offset, upper))
                } else if upper == "OPTIONAL" {
                    starts.append((token.offset, "MATCH"))
                } else if ["MERGE", "SET", "REMOVE", "FOREACH", "DETACH"].contains(upper) {
                    throw Skip("setup uses \(upper)")
                }
            default: break
            }
        }
        return starts.enumerated().map { position, start in
            let end = position + 1 < starts.count ? starts[position + 1].0 : scalars.count
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start.0..<end])
            return (start.1, text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}

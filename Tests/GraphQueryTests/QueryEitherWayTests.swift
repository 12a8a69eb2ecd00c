import ClusterGraph
import ClusterStore
import Foundation
import GRDB
import Testing
import TestSupport
@testable import GraphQuery

/// A single relationship that matches either way (`-`, or any direction on an undirected graph or
/// across graphs) is a join found from its start by either end, not a walk: LIMIT stops it early.
/// Its rows are those of the one-hop walk `-[*1..1]-`, which the tests compare it with.
@Suite struct QueryEitherWayTests {
    let directory: TemporaryDirectory
    let store: LinkageStore

    /// `loops` (undirected) and `flows` (directed) hold the same links a–b, b–c and the self-loop c–c.
    init() throws {
        directory = try TemporaryDirectory()
        store = try LinkageStore(path: directory.path("either.sqlite"))
        let links = [LinkRecord(source: "a", target: "b", weight: 1, kind: "io", attributes: ["share": .number(0.1)]),
                     LinkRecord(source: "b", target: "c", weight: 2, kind: "io", attributes: ["share": .number(0.2)]),
                     LinkRecord(source: "c", target: "c", weight: 3, kind: "own", attributes: ["share": .number(0.3)])]
        try store.writeGraph(GraphContents(name: "loops", isDirected: false, links: links), mode: .create)
        try store.writeGraph(GraphContents(name: "flows", isDirected: true, links: links), mode: .create)
    }

    func rows(_ query: String, graph: String?) throws -> [[QueryValue]] {
        try store.runQuery(query, graph: graph).rows
    }

    func texts(_ query: String, graph: String?) throws -> [String] {
        try rows(query, graph: graph).map { row in
            row.map { value in
                if case .string(let text) = value { return text }
                return "\(value)"
            }.joined(separator: " ")
        }
    }

    @Test func oneHopRowsAreTheOneHopWalksRows() throws {
        let shapes = ["(a)-[r]->(b)", "(a)<-[r]-(b)", "(a)-[r]-(b)", "(a {key: 'c'})-[r]-(b)", "(a)-[r]->(b {key: 'b'})",
                      "(a)-[r:own]-(b)", "(a)-[r {share: 0.1}]-(b)"]
        let returned = "RETURN a.key, b.key, r.weight, r.kind, r.share, startNode(r).key, endNode(r).key, type(r)"
        let order = "ORDER BY a.key, b.key, r.weight"
        for graph in ["loops", "flows", nil] {
            for shape in shapes {
                let walked = shape.replacingOccurrences(of: "[r", with: "[rs*1..1").replacingOccurrences(of: "*1..1:own", with: ":own*1..1")
                let joined = try texts("MATCH \(shape) \(returned) \(order)", graph: graph)
                let walk = try texts("MATCH \(walked) WITH a, b, rs[0] AS r \(returned) \(order)", graph: graph)
                #expect(joined == walk, "\(shape) in \(graph ?? "all graphs")")
                #expect(!joined.isEmpty, "\(shape) in \(graph ?? "all graphs")")
            }
        }
    }

    @Test func undirectedLinksMatchBothWaysAndSelfLoopsOnce() throws {
        let query = "MATCH (a)-[r]->(b) RETURN a.key, b.key, startNode(r).key, endNode(r).key ORDER BY a.key, b.key"
        let both = ["a b a b", "b a a b", "b c b c", "c b b c", "c c c c"]
        #expect(try texts(query, graph: "loops") == both)
        #expect(try texts(query.replacingOccurrences(of: "->", with: "-"), graph: "flows") == both)
        #expect(try texts(query, graph: "flows") == ["a b a b", "b c b c", "c c c c"])
        #expect(try texts(query.replacingOccurrences(of: "-[r]->", with: "<-[r]-"), graph: "flows") == ["b a a b", "c b b c", "c c c c"])
        // Across graphs each row decides: the undirected graph's links both ways, the directed one's along.
        #expect(try rows(query, graph: nil).count == 8)
    }

    @Test func relationshipsAndPathsStayTrails() throws {
        // a–b–c with the loop at c: a→b→c, b→c→c, c→b→a, c→c→b; never back over the link just used.
        #expect(try rows("MATCH (a)-[r1]-(b)-[r2]-(c) RETURN count(*)", graph: "loops") == [[.integer(4)]])
        #expect(try rows("MATCH (a)--()--(c) RETURN count(*)", graph: "flows") == [[.integer(4)]])
        #expect(try rows("MATCH p = (a {key: 'a'})--()--(c) RETURN [n IN nodes(p) | n.key], length(p)", graph: "loops")
            == [[.list([.string("a"), .string("b"), .string("c")]), .integer(2)]])
        #expect(try rows("MATCH (c {key: 'c'})-[r]-(c) RETURN count(r)", graph: "loops") == [[.integer(1)]])
        // A relationship bound earlier matches as a filter, either way.
        #expect(try texts("MATCH ()-[r:own]->() MATCH (x)-[r]-(y) RETURN x.key, y.key", graph: "loops") == ["c c"])
        #expect(try rows("MATCH ()-[r {share: 0.1}]->() MATCH (x)-[r]-(y) RETURN count(*)", graph: "flows") == [[.integer(2)]])
    }

    /// The plan SQLite makes of a query: one line per step.
    func plan(_ query: String, graph: String?) throws -> [String] {
        try store.readSnapshot { db in
            let compiled = try CypherQuery.compile(query, graph: graph, parameters: [:], in: db)
            SQLFunctions.register(compiled.functions, in: db)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + compiled.sql, arguments: StatementArguments(compiled.arguments))
                .map { $0["detail"] as String }
        }
    }

    @Test func eitherWayIsAnIndexedJoinNotAWalk() throws {
        for graph in ["loops", "flows", nil] {
            for query in ["MATCH (a)-[r]-(b) RETURN a.key, b.key, r.weight LIMIT 20",
                          "MATCH (a {key: 'b'})-[]-()-[]-(c) RETURN count(c)"] {
                let sql = try store.readSnapshot { try CypherQuery.sql(query, graph: graph, in: $0) }
                #expect(sql.range(of: #"walk\d+"#, options: .regularExpression) == nil, "\(query) in \(graph ?? "all graphs")")
                let steps = try plan(query, graph: graph)
                // Each orientation looks the link up by an index; no step reads a whole graph's links
                // or materialises rows before the LIMIT.
                let links = steps.filter { $0.hasPrefix("SEARCH l") || $0.hasPrefix("SCAN l") }
                #expect(steps.contains("MULTI-INDEX OR"), "\(steps)")
                #expect(links.contains { $0.hasSuffix("USING PRIMARY KEY (graph_id=? AND source=?)") }, "\(steps)")
                #expect(links.contains { $0.hasSuffix("USING COVERING INDEX link_by_target (graph_id=? AND target=?)") }, "\(steps)")
                #expect(links.allSatisfy { $0.hasSuffix("source=?)") || $0.hasSuffix("target=?)") }, "\(steps)")
                #expect(!steps.contains { $0.hasPrefix("MATERIALIZE") }, "\(steps)")
            }
        }
    }
}

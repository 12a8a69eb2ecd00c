import ClusterGraph
import ClusterStore
import Testing
import TestSupport
@testable import GraphQuery

/// Hostile queries end in a clear error or a correct result: no stack overflow from deep
/// nesting, SQL that grows linearly with long operator chains, walks that LIMIT stops early, and
/// a time limit for what still runs too long.
@Suite struct QueryLimitsTests {
    let fixture: QueryFixture

    init() throws {
        fixture = try QueryFixture()
    }

    func syntaxError(_ query: String) -> String? {
        do {
            _ = try fixture.run(query)
            return nil
        } catch let QueryError.syntax(message, _) {
            return message
        } catch {
            return "\(error)"
        }
    }

    @Test func deepNestingIsASyntaxError() {
        for query in ["RETURN " + String(repeating: "(", count: 3000) + "1" + String(repeating: ")", count: 3000),
                      "RETURN " + String(repeating: "[", count: 10000) + String(repeating: "]", count: 10000),
                      "RETURN " + String(repeating: "-", count: 10000) + "1",
                      "RETURN " + String(repeating: "NOT ", count: 20000) + "true",
                      "RETURN " + String(repeating: "{a: ", count: 5000) + "1" + String(repeating: "}", count: 5000),
                      "MATCH (n) RETURN n" + String(repeating: ".x", count: 5000)] {
            #expect(syntaxError(query)?.contains("levels deep") == true, "\(query.prefix(20))")
        }
        // Nesting people write still works; constants nest as deep as the parser allows.
        let nested = "RETURN " + String(repeating: "[", count: 150) + "1" + String(repeating: "]", count: 150) + " AS deep"
        #expect((try? fixture.run(nested))?.rows.count == 1)
        let overRows = "MATCH (a {key: 'A'}) RETURN " + String(repeating: "[", count: 15) + "a.output" + String(repeating: "]", count: 15)
        #expect((try? fixture.run(overRows))?.rows.count == 1)
        // Deeper over row values is more than SQLite parses: a clear error, not a crash.
        let tooDeep = "MATCH (a {key: 'A'}) RETURN " + String(repeating: "[", count: 120) + "a.output" + String(repeating: "]", count: 120)
        #expect(throws: QueryError.tooDeep) { try fixture.run(tooDeep) }
    }

    @Test func longChainsCompileToLinearSQL() throws {
        let constant = "RETURN " + Array(repeating: "1", count: 1000).joined(separator: " + ") + " AS n"
        #expect(try fixture.run(constant).rows == [[.integer(1000)]])
        let terms = Array(repeating: "a.output", count: 1000).joined(separator: " + ")
        let sql = try fixture.sql("MATCH (a {key: 'A'}) RETURN \(terms) AS n")
        #expect(sql.count < 300_000)
        #expect(try fixture.run("MATCH (a {key: 'A'}) RETURN \(terms) AS n").rows == [[.float(100_000)]])
        let conditions = (0..<999).map { "a.output > \($0 - 1000)" }.joined(separator: " AND ")
        #expect(try fixture.run("MATCH (a {key: 'A'}) WHERE \(conditions) RETURN a.key").rows == [[.string("A")]])
        let alternatives = (0..<999).map { "a.key = 'k\($0)'" }.joined(separator: " OR ")
        #expect(try fixture.run("MATCH (a) WHERE \(alternatives) RETURN a.key").rows.isEmpty)
    }

    @Test func limitStopsAWalkOnACompleteGraph() throws {
        let directory = try TemporaryDirectory()
        let store = try LinkageStore(path: directory.path("complete.sqlite"))
        let keys = (0..<200).map { "v\($0)" }
        let links = keys.flatMap { source in keys.filter { $0 != source }.map { LinkRecord(source: source, target: $0) } }
        try store.writeGraph(GraphContents(name: "complete", isDirected: true, links: links), mode: .create)
        // Without the cap the walk would list every trail of up to ten hops: far past any time limit.
        let result = try store.runQuery("MATCH (a {key: 'v0'})-[*1..10]->(b) RETURN b.key LIMIT 5", graph: "complete",
                                        options: QueryOptions(timeout: .seconds(60)))
        #expect(result.rows.count == 5)
        #expect(throws: QueryError.timeout(seconds: 0.3)) {
            try store.runQuery("MATCH (a {key: 'v0'})-[*1..10]->(b) RETURN DISTINCT b.key LIMIT 5", graph: "complete",
                               options: QueryOptions(timeout: .milliseconds(300)))
        }
    }
}

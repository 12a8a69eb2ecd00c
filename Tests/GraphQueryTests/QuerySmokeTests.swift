import Testing
import GRDB
@testable import GraphQuery

@Suite struct QuerySmokeTests {
    @Test func smoke() throws {
        let db = try QueryFixture.database()
        let queries = [
            "MATCH (a:sector {key: 'A'})-[r]->(b) RETURN b.key, r.weight, type(r) ORDER BY b.key",
            "MATCH (a {key: 'A'})-[*1..3]->(b) RETURN b.key, count(*) AS n ORDER BY b.key",
            "MATCH p = (a {key: 'A'})-[*1..3]->(b) RETURN nodes(p), length(p) ORDER BY length(p)",
            "MATCH (a) OPTIONAL MATCH (a)-[:io]->(b) RETURN a.key, b.key ORDER BY a.key",
            "MATCH (a)-->(b) WITH a, count(*) AS out WHERE out > 1 RETURN a.key, out, a.output ORDER BY out DESC, a.key",
            "MATCH (a)-[r]-(b) RETURN a.key, b.key, r.weight ORDER BY r.weight LIMIT 3",
            "MATCH (a {key: '3'})-[*1..2]->(b) RETURN DISTINCT b.key ORDER BY b.key",
            "MATCH (a) WHERE a.key STARTS WITH 'F' RETURN collect(a.key) AS keys, sum(a.output), avg(a.output)",
            "MATCH (a)-[r]->(b) RETURN a.graph, count(*) ORDER BY a.graph",
            "MATCH (a {key: 'A'}) RETURN a, labels(a), label(a)",
        ]
        for (i, q) in queries.enumerated() {
            let graph: String? = i == 5 || i == 6 ? "ring" : (i == 8 ? nil : "toy")
            do {
                let sql = try db.read { try CypherQuery.sql(q, graph: graph, in: $0) }
                let result = try db.read { try CypherQuery.run(q, graph: graph, in: $0) }
                print("Q: \(q)\n\(result.columns)\n\(result.rows.map { "\($0)" }.joined(separator: "\n"))")
                _ = sql
            } catch {
                print("Q: \(q)\nERROR: \(error)")
                print((try? db.read { try CypherQuery.sql(q, graph: graph, in: $0) }) ?? "")
            }
        }
    }
}

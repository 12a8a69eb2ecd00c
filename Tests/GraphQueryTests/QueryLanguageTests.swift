import Testing
@testable import GraphQuery

/// The cases the issue named, on the toy graph: Cypher's values and scoping, relationship
/// isomorphism for fixed and variable-length patterns, and the read language beyond MATCH/RETURN.
@Suite struct QueryLanguageTests {
    let fixture: QueryFixture

    init() throws {
        fixture = try QueryFixture()
    }

    func rows(_ query: String, graph: String? = "toy", _ parameters: [String: QueryValue] = [:]) throws -> [[QueryValue]] {
        try fixture.run(query, graph: graph, parameters).rows
    }

    func column(_ query: String) throws -> [QueryValue] {
        try rows(query).map { $0[0] }
    }

    @Test func chainedComparisonsMeanEachPair() throws {
        #expect(try column("UNWIND [1, 2, 3] AS x WITH x WHERE 1 < x < 3 RETURN x") == [.integer(2)])
        #expect(try column("MATCH (n) WHERE 100 <= n.output < 200 RETURN n.key ORDER BY n.key") == [.string("A"), .string("E")])
    }

    @Test func columnsAreNamedAsWritten() throws {
        let result = try fixture.run("MATCH (a) RETURN count(a) > 0, 1 + 2, {k: 1}, a.key  IN  ['A'] LIMIT 1")
        #expect(result.columns == ["count(a) > 0", "1 + 2", "{k: 1}", "a.key  IN  ['A']"])
    }

    @Test func integersStayExactAndFloatsFollowIEEE() throws {
        #expect(try rows("RETURN 4611686018427387905 AS big, 4611686018427387905 + 1 AS next") == [[.integer(4_611_686_018_427_387_905), .integer(4_611_686_018_427_387_906)]])
        let special = try rows("RETURN 0.0 / 0.0 AS nan, 1.0 / 0.0 AS inf, 7 / 2 AS whole, 7 % 3 AS rest, 2 ^ 10 AS power")
        guard case .float(let nan) = special[0][0] else { Issue.record("\(special)"); return }
        #expect(nan.isNaN)
        #expect(special[0][1...] == [.float(.infinity), .integer(3), .integer(1), .float(1024)])
        #expect(throws: QueryError.self) { try rows("RETURN 9223372036854775807 + 1") }
    }

    @Test func nullLogicIsThreeValued() throws {
        #expect(try rows("RETURN null AND false, null OR true, null = null, null IN [1], 2 IN [1, null], NOT null")
                == [[.bool(false), .bool(true), .null, .null, .null, .null]])
    }

    @Test func missingPropertiesAreNullWithAWarning() throws {
        let result = try fixture.run("MATCH (n {key: 'D'}) RETURN n.region AS region, n.colour AS colour")
        #expect(result.rows == [[.null, .null]])
        #expect(result.warnings.count == 1)
    }

    @Test func distinctAndAggregationHideTheRest() throws {
        #expect(throws: QueryError.self) { try rows("MATCH (a) RETURN DISTINCT a.label ORDER BY a.output") }
        #expect(try column("MATCH (a) RETURN DISTINCT a.region AS r ORDER BY a.region") == [.string("north"), .string("south"), .null])
        #expect(throws: QueryError.self) { try rows("MATCH (a) WITH a.region AS r, count(*) AS n RETURN a") }
        #expect(throws: QueryError.self) { try rows("MATCH (a)-->(b) RETURN a.key, b.output + count(*)") }
    }

    @Test func fixedPatternsUseEachRelationshipOnce() throws {
        // The chain F2 -> F1 -> C: from F1 only the link to C is left, the one from F2 is used.
        #expect(try column("MATCH p = (n {key: 'F2'})-->(m)--(o) RETURN count(p)") == [.integer(1)])
        #expect(try column("MATCH (a {key: 'F1'})--(b)--(c) WHERE c = a RETURN count(*)") == [.integer(0)])
    }

    @Test func walksAreTrailsAndComeBackToTheirStart() throws {
        // A supply loop back to the start sector: A -> B -> C -> A.
        #expect(try column("MATCH (a {key: 'A'})-[:supplies*1..3]->(b) RETURN DISTINCT b.key ORDER BY b.key")
                == [.string("A"), .string("B"), .string("C"), .string("D")])
        let lists = try rows("MATCH (a {key: 'A'})-[rs:supplies*3]->(a) RETURN [r IN rs | r.source + '>' + r.target]")
        #expect(lists == [[.list([.string("A>B"), .string("B>C"), .string("C>A")])]])
    }

    @Test func unwindMapsListsAndComprehensions() throws {
        #expect(try column("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x") == [.integer(1), .integer(2), .integer(3)])
        #expect(try column("RETURN [x IN range(1, 10) WHERE x % 3 = 0 | x * x] AS squares") == [.list([.integer(9), .integer(36), .integer(81)])])
        #expect(try column("RETURN [1, 2, 3, 4][1..3] AS part") == [.list([.integer(2), .integer(3)])])
        #expect(try column("RETURN {a: 1, b: [true, null]}.b[0] AS first") == [.bool(true)])
        #expect(try column("MATCH (n {key: 'A'}) RETURN n {.output, .region, extra: 1} AS m")
                == [.map(["output": .float(100), "region": .string("north"), "extra": .integer(1)])])
        #expect(try column("RETURN reduce(total = 0, x IN [1, 2, 3] | total + x) AS sum") == [.integer(6)])
        #expect(try column("RETURN all(x IN [2, 4] WHERE x % 2 = 0), any(x IN [] WHERE x > 1)") == [.bool(true)])
    }

    @Test func caseUnionAndPatternPredicates() throws {
        #expect(try column("MATCH (n) WHERE n.key IN ['A', 'D'] RETURN CASE WHEN n.output > 90 THEN 'big' ELSE 'small' END ORDER BY n.key")
                == [.string("big"), .string("small")])
        #expect(try column("RETURN 1 AS x UNION RETURN 1 AS x UNION RETURN 2 AS x").count == 2)
        #expect(try column("MATCH (n:sector) WHERE NOT (n)-->() RETURN n.key") == [.string("G")])
        let out = try column("MATCH (n {key: 'E'}) RETURN [(n)-->(m) | m.key] AS out")
        guard case .list(let keys)? = out.first else { Issue.record("\(out)"); return }
        #expect(Set(keys) == [.string("B"), .string("C")] && keys.count == 2)
        #expect(try column("MATCH (n) WHERE n:firm RETURN n.key ORDER BY n.key") == [.string("F1"), .string("F2")])
    }

    @Test func labelsAreConjunctionsOrAlternatives() throws {
        // A node has one kind: `:firm:sector` needs both, `:firm|sector` either.
        #expect(try column("MATCH (n:firm:sector) RETURN count(n)") == [.integer(0)])
        #expect(try column("MATCH (n:firm|sector) RETURN count(n)") == [.integer(8)])
    }

    @Test func functionsUsersWriteDaily() throws {
        #expect(try rows("RETURN head([1, 2]), last([1, 2]), tail([1, 2]), substring('cluster', 1, 3), split('a,b', ','), reverse('ab'), sign(-2), toInteger('42'), toFloat(3), coalesce(null, 'x')")
                == [[.integer(1), .integer(2), .list([.integer(2)]), .string("lus"), .list([.string("a"), .string("b")]), .string("ba"),
                     .integer(-1), .integer(42), .float(3), .string("x")]])
        #expect(try rows("UNWIND [10.0, 20.0, 30.0] AS x RETURN percentileDisc(x, 0.5), percentileCont(x, 0.25)") == [[.float(20), .float(15)]])
    }
}

import Testing
@testable import GraphQuery

/// Behaviour the Kùzu comparison cannot show: errors for unknown names, undirected graphs under
/// directed patterns, queries across all graphs, whole nodes and relationships, parameters.
@Suite struct QuerySemanticsTests {
    let fixture: QueryFixture

    init() throws {
        fixture = try QueryFixture()
    }

    func run(_ query: String, graph: String? = "toy", _ parameters: [String: QueryValue] = [:]) throws -> QueryResult {
        try fixture.run(query, graph: graph, parameters)
    }

    func failure(_ query: String, graph: String? = "toy", _ parameters: [String: QueryValue] = [:]) -> QueryError? {
        do {
            _ = try run(query, graph: graph, parameters)
            return nil
        } catch let error as QueryError {
            return error
        } catch {
            Issue.record("not a QueryError: \(error)")
            return nil
        }
    }

    func keys(_ result: QueryResult, column: Int = 0) -> [String] {
        result.rows.map { row in
            if case .string(let key) = row[column] { return key }
            return "?"
        }
    }

    @Test func unknownLabelsTypesAndPropertiesWarn() throws {
        let label = try run("MATCH (n:sektor) RETURN n")
        #expect(label.rows.isEmpty)
        #expect(label.warnings == ["No node has the label (kind) 'sektor' in this graph. Did you mean 'sector'?"])
        #expect(try run("MATCH (a)-[:suplies]->(b) RETURN a").warnings.first?.contains("Did you mean 'supplies'?") == true)
        let property = try run("MATCH (a {key: 'A'}) RETURN a.ouptut AS x")
        #expect(property.rows == [[.null]])
        #expect(property.warnings.first?.contains("Did you mean 'output'?") == true)
        #expect(try run("MATCH (a)-[r]->(b) RETURN r.output LIMIT 1").warnings.first?.contains("No relationship has the property 'output'") == true)
    }

    @Test func unknownFunctionAndGraphFail() throws {
        #expect(try #require(failure("MATCH (a) RETURN counnt(a)")).description.contains("Did you mean 'count'?"))
        #expect(try #require(failure("MATCH (a) RETURN a", graph: "tyo")).description.contains("Did you mean 'toy'?"))
    }

    @Test func undefinedVariablesAndMisuse() throws {
        #expect(try #require(failure("MATCH (a) RETURN b.key")).description.contains("The variable 'b' is not defined"))
        #expect(try #require(failure("MATCH (a)-->(b) WHERE count(*) > 1 RETURN a")).description.contains("WITH"))
        #expect(try #require(failure("MATCH (a) RETURN count(count(*))")).description.contains("another aggregate"))
        #expect(try #require(failure("MATCH (a) WITH a.key AS k MATCH (k)-->(b) RETURN b")).description.contains("'k' is already a value"))
        #expect(try #require(failure("MATCH (a) RETURN a.key, a.key")).description.contains("Two columns"))
        #expect(try #require(failure("MATCH (a) RETURN DISTINCT a.key ORDER BY a.output")).description.contains("not defined"))
        #expect(try #require(failure("MATCH (a)-[r]->(b)-[r]->(c) RETURN a")).description.contains("twice"))
    }

    @Test func relationshipListsOfVariableLengthPatterns() throws {
        let result = try run("MATCH (a {key: 'F2'})-[rs*2]->(c) RETURN [r IN rs | r.weight] AS weights, size(rs) AS hops")
        #expect(result.rows.count == 1)
        #expect(result.rows.first?[1] == .integer(2))
        guard case .list(let weights)? = result.rows.first?[0] else { Issue.record("\(result.rows)"); return }
        #expect(weights.count == 2)
    }

    @Test func missingParameterSaysHowToPassIt() throws {
        let error = try #require(failure("MATCH (a {key: $sector}) RETURN a"))
        #expect(error == .parameter("The query uses $sector but no value was given for it; pass --param sector=VALUE."))
    }

    @Test func parametersAreBoundNotSpliced() throws {
        let result = try run("MATCH (a) WHERE a.key = $k RETURN count(*) AS n", ["k": .string("A' OR '1'='1")])
        #expect(result.rows == [[.integer(0)]])
        let sql = try fixture.sql("MATCH (a {key: 'A'}) WHERE a.output > $min RETURN a.label", graph: "toy", ["min": .integer(5)])
        #expect(!sql.contains("'A'"))
        #expect(!sql.contains("output"))
    }

    @Test func directedPatternMatchesBothWaysOnUndirectedGraph() throws {
        let right = try run("MATCH (a {key: '3'})-->(b) RETURN b.key ORDER BY b.key", graph: "ring")
        let left = try run("MATCH (a {key: '3'})<--(b) RETURN b.key ORDER BY b.key", graph: "ring")
        let either = try run("MATCH (a {key: '3'})--(b) RETURN b.key ORDER BY b.key", graph: "ring")
        #expect(keys(right) == ["2", "4", "6"])
        #expect(keys(left) == keys(right))
        #expect(keys(either) == keys(right))
        let walk = try run("MATCH (a {key: '6'})-[*2..2]->(b) RETURN b.key ORDER BY b.key", graph: "ring")
        #expect(keys(walk) == ["2", "4"])
    }

    @Test func withoutAGraphEveryGraphAnswersWithItsName() throws {
        let result = try run("MATCH (a)-->(b) RETURN a.graph AS graph, count(*) AS links ORDER BY graph", graph: nil)
        #expect(result.rows == [[.string("ring"), .integer(12)], [.string("toy"), .integer(11)]])
        // Patterns never join nodes of different graphs.
        let pairs = try run("MATCH (a {key: 'A'}), (b {key: '1'}) RETURN count(*) AS n", graph: nil)
        #expect(pairs.rows == [[.integer(0)]])
        let walk = try run("MATCH (a {key: '6'})-[*2..2]->(b) RETURN b.graph, b.key ORDER BY b.key", graph: nil)
        #expect(keys(walk, column: 1) == ["2", "4"])
    }

    @Test func nodesAndRelationshipsComeWhole() throws {
        let result = try run("MATCH (a {key: 'A'})-[r:supplies]->(b) RETURN a, r, b.key")
        #expect(result.columns == ["a", "r", "b.key"])
        guard case .node(let node) = result.rows[0][0], case .relationship(let link) = result.rows[0][1] else {
            Issue.record("\(result.rows)")
            return
        }
        #expect(node.key == "A" && node.label == "Agriculture" && node.kind == "sector" && node.graph == "toy")
        #expect(node.attributes.map(\.name) == ["output", "region"])
        #expect(link.source == "A" && link.target == "B" && link.weight == 10 && link.kind == "supplies")
        #expect(link.attributes.map(\.name) == ["share"])
    }

    @Test func pathsAndNodeListsKeepTheirOrder() throws {
        let result = try run("MATCH p = (a {key: 'F2'})-->(b)-[*1..1]->(c)-->(d {key: 'A'}) RETURN p, nodes(p), length(p)")
        guard case .path(let path) = result.rows.first?[0], case .list(let nodes) = result.rows.first?[1] else {
            Issue.record("\(result.rows)")
            return
        }
        #expect(path.nodes.map(\.key) == ["F2", "F1", "C", "A"])
        #expect(path.relationships.map(\.source) == ["F2", "F1", "C"])
        #expect(path.length == 3)
        #expect(nodes.count == 4)
        #expect(result.rows[0][2] == .integer(3))
    }

    @Test func returnStarAndBooleans() throws {
        let result = try run("MATCH (a {key: 'B'})-[r:io]->(b) RETURN *, a.output > 100 AS big, b.region IS NULL AS unknown")
        #expect(result.columns == ["a", "b", "r", "big", "unknown"])
        #expect(result.rows[0][3] == .bool(true))
        #expect(result.rows[0][4] == .bool(false))
    }

    @Test func collectedNodesAndListParameters() throws {
        let result = try run("MATCH (a)-->(b {key: 'C'}) WHERE a.key IN $keys RETURN collect(a) AS suppliers",
                             ["keys": .list([.string("B"), .string("E"), .string("Z")])])
        guard case .list(let suppliers) = result.rows[0][0] else { Issue.record("\(result.rows)"); return }
        let names = suppliers.compactMap { value -> String? in if case .node(let node) = value { return node.key }; return nil }
        #expect(names.sorted() == ["B", "E"])
    }

    @Test func parameterAssignmentsParse() throws {
        let parameters = try QueryParameters.parse(["sector=17_18", "share=0.05", "code='20'", "n=-3e2", "word=nan"])
        #expect(parameters["sector"] == .string("17_18"))
        #expect(parameters["share"] == .float(0.05))
        #expect(parameters["code"] == .string("20"))
        #expect(parameters["n"] == .float(-300))
        #expect(parameters["word"] == .string("nan"))
        #expect(throws: QueryError.self) { try QueryParameters.parse(["novalue"]) }
        #expect(throws: QueryError.self) { try QueryParameters.parse(["a=1", "a=2"]) }
        #expect(throws: QueryError.self) { try QueryParameters.parse(["1a=1"]) }
    }
}

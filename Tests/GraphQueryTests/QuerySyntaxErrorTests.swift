import Testing
@testable import GraphQuery

/// Syntax errors name the line and column of the first problem and show the line with a caret under it.
@Suite struct QuerySyntaxErrorTests {
    static let cases: [(query: String, line: Int, column: Int, mentions: String)] = [
        ("MATCH (a RETURN a", 1, 10, "Expected ')'"),
        ("MATCH (a)-[r->(b) RETURN a", 1, 13, "Expected ']'"),
        ("MATCH (a) RETURN a.key AS", 1, 26, "column name"),
        ("MATCH (a)\nWHERE a.output > \nRETURN a", 3, 1, "Expected an expression"),
        ("MATCH (a)\n  WHERE a.key = 'A\nRETURN a", 2, 17, "never closed"),
        ("MATCH (a) RETURN a LIMIT", 1, 25, "Expected an expression"),
        ("MATCH (a)-[r:]->(b) RETURN a", 1, 14, "relationship type"),
        ("RETURN 9223372036854775808", 1, 8, "largest 64-bit integer"),
        ("MATCH (a) RETURN a ORDER a.key", 1, 26, "Expected BY"),
        ("MATCH (a) WHERE a.key STARTS 'A' RETURN a", 1, 30, "Expected WITH"),
        ("MATCH (a) RETURN a # comment", 1, 20, "no meaning"),
        ("RETURN 1 + {a: 1", 1, 17, "Expected '}'"),
        ("MATCH (a)", 1, 10, "ends with RETURN"),
        ("MATCH (a) RETURN a MATCH (b)", 1, 20, "end of the query"),
        ("MATCH (a) WHERE a.output > 12abc RETURN a", 1, 30, "cannot run into letters"),
        ("RETURN 'caf\\u00zz'", 1, 12, "hexadecimal digits"),
    ]

    @Test(arguments: 0..<cases.count) func positionIsReported(_ index: Int) {
        let (query, line, column, mentions) = Self.cases[index]
        do {
            try CypherQuery.checkSyntax(query)
            Issue.record("\(query) parsed")
        } catch {
            guard case .syntax(let message, let location) = error else {
                Issue.record("not a syntax error: \(error)")
                return
            }
            #expect(location.line == line, "\(query)")
            #expect(location.column == column, "\(query)")
            #expect(message.contains(mentions), "\(message)")
        }
    }

    @Test func descriptionShowsTheLineAndACaret() {
        do {
            try CypherQuery.checkSyntax("MATCH (a)\nRETURN a.key AS k ORDER k")
            Issue.record("parsed")
        } catch {
            let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[0] == "Syntax error at line 2, column 25:")
            #expect(lines[1] == "    RETURN a.key AS k ORDER k")
            #expect(lines[2] == "                            ^")
            #expect(lines[3].contains("Expected BY after ORDER"))
        }
    }

    @Test func validQueriesParse() throws {
        for query in [
            "MATCH (a:sector {key: $k})-[r:io|supplies*1..3 {share: 0.1}]->(b) RETURN DISTINCT b.key AS k ORDER BY k DESC SKIP 1 LIMIT 2",
            "optional match (a)<-[]-(b) where not a.x is null xor a.y starts with 'q' return count(distinct a), collect(b)",
            "MATCH p = (a)-[*]-(b), (c) WITH a, count(*) AS n WHERE n > 2 RETURN a, n // trailing comment",
            "MATCH (`odd name`) RETURN `odd name`.key, [1, 2.5e3, \"x\\n\"] AS list, -1 ^ 2 % 3;",
            "MATCH (a)-[*2]->(b)-[*..3]->(c)-[*2..]->(d) RETURN *",
        ] {
            try CypherQuery.checkSyntax(query)
        }
    }

    @Test func openLengthBoundsStayOpen() throws {
        var parser = QueryParser(text: "MATCH (a)-[*]->(b)-[*3..]->(c) RETURN c")
        let statement = try parser.parse()
        guard case .match(let match)? = statement.queries.first?.clauses.first else { Issue.record("no MATCH"); return }
        let steps = match.patterns[0].steps
        #expect(steps[0].0.length?.minimum == nil && steps[0].0.length?.maximum == nil)
        #expect(steps[1].0.length?.minimum == 3 && steps[1].0.length?.maximum == nil)
    }
}

import Foundation
import Testing
import TestSupport

/// `clusternet query` end to end: a graph imported with `import nodes` and `import links`, queried
/// in each output format, with parameters, and with errors that print nothing on stdout.
@Suite struct QueryTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("query.sqlite")
        let nodes = try directory.write("nodes.csv", """
            key,label,kind,output
            A,Agriculture,sector,100
            B,Basic metals,sector,250
            C,Construction,sector,400
            F,Firm,firm,12

            """)
        let links = try directory.write("links.csv", """
            source,target,weight,kind
            A,B,10,supplies
            B,C,25,supplies
            C,A,5,supplies
            F,C,2,supplies
            A,C,4,io

            """)
        for arguments in [["import", "nodes", nodes, "--graph", "toy"], ["import", "links", links, "--graph", "toy"]] {
            let result = try ClusterNetCLI.run(arguments + ["--db", database])
            #expect(result.status == 0, "\(result.standardError)")
        }
    }

    func query(_ arguments: [String]) throws -> CommandResult {
        try ClusterNetCLI.run(["query"] + arguments + ["--db", database])
    }

    @Test func jsonHasColumnsAndRows() throws {
        // A path may come back to its start (A->C->A): it uses each link once, as in Cypher.
        let result = try query(["MATCH (a {key: $start})-[*1..2]->(b) RETURN DISTINCT b.key AS key ORDER BY key",
                                "--graph", "toy", "--param", "start=A", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == #"{"columns":["key"],"rows":[["A"],["B"],["C"]]}"# + "\n")
    }

    @Test func nodesPrintWholeInJSON() throws {
        let result = try query(["MATCH (f:firm)-[r]->(c) RETURN f, r.weight AS w, c.output > 300 AS big", "--graph", "toy", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == #"{"columns":["f","w","big"],"rows":[[{"key":"F","label":"Firm","kind":"firm","output":12},2,true]]}"# + "\n")
    }

    @Test func csvAndTableFormats() throws {
        let csv = try query(["MATCH (a)-[r]->(b {key: 'C'}) RETURN a.key, type(r) AS kind, r.weight ORDER BY r.weight DESC", "--graph", "toy", "--format", "csv"])
        #expect(csv.standardOutput == "a.key,kind,r.weight\nB,supplies,25\nA,io,4\nF,supplies,2\n")
        let table = try query(["MATCH (a)-->(b) RETURN a.key AS source, count(*) AS links ORDER BY source", "--graph", "toy"])
        #expect(table.status == 0)
        let lines = table.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("source  links") == true)
        #expect(lines.count == 2 + 4)
    }

    @Test func numericParametersCompareAsNumbers() throws {
        let result = try query(["MATCH (n) WHERE n.output > $min RETURN n.key ORDER BY n.key", "--param", "min=150", "--format", "csv"])
        #expect(result.standardOutput == "n.key\nB\nC\n")
    }

    @Test func everyGraphWithoutGraphOption() throws {
        let result = try query(["MATCH (n:firm) RETURN n.graph AS graph, n.key AS key", "--format", "csv"])
        #expect(result.standardOutput == "graph,key\ntoy,F\n")
    }

    @Test func sqlOptionPrintsTheCompiledStatementWithBoundValues() throws {
        let result = try query(["MATCH (a {key: $k})-[*1..3]->(b) WHERE b.label CONTAINS 'struct' RETURN b.key", "--graph", "toy",
                                "--param", "k=A", "--sql"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("WITH RECURSIVE "))
        let statement = result.standardOutput.split(separator: "\n").filter { !$0.hasPrefix("--") }.joined()
        #expect(!statement.contains("struct") && !statement.contains("'A'"))
        #expect(result.standardOutput.contains("-- :p") && result.standardOutput.contains(#""struct""#))
    }

    @Test func syntaxErrorShowsPositionAndPrintsNoRows() throws {
        let result = try query(["MATCH (a)-[r->(b) RETURN a", "--graph", "toy"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: Syntax error at line 1, column 13:\n    MATCH (a)-[r->(b) RETURN a\n                ^\n"))
    }

    @Test func unknownNamesWarnAndUnknownGraphsFail() throws {
        let label = try query(["MATCH (a:frim) RETURN a.key", "--graph", "toy", "--format", "csv"])
        #expect(label.status == 0)
        #expect(label.standardOutput == "a.key\n")
        #expect(label.standardError.hasPrefix("warning: No node has the label (kind) 'frim' in this graph. Did you mean 'firm'?"))
        let property = try query(["MATCH (a {key: 'A'}) RETURN a.outptu AS x", "--graph", "toy", "--format", "csv"])
        #expect(property.standardOutput == "x\n\n")
        #expect(property.standardError.contains("Did you mean 'output'?"))
        let graph = try query(["MATCH (a) RETURN a", "--graph", "tyo"])
        #expect(graph.status == 1)
        #expect(graph.standardError.contains("'tyo'"))
        let parameter = try query(["MATCH (a {key: $k}) RETURN a", "--graph", "toy"])
        #expect(parameter.standardError == "error: The query uses $k but no value was given for it; pass --param k=VALUE.\n")
        let assignment = try query(["MATCH (a) RETURN a", "--param", "k"])
        #expect(assignment.status == 1)
        #expect(assignment.standardOutput.isEmpty)
    }
}

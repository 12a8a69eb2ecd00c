import Foundation
import Testing
import TestSupport

/// Typed values end to end: a nodes file with typed columns, queried in JSON and CSV, keeps exact
/// integers, booleans, lists and empty strings; `--timeout` stops a runaway query with a clear error.
@Suite struct QueryTypedValuesTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("typed.sqlite")
        let nodes = try directory.write("firms.csv", """
            key,id:integer,active:boolean,tags:list,note:string,output
            f1,4611686018427387905,true,pulp;paper,"",12.5
            f2,2,false,,,7

            """)
        let links = try directory.write("links.csv", "source,target,weight\nf1,f2,3\nf2,f1,1\n")
        for arguments in [["import", "nodes", nodes, "--graph", "firms"], ["import", "links", links, "--graph", "firms"]] {
            let result = try ClusterNetCLI.run(arguments + ["--db", database])
            #expect(result.status == 0, "\(result.standardError)")
        }
    }

    func query(_ arguments: [String]) throws -> CommandResult {
        try ClusterNetCLI.run(["query"] + arguments + ["--graph", "firms", "--db", database])
    }

    @Test func typedAttributesComeBackExactly() throws {
        let result = try query(["MATCH (n {key: 'f1'}) RETURN n.id AS id, n.id + 1 AS next, n.active AS active, n.tags AS tags, n.note AS note, n.output AS output",
                                "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == #"{"columns":["id","next","active","tags","note","output"],"rows":[[4611686018427387905,4611686018427387906,true,["pulp","paper"],"",12.5]]}"# + "\n")
        let csv = try query(["MATCH (n) RETURN n.key AS key, n.note IS NULL AS missing ORDER BY key", "--format", "csv"])
        #expect(csv.standardOutput == "key,missing\nf1,false\nf2,true\n")
    }

    @Test func booleansAndListsFilter() throws {
        let result = try query(["MATCH (n) WHERE n.active AND 'paper' IN n.tags RETURN n.key", "--format", "csv"])
        #expect(result.standardOutput == "n.key\nf1\n")
    }

    @Test func nanAndInfinityPrintByName() throws {
        let result = try query(["RETURN 0.0 / 0.0 AS nan, 1.0 / 0.0 AS inf, -1.0 / 0.0 AS negative", "--format", "json"])
        #expect(result.standardOutput == #"{"columns":["nan","inf","negative"],"rows":[["NaN","Infinity","-Infinity"]]}"# + "\n")
    }

    @Test func listAndMapParameters() throws {
        let result = try query(["MATCH (n) WHERE n.key IN $keys RETURN n.key, $limits.top AS top ORDER BY n.key",
                                "--param", #"keys=["f2","zz"]"#, "--param", #"limits={"top": 3}"#, "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "n.key,top\nf2,3\n")
    }

    @Test func timeoutStopsARunawayQuery() throws {
        let result = try query(["UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN count(*)", "--timeout", "0.2"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: The query ran longer than its time limit of 0.2 s and was stopped."))
        let refused = try query(["RETURN 1", "--timeout", "0"])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("--timeout"))
    }
}

import Foundation
import Testing
import TestSupport

@Suite struct BrowseTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("db.sqlite")
        let nodes = try directory.write("nodes.csv", """
            key,label,kind,output
            02_03,Forestry and logging,sector,4100
            17_18,"Pulp, paper and paper products; printing and reproduction of recorded media",sector,14560
            20,Chemicals,sector,
            u1,University of Oulu,institution,

            """)
        let links = try directory.write("links.csv", """
            source,target,weight,kind
            02_03,17_18,1250,io
            20,17_18,310,io
            17_18,20,45,io
            u1,17_18,1,cooperation
            20,02_03,310,io

            """)
        for arguments in [["import", "links", links, "--graph", "fi", "--description", "Finland 2014 (toy)", "--source", "Statistics Finland"],
                          ["import", "nodes", nodes, "--graph", "fi"]] {
            let result = try ClusterNetCLI.run(arguments + ["--db", database])
            precondition(result.status == 0, result.standardError)
        }
    }

    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try ClusterNetCLI.run(arguments + ["--db", database], environment: environment)
    }

    @Test func graphsInEveryFormat() throws {
        let json = try run(["graphs", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.standardOutput.hasPrefix(#"{"graphs":[{"name":"fi","directed":true,"nodes":4,"links":5,"description":"Finland 2014 (toy)","source":"Statistics Finland","created_at":""#))
        let csv = try run(["graphs", "--format", "csv"])
        #expect(csv.standardOutput.hasPrefix("name,directed,nodes,links,description,source,created_at,updated_at\nfi,true,4,5,Finland 2014 (toy),Statistics Finland,"))
        let table = try run(["graphs"])
        #expect(table.standardOutput.split(separator: "\n").last?.hasPrefix("fi    true          4      5  Finland 2014 (toy)  Statistics Finland") == true)
        let check = try run(["graphs", "--check", "--format", "json"])
        #expect(check.standardOutput.contains(#""loaded_nodes":4,"loaded_links":5"#))
    }

    /// Heaviest first; equal weights in stored order (source, then target, as first imported).
    @Test func linksSortedByWeightWithFilters() throws {
        let all = try run(["links", "--graph", "fi", "--format", "csv"])
        #expect(all.standardOutput == """
            source,source label,target,target label,weight,kind
            02_03,Forestry and logging,17_18,"Pulp, paper and paper products; printing and reproduction of recorded media",1250,io
            20,Chemicals,02_03,Forestry and logging,310,io
            20,Chemicals,17_18,"Pulp, paper and paper products; printing and reproduction of recorded media",310,io
            17_18,"Pulp, paper and paper products; printing and reproduction of recorded media",20,Chemicals,45,io
            u1,University of Oulu,17_18,"Pulp, paper and paper products; printing and reproduction of recorded media",1,cooperation

            """)
        let suppliers = try run(["links", "--graph", "fi", "--to", "17_18", "--kind", "io", "--min-weight", "300", "--limit", "5", "--format", "json"])
        #expect(suppliers.standardOutput == """
            {"graph":"fi","links":[{"source":"02_03","target":"17_18","weight":1250,"kind":"io","attributes":{}},\
            {"source":"20","target":"17_18","weight":310,"kind":"io","attributes":{}}]}

            """)
        let customers = try run(["links", "--graph", "fi", "--from", "20", "--limit", "1", "--format", "csv"])
        #expect(customers.standardOutput.split(separator: "\n").count == 2)
    }

    @Test func nodesWithKindAndLimit() throws {
        let table = try run(["nodes", "--graph", "fi", "--limit", "2"])
        #expect(table.standardOutput.split(separator: "\n").count == 4)   // header, rule, two nodes
        let institutions = try run(["nodes", "--graph", "fi", "--kind", "institution", "--format", "csv"])
        #expect(institutions.standardOutput == "key,label,kind\nu1,University of Oulu,institution\n")
    }

    @Test func tablesFitTheTerminalByCuttingLabels() throws {
        let table = try run(["links", "--graph", "fi"], environment: ["COLUMNS": "80"])
        #expect(table.status == 0)
        for line in table.standardOutput.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(table.standardOutput.contains("…"))
    }

    @Test func jsonIsTheSameEveryRun() throws {
        for command in [["graphs"], ["nodes", "--graph", "fi"], ["links", "--graph", "fi"], ["results"]] {
            let first = try run(command + ["--format", "json"]), second = try run(command + ["--format", "json"])
            #expect(first.status == 0)
            #expect(first.standardOutput == second.standardOutput)
        }
    }

    @Test func resultsListIsEmptyAtFirst() throws {
        #expect(try run(["results", "--format", "json"]).standardOutput == #"{"results":[]}"# + "\n")
        #expect(try run(["results", "--graph", "fi", "--format", "csv"]).standardOutput == "graph,name,type,method,parameters,created_at\n")
    }

    @Test func unknownNamesGetSuggestions() throws {
        let graph = try run(["links", "--graph", "fl"])
        #expect(graph.status == 1)
        #expect(graph.standardError == "error: there is no graph named 'fl'; did you mean 'fi'? run `clusternet graphs` to list the stored graphs\n")
        let node = try run(["links", "--graph", "fi", "--to", "17"])
        #expect(node.standardError == "error: graph 'fi' has no node '17'; check the keys with `clusternet nodes --graph fi`\n")
    }

    @Test func initCreatesAndRefusesForeignFiles() throws {
        let fresh = directory.path("fresh.sqlite")
        let created = try ClusterNetCLI.run(["init", "--db", fresh, "--format", "csv"])
        #expect(created.status == 0)
        #expect(created.standardOutput.hasPrefix("database,schema,graphs\n\(fresh),00"))
        #expect(created.standardOutput.hasSuffix(",0\n"))
        let text = try directory.write("notes.txt", "hello\n")
        let refused = try ClusterNetCLI.run(["graphs", "--db", text])
        #expect(refused.status == 1)
        #expect(refused.standardError == "error: '\(text)' is not a ClusterNet database (it is not a SQLite database); give another file with --db, or a new file name to create one\n")
    }
}

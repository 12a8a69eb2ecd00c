import Foundation
import Testing
import TestSupport

@Suite struct ImportNodesTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }


    @Test func importsNodesWithTypedAttributes() throws {
        let database = directory.path("db.sqlite")
        let file = try directory.write("firms.csv", """
            key,label,kind,employees,foreign_owned,city
            f1,Stora Enso Oyj,firm,12000,1,Helsinki
            f2,"Metsä Board, Äänekoski",firm,,0,Äänekoski
            u1,Aalto-yliopisto,institution,4000,0,Espoo

            """)
        let report = try cliJSON(["import", "nodes", file, "--graph", "district", "--db", database])
        #expect(report["rows"] as? Int == 3)
        #expect(report["nodes_added"] as? Int == 3)
        #expect((report["attributes"] as? [[String: String]])?.map { $0["type"] ?? "" } == ["number", "number", "text"])

        let nodes = try ClusterNetCLI.run(["nodes", "--graph", "district", "--db", database, "--format", "json"])
        #expect(nodes.standardOutput == """
            {"graph":"district","nodes":[\
            {"key":"f1","label":"Stora Enso Oyj","kind":"firm","attributes":{"city":"Helsinki","employees":12000,"foreign_owned":1}},\
            {"key":"f2","label":"Metsä Board, Äänekoski","kind":"firm","attributes":{"city":"Äänekoski","foreign_owned":0}},\
            {"key":"u1","label":"Aalto-yliopisto","kind":"institution","attributes":{"city":"Espoo","employees":4000,"foreign_owned":0}}]}

            """)
        let institutions = try cliJSON(["nodes", "--graph", "district", "--kind", "institution", "--db", database])
        #expect((institutions["nodes"] as? [[String: Any]])?.map { $0["key"] as? String } == ["u1"])
    }

    @Test func updatesAnExistingGraphAndThenTakesStrictLinks() throws {
        let database = directory.path("db.sqlite")
        let first = try directory.write("a.csv", "key,label,output\nA,Forest,1\nB,Paper,2\n")
        let second = try directory.write("b.csv", "key;label;output\nB;;2,5\nC;Чай;3\n")
        #expect(try ClusterNetCLI.run(["import", "nodes", first, "--graph", "g", "--db", database]).status == 0)
        let report = try cliJSON(["import", "nodes", second, "--graph", "g", "--db", database])
        #expect(report["nodes_added"] as? Int == 1)
        #expect(report["nodes"] as? Int == 3)
        let nodes = try cliJSON(["nodes", "--graph", "g", "--db", database])["nodes"] as? [[String: Any]]
        #expect(nodes?.map { $0["label"] as? String } == ["Forest", "Paper", "Чай"])   // an empty label keeps the stored one
        #expect(nodes?.map { ($0["attributes"] as? [String: Double])?["output"] } == [1, 2.5, 3])

        // Links into a graph that has only nodes need no --append; --strict holds them to the known keys.
        let links = try directory.write("links.csv", "source,target,weight\nA,B,1\nC,B,2\n")
        #expect(try ClusterNetCLI.run(["import", "links", links, "--graph", "g", "--strict", "--undirected", "--db", database]).status == 0)
        let graph = (try cliJSON(["graphs", "--graph", "g", "--db", database])["graphs"] as? [[String: Any]])?.first
        #expect(graph?["links"] as? Int == 2)
        #expect(graph?["directed"] as? Bool == false)
    }

    @Test(arguments: [
        ("dup.csv", "key,label\nA,Forest\nB,Paper\nA,Again\n",
         "dup.csv:4:1: node key 'A' already appears on line 2; each key may appear once in a nodes file"),
        ("nokey.csv", "id,label\nA,Forest\n",
         "nokey.csv:1:1: the header has no 'key' column (found 'id', 'label'); the first line must name the columns, for example `key,label,kind`"),
        ("ragged.csv", "key,label,output\nA,Forest,1\nB,Paper,2,3\n",
         "ragged.csv:3:11: this row has 4 fields but the header has 3; check for a missing or extra ',' or an unclosed quote"),
        ("blank.csv", "key,label\n  ,Nameless\n",
         "blank.csv:2:1: key is empty; every row needs a key"),
    ])
    func badInputFailsAtItsPlaceAndChangesNothing(file: String, contents: String, message: String) throws {
        let (database, dump) = try databaseWithBaseGraph(in: directory)
        let path = try directory.write(file, contents)
        for graph in ["base", "new"] {
            let result = try ClusterNetCLI.run(["import", "nodes", path, "--graph", graph, "--db", database])
            #expect(result.status == 1)
            #expect(result.standardError == "error: \(directory.path(message))\n")
            #expect(try databaseDump(database) == dump)
        }
    }

    @Test func invalidUTF8InALabelChangesNothing() throws {
        let (database, dump) = try databaseWithBaseGraph(in: directory)
        let path = directory.path("latin1.csv")
        try (Data("key,label\nA,Mets".utf8) + [0xE4, 0x0A]).write(to: URL(fileURLWithPath: path))
        let result = try ClusterNetCLI.run(["import", "nodes", path, "--graph", "base", "--db", database])
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(path):2:7: invalid UTF-8 (byte 0xE4); save the file as UTF-8 (for example `iconv -f LATIN1 -t UTF-8`)\n")
        #expect(try databaseDump(database) == dump)
    }
}

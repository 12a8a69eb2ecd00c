import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// `export` end to end: Cyrillic labels in well-formed GraphML and GEXF, escaped DOT, and
/// round trips through CSV and node-link JSON that give back the same graph.
@Suite struct ExportTests {
    let directory: TemporaryDirectory
    let database: String

    static let nodesFile = """
        key,label,kind,output,owner
        цемент,Цементный завод "Алтын" & <Ко>,firm,1250.5,ТОО
        стекло,Стекольный завод,firm,830,
        Q,"Quarry, north",sector,12,AO
        """
    static let linksFile = """
        source,target,weight,kind,share
        Q,цемент,3.25,supplies,0.4
        цемент,стекло,1,supplies,
        стекло,стекло,0.5,io,0.1
        """

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("export.sqlite")
        let nodes = try directory.write("nodes.csv", Self.nodesFile)
        let links = try directory.write("links.csv", Self.linksFile)
        #expect(try ClusterNetCLI.run(["import", "nodes", nodes, "--graph", "kz", "--db", database]).status == 0)
        #expect(try ClusterNetCLI.run(["import", "links", links, "--graph", "kz", "--db", database]).status == 0)
    }

    func export(_ graph: String, _ format: String, _ extra: [String] = []) throws -> String {
        let result = try ClusterNetCLI.run(["export", "--graph", graph, "--to", format, "--db", database] + extra)
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    /// The text of every attribute named `attribute` and of every element's character data, or
    /// nil when the document is not well-formed XML.
    func parse(_ xml: String) -> (values: [String], text: [String])? {
        final class Collector: NSObject, XMLParserDelegate {
            var values: [String] = []
            var text: [String] = []
            func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                values += attributes.values
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { text.append(string) }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        return parser.parse() ? (collector.values, collector.text) : nil
    }

    @Test func graphMLIsWellFormedWithTypedKeys() throws {
        let xml = try export("kz", "graphml")
        let parsed = try #require(parse(xml))
        #expect(parsed.values.contains("цемент"))
        #expect(parsed.text.joined().contains("Цементный завод \"Алтын\" & <Ко>"))
        #expect(xml.contains("<key id=\"n0\" for=\"node\" attr.name=\"output\" attr.type=\"double\"/>"))
        #expect(xml.contains("attr.name=\"owner\" attr.type=\"string\""))
        #expect(xml.contains("edgedefault=\"directed\""))
        #expect(xml.contains("<edge source=\"Q\" target=\"цемент\"><data key=\"weight\">3.25</data>"))
    }

    @Test func gexfIsWellFormedWithLabelsAndWeights() throws {
        let xml = try export("kz", "gexf")
        let parsed = try #require(parse(xml))
        #expect(parsed.values.contains("Цементный завод \"Алтын\" & <Ко>"))
        #expect(parsed.values.contains("3.25"))
        #expect(xml.contains("defaultedgetype=\"directed\""))
        #expect(xml.contains("<attribute id=\"1\" title=\"output\" type=\"double\"/>"))
    }

    @Test func dotEscapesQuotesAndBackslashes() throws {
        let file = try directory.write("odd.csv", "key,label\na,\"say \"\"hi\"\" \\ bye\"\n")
        #expect(try ClusterNetCLI.run(["import", "nodes", file, "--graph", "odd", "--db", database]).status == 0)
        let dot = try export("odd", "dot")
        #expect(dot.contains(#""a" [label="say \"hi\" \\ bye", kind="sector"]"#))
        let kz = try export("kz", "dot")
        #expect(kz.hasPrefix("digraph G {\n  graph [comment=\"kz\"]\n"))
        #expect(kz.contains(#""Q" -> "цемент" [weight="3.25", kind="supplies"]"#))
    }

    @Test func csvRoundTripGivesTheSameGraph() throws {
        let nodes = try directory.write("n.csv", try export("kz", "csv", ["--nodes"]))
        let links = try directory.write("l.csv", try export("kz", "csv"))
        #expect(try ClusterNetCLI.run(["import", "nodes", nodes, "--graph", "copy", "--db", database]).status == 0)
        #expect(try ClusterNetCLI.run(["import", "links", links, "--graph", "copy", "--db", database]).status == 0)
        #expect(try export("copy", "csv", ["--nodes"]) == export("kz", "csv", ["--nodes"]))
        #expect(try export("copy", "csv") == export("kz", "csv"))
        #expect(try export("copy", "json").replacingOccurrences(of: "\"copy\"", with: "\"kz\"")
                    .replacingOccurrences(of: "\"description\": \"\"", with: "") == export("kz", "json")
                    .replacingOccurrences(of: "\"description\": \"\"", with: ""))
    }

    @Test func jsonRoundTripGivesTheSameGraph() throws {
        let json = try export("kz", "json")
        let file = try directory.write("kz.json", json)
        let imported = try ClusterNetCLI.run(["import", "json", file, "--graph", "copy", "--db", database])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(try export("copy", "json").replacingOccurrences(of: "\"name\": \"copy\"", with: "\"name\": \"kz\"") == json)
        let document = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["directed"] as? Bool == true)
        #expect((document["links"] as? [[String: Any]])?.first?["weight"] as? Double == 3.25)
    }

    @Test func undirectedGraphsStayUndirected() throws {
        let file = try directory.write("u.json", #"{"directed": false, "nodes": [{"id": 1}, {"id": 2}], "edges": [{"source": 1, "target": 2}]}"#)
        #expect(try ClusterNetCLI.run(["import", "json", file, "--graph", "u", "--db", database]).status == 0)
        #expect(try export("u", "graphml").contains("edgedefault=\"undirected\""))
        #expect(try export("u", "gexf").contains("defaultedgetype=\"undirected\""))
        #expect(try export("u", "dot").contains("\"1\" -- \"2\" [weight=\"1\""))
        #expect(try export("u", "json").contains("\"directed\": false"))
    }

    @Test func outputFileIsWritten() throws {
        let path = directory.path("kz.graphml")
        let result = try ClusterNetCLI.run(["export", "--graph", "kz", "--to", "graphml", "--output", path, "--db", database])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == export("kz", "graphml"))
    }

    @Test func badNodeLinkJSONIsLocatedAndChangesNothing() throws {
        let before = try ClusterNetCLI.databaseState(database)
        let file = try directory.write("bad.json", #"{"nodes": [{"id": "a"}, {"label": "no id"}], "links": []}"#)
        let result = try ClusterNetCLI.run(["import", "json", file, "--graph", "bad", "--db", database])
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(file): nodes[1].id must be a string or a number\n")
        #expect(try ClusterNetCLI.databaseState(database) == before)
    }

    @Test func unknownGraphIsAnError() throws {
        let result = try ClusterNetCLI.run(["export", "--graph", "kx", "--to", "json", "--db", database])
        #expect(result.status == 1)
        #expect(result.standardError.contains("did you mean 'kz'"))
    }
}

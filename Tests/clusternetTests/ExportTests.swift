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

    // MARK: - Byte-identical streaming

    /// The files in Golden/export were written by the exporter before it streamed (see
    /// Tools/golden/export.sh): the streamed output must be the same bytes.
    @Test func everyFormatIsTheGoldenBytes() throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/export")
        for (file, graph) in [("nodes.csv", "nodes"), ("links.csv", "links")] {
            let result = try ClusterNetCLI.run(["import", graph, golden.appendingPathComponent(file).path, "--graph", "golden", "--db", database])
            #expect(result.status == 0, "\(result.standardError)")
        }
        for (file, format, extra) in [("kz.graphml", "graphml", []), ("kz.gexf", "gexf", []), ("kz.json", "json", []),
                                      ("kz.csv", "csv", []), ("kz-nodes.csv", "csv", ["--nodes"]), ("kz.dot", "dot", [])] {
            let expected = try String(contentsOf: golden.appendingPathComponent(file), encoding: .utf8)
                .replacingOccurrences(of: "\"kz\"", with: "\"golden\"")
                .replacingOccurrences(of: "<description>kz</description>", with: "<description>golden</description>")
            #expect(try export("golden", format, extra) == expected, "\(file) differs")
        }
    }

    // MARK: - Text every format must carry

    static let oddNodes = "key,label\n\"tab\there\",\"two\nlines\r\nand CR\"\nplain,\"back\\slash & amp\"\n"

    @Test func tabsAndLineBreaksSurviveGraphMLAndGEXFAsCharacterReferences() throws {
        let file = try directory.write("odd-nodes.csv", Self.oddNodes)
        #expect(try ClusterNetCLI.run(["import", "nodes", file, "--graph", "odd", "--db", database]).status == 0)
        for format in ["graphml", "gexf"] {
            let xml = try export("odd", format)
            #expect(xml.contains("tab&#9;here"))
            #expect(xml.contains("two&#10;lines&#13;&#10;and CR"))
            let parsed = try #require(parse(xml))
            #expect(parsed.values.contains("tab\there"), "\(format) lost the tab")
            let label = "two\nlines\r\nand CR"
            #expect(parsed.values.contains(label) || parsed.text.joined().contains(label), "\(format) lost the line breaks")
        }
    }

    @Test func controlCharactersXMLCannotHoldAreRefusedNamingTheNode() throws {
        let file = try directory.write("esc.csv", "key,label\n\"esc\u{1B}[0m\",x\n")
        #expect(try ClusterNetCLI.run(["import", "nodes", file, "--graph", "esc", "--db", database]).status == 0)
        for (format, name) in [("graphml", "GraphML"), ("gexf", "GEXF")] {
            let path = directory.path("esc.\(format)")
            let result = try ClusterNetCLI.run(["export", "--graph", "esc", "--to", format, "--output", path, "--db", database])
            #expect(result.status == 1)
            #expect(result.standardError == "error: cannot export as \(name): node 'esc\\u{1B}[0m' holds the character U+001B, "
                    + "which XML 1.0 cannot hold; export --to json or csv, which keep every character\n")
            #expect(!FileManager.default.fileExists(atPath: path))
        }
        #expect(try export("esc", "json").contains(#""id": "esc\u001b[0m""#))
        #expect(try export("esc", "csv", ["--nodes"]) == "key,label,kind\nesc\u{1B}[0m,x,sector\n")
    }

    /// Node ids, kinds and the graph name must come out of Graphviz's own parser as stored.
    @Test func dotIdentifiersReadBackThroughGraphvizUnchanged() throws {
        let keys = [#"a\b"#, "c&amp;d", "e&f", #"say "hi""#, #"ends\"#, #"two\\"#, "line\nbreak", #"odd\"quote"#, "tab\tkey",
                    "<b>tag</b>", "Лес"]
        let rows = keys.enumerated().map { "\"\($1.replacingOccurrences(of: "\"", with: "\"\""))\",\"k\\\($0)&x\"" }
        let file = try directory.write("dot-nodes.csv", "key,kind\n" + rows.joined(separator: "\n") + "\n")
        let imported = try ClusterNetCLI.run(["import", "nodes", file, "--graph", "dotty", "--db", database])
        #expect(imported.status == 0, "\(imported.standardError)")
        let dot = try directory.write("dotty.dot", try export("dotty", "dot"))
        let gvpr = Process()
        gvpr.executableURL = URL(fileURLWithPath: "/usr/bin/gvpr")
        gvpr.arguments = [#"N { printf("%s\036%s\036", name, kind) }"#, dot]
        let output = Pipe()
        gvpr.standardOutput = output
        try gvpr.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        gvpr.waitUntilExit()
        #expect(gvpr.terminationStatus == 0)
        let fields = text.split(separator: "\u{1E}", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(fields.count == 2 * keys.count)
        for (index, key) in keys.enumerated() {
            #expect(fields.contains(key), "Graphviz read back no node \(key.debugDescription)")
            if let position = fields.firstIndex(of: key), position + 1 < fields.count {
                #expect(fields[position + 1] == "k\\\(index)&x")
            }
        }
    }

    @Test func aKeyNoDOTStringCanHoldIsRefused() throws {
        let file = try directory.write("bad-dot.csv", "key\n\"a<\\\"\n")
        #expect(try ClusterNetCLI.run(["import", "nodes", file, "--graph", "baddot", "--db", database]).status == 0)
        let result = try ClusterNetCLI.run(["export", "--graph", "baddot", "--to", "dot", "--db", database])
        #expect(result.status == 1)
        #expect(result.standardError == "error: cannot export as DOT: node 'a<\\' cannot be written so that Graphviz reads it back "
                + "unchanged; export --to json or csv, which keep every character\n")
    }

    // MARK: - Large graphs stream

    @Test func aLargeGraphStreamsTheSameRowsAsTheListings() throws {
        let links = (0..<3_000).map { "n\($0),n\(($0 * 7 + 1) % 3_000),\(Double($0 % 97) / 8)" }
        let file = try directory.write("big.csv", "source,target,weight\n" + links.joined(separator: "\n") + "\n")
        #expect(try ClusterNetCLI.run(["import", "links", file, "--graph", "big", "--db", database]).status == 0)
        let exported = try export("big", "csv").split(separator: "\n").dropFirst()
        let listed = try ClusterNetCLI.run(["links", "--graph", "big", "--format", "csv", "--db", database]).standardOutput
            .split(separator: "\n").dropFirst()
        #expect(exported.count == 3_000)
        // `links` adds the two label columns (empty here) beside the keys.
        #expect(exported.map { $0.split(separator: ",", omittingEmptySubsequences: false) }
                == listed.map { row in
                    let cells = row.split(separator: ",", omittingEmptySubsequences: false)
                    return [cells[0], cells[2], cells[4], cells[5]]
                })
        let weights = exported.map { Double($0.split(separator: ",")[2]) ?? -1 }
        #expect(weights == weights.sorted(by: >))
    }
}

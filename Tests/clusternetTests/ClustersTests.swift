import Foundation
import Testing
import TestSupport

@Suite struct ClustersTests {
    let db: ScratchDatabase

    init() throws {
        db = try ScratchDatabase()
    }

    private func run(_ arguments: [String]) throws -> CommandResult { try db.run(arguments) }

    private func json(_ arguments: [String]) throws -> [String: Any] { try db.json(arguments) }

    private func importGraph(_ name: String, nodes: String, links: String) throws {
        let nodesFile = try db.directory.write("\(name)-nodes.csv", nodes)
        let linksFile = try db.directory.write("\(name)-links.csv", links)
        for arguments in [["import", "nodes", nodesFile, "--graph", name], ["import", "links", linksFile, "--graph", name]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(result.standardError)")
        }
    }

    @Test func finlandForestClusterFormsAmongTradedSectorsAndLocalSectorsAreReportedApart() throws {
        let table = Repository.path("Graphs/finland-io-2014/io2014.csv")
        let labels = Repository.path("Graphs/finland-io-2014/sectors.csv")
        for arguments in [["import", "io", table, "--graph", "fi2014", "--labels", labels],
                          ["linkages", "--graph", "fi2014", "--derive", "strength", "--save", "fi2014-strength"]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(result.standardError)")
        }
        let arguments = ["clusters", "--graph", "fi2014-strength", "--flows", "fi2014"]
        let output = try json(arguments)
        #expect(output["sector_types"] as? String == "Graphs/finland-io-2014/sector-types.csv")
        let clusters = try #require(output["clusters"] as? [[String: Any]])
        let forest = try #require(clusters.first { ($0["members"] as? [String])?.contains("17_18") == true })
        let forestMembers = try #require(forest["members"] as? [String])
        #expect(forestMembers == ["02_03", "16", "17_18"])
        // One year of a regional table: no world exports, no earlier year. Not strong without an
        // RCA, and whether it is stable is not guessed.
        #expect(forest["class"] as? String == "unclassified")
        let reasons = try #require(forest["reasons"] as? [String])
        #expect(reasons[0].hasPrefix("Unclassified — dynamics unknown"))
        #expect(reasons[0].contains("pass --compare GRAPH"))
        let indicators = try #require(forest["indicators"] as? [String: Any])
        #expect((indicators["internal_linkage"] as? Double ?? 0) > 0.5)
        #expect(indicators["output_growth"] is NSNull)
        // Construction, public services, dwellings: the local economy, reported apart.
        let local = try #require(output["local_economy"] as? [String: Any])
        #expect(local["class"] as? String == "local economy")
        #expect(Set(local["members"] as? [String] ?? []).isSuperset(of: ["41_43", "84", "85", "86_88"]))
        #expect(!clusters.contains { ($0["members"] as? [String])?.contains("41_43") == true })
        // With --include-local, construction materials sit with construction again.
        let withLocal = try json(arguments + ["--include-local"])
        let withLocalClusters = try #require(withLocal["clusters"] as? [[String: Any]])
        #expect(withLocal["local_economy"] is NSNull)
        #expect((withLocalClusters.first { ($0["members"] as? [String])?.contains("23") == true }?["members"] as? [String])?.contains("41_43") == true)
        // The same command on the same data prints the same bytes.
        let first = try run(arguments + ["--format", "json"]).standardOutput
        #expect(try run(arguments + ["--format", "json"]).standardOutput == first)
        // The strength graph records the input-output graph it was derived from: --flows defaults to it.
        #expect(try run(["clusters", "--graph", "fi2014-strength", "--format", "json"]).standardOutput == first)
        // A detected partition saved with --save classifies the same when read back with --partition,
        // and models profiles one of its clusters.
        let saved = try json(arguments + ["--save", "leiden"])
        let again = try json(["clusters", "--graph", "fi2014-strength", "--partition", "leiden"])
        #expect((saved["clusters"] as? [[String: Any]])?.compactMap { $0["class"] as? String }
            == (again["clusters"] as? [[String: Any]])?.compactMap { $0["class"] as? String })
        let forestID = try #require(forest["id"] as? Int)
        let model = try json(["models", "--graph", "fi2014-strength", "--partition", "leiden", "--cluster", String(forestID)])
        #expect(model["members"] as? [String] == forestMembers)
        #expect(model["flows"] as? String == "fi2014")
        let internationalisation = try #require((model["indicators"] as? [String: [String: Any]])?["internationalisation"]?["text"] as? String)
        #expect(internationalisation.contains("times the economy's"))
        let outside = try run(["models", "--graph", "fi2014-strength", "--partition", "leiden", "--cluster", "99"])
        #expect(outside.status == 1)
        #expect(outside.standardError.hasPrefix("error: there is no cluster 99; the partition has clusters 0 to"))
        let text = try run(arguments)
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("cluster \(forest["id"] as? Int ?? -1) (unclassified): 02_03"))
        // render --maturity takes the flows from the same default, so it draws the classes above.
        let render = ["render", "--graph", "fi2014-strength", "--partition", "leiden", "--maturity", "--format", "dot"]
        let drawn = try run(render).standardOutput
        #expect(drawn.contains("(unclassified)") && drawn.contains("(local economy)"))
        #expect(try run(render + ["--flows", "fi2014"]).standardOutput == drawn)
    }

    @Test func compareGivesDynamicsAndRulesFileReplacesTheDefaults() throws {
        let links = """
            source,target,weight,kind
            a1,a2,30,io
            a2,a1,20,io
            b1,b2,10,io
            b2,b1,5,io
            a1,b1,1,io

            """
        try importGraph("now", nodes: """
            key,output,exports
            a1,110,50
            a2,90,30
            b1,300,10
            b2,100,5

            """, links: links)
        try importGraph("before", nodes: """
            key,output,exports
            a1,100,40
            a2,100,40
            b1,400,10
            b2,100,5

            """, links: links)
        let output = try json(["clusters", "--graph", "now", "--compare", "before"])
        let clusters = try #require(output["clusters"] as? [[String: Any]])
        #expect(clusters.count == 2)
        let a = try #require(clusters.first { ($0["members"] as? [String]) == ["a1", "a2"] })
        let indicators = try #require(a["indicators"] as? [String: Any])
        #expect(indicators["output_growth"] as? Double == 0)
        #expect(abs((indicators["export_growth"] as? Double ?? 0) - 0.0) < 1e-12)
        let b = try #require(clusters.first { ($0["members"] as? [String]) == ["b1", "b2"] })
        #expect(abs(((b["indicators"] as? [String: Any])?["output_growth"] as? Double ?? 0) + 0.2) < 1e-12)
        #expect((b["reasons"] as? [String])?.contains { $0.hasPrefix("Not stable: Output growth since the earlier graph is -20.0 %") } == true)

        let rules = try db.directory.write("rules.json", """
            {"name": "big is stable", "indicators": {"businessServiceSectors": [], "supportingShare": 0.1},
             "classes": [{"class": "stable", "summary": "Big.", "conditions": [
                           {"indicator": "output", "test": "atLeast", "threshold": {"value": 300}}]},
                         {"class": "latent", "summary": "Small.", "conditions": []}]}
            """)
        let replaced = try json(["clusters", "--graph", "now", "--rules", rules])
        #expect(replaced["rules"] as? String == "big is stable")
        #expect((replaced["clusters"] as? [[String: Any]])?.compactMap { $0["class"] as? String } == ["latent", "stable"])

        // render --maturity runs the same assessment with the same options: the same classes.
        for options in [["--compare", "before"], ["--rules", rules], ["--include-local", "--seed", "3"]] {
            let table = try json(["clusters", "--graph", "now"] + options)
            let classes = (table["clusters"] as? [[String: Any]])?.compactMap { $0["class"] as? String } ?? []
            let drawn = try run(["render", "--graph", "now", "--maturity", "--format", "dot"] + options)
            #expect(drawn.status == 0, "\(drawn.standardError)")
            let boxes = drawn.standardOutput.split(separator: "\n").filter { $0.contains("graph [label=\"") }
            for (id, name) in classes.enumerated() {
                #expect(boxes.contains { $0.contains("label=\"\(id): ") && $0.contains("(\(name))\"") },
                        "\(options): cluster \(id) is \(name) in the table")
            }
        }
        let ignored = try run(["render", "--graph", "now", "--compare", "before", "--format", "dot"])
        #expect(ignored.status != 0)
        #expect(ignored.standardError.contains("add --maturity"))

        let bad = try db.directory.write("bad.json", #"{"name": "x", "indicators": {}, "classes": []}"#)
        let failure = try run(["clusters", "--graph", "now", "--rules", bad])
        #expect(failure.status == 1)
        #expect(failure.standardError.hasPrefix("error: \(bad) at classes: no classes are defined"))
    }
}

@Suite struct ClustersWorldDynamicsTests {
    @Test func wiodYearsGiveRCAAndItsChange() throws {
        let db = try ScratchDatabase()
        let folder = "Graphs/wiod-2013/"
        for year in ["1995", "2011"] {
            let result = try db.run(["import", "io", Repository.path(folder + "FIN-\(year).csv"), "--graph", "fin\(year)",
                                  "--world-exports", Repository.path(folder + "world-exports.csv"), "--year", year])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let output = try db.json(["clusters", "--graph", "fin2011", "--compare", "fin1995"])
        let clusters = try #require(output["clusters"] as? [[String: Any]])
        let paper = try #require(clusters.first { ($0["members"] as? [String])?.contains("c7") == true })
        let indicators = try #require(paper["indicators"] as? [String: Any])
        #expect(indicators["rca"] is Double)
        #expect(indicators["world_share"] is Double)
        #expect(indicators["rca_change"] is Double)
        #expect((indicators["output_growth"] as? Double ?? -1) > 0)
        #expect(output["compare"] as? String == "fin1995")
    }
}

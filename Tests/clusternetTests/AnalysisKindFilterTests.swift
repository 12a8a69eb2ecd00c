import Foundation
import Testing
import TestSupport

/// `--kind` on the analysis commands end to end: a graph whose `supplies` links form two triangles
/// and whose `io` links join them, so every analysis answers differently by kind.
@Suite struct AnalysisKindFilterTests {
    let db: ScratchDatabase

    init() throws {
        db = try ScratchDatabase()
        // supplies: triangles a-b-c and d-e-f; io: a→b (parallel to supplies), c→d and f→g.
        let links = try db.directory.write("links.csv", """
            source,target,weight,kind
            a,b,3,supplies
            b,c,3,supplies
            c,a,3,supplies
            d,e,3,supplies
            e,f,3,supplies
            f,d,3,supplies
            a,b,2,io
            c,d,1,io
            f,g,2,io

            """)
        let imported = try db.run(["import", "links", links, "--graph", "k"])
        #expect(imported.status == 0, "\(imported.standardError)")
    }

    private func components(_ kinds: [String]) throws -> [[String]] {
        try db.json(["components", "--graph", "k"] + kinds)["components"] as? [[String]] ?? []
    }

    @Test func componentsFollowTheChosenKinds() throws {
        #expect(try components([]) == [["a", "b", "c", "d", "e", "f", "g"]])
        #expect(try components(["--kind", "supplies"]) == [["a", "b", "c"], ["d", "e", "f"], ["g"]])
        #expect(try components(["--kind", "io"]) == [["a", "b"], ["c", "d"], ["f", "g"], ["e"]])
        #expect(try components(["--kind", "io", "--kind", "supplies"]) == components([]))
    }

    @Test func communitiesFollowTheChosenKinds() throws {
        let supplies = try db.json(["communities", "--graph", "k", "--kind", "supplies"])["communities"] as? [[String: Any]] ?? []
        #expect(supplies.map { $0["members"] as? [String] ?? [] } == [["a", "b", "c"], ["d", "e", "f"], ["g"]])
        let io = try db.json(["communities", "--graph", "k", "--kind", "io"])["communities"] as? [[String: Any]] ?? []
        #expect(io.map { $0["members"] as? [String] ?? [] } == [["a", "b"], ["c", "d"], ["e"], ["f", "g"]])
    }

    @Test func centralityAndCoresSumOnlyTheChosenKinds() throws {
        func strength(_ kinds: [String]) throws -> [String: Double] {
            try db.json(["centrality", "--graph", "k", "--measure", "strength"] + kinds)["scores"] as? [String: Double] ?? [:]
        }
        #expect(try strength([])["b"] == 8)   // a→b 3 + 2 summed across kinds, b→c 3
        #expect(try strength(["--kind", "supplies"])["b"] == 6)
        #expect(try strength(["--kind", "io"])["b"] == 2)
        let cores = try db.json(["cores", "--graph", "k", "--kind", "supplies"])["coreness"] as? [String: Double] ?? [:]
        #expect(cores["g"] == 0)
        #expect(try db.json(["cores", "--graph", "k"])["coreness"] as? [String: Double] ?? [:] == ["a": 2, "b": 2, "c": 2,
                                                                                                     "d": 2, "e": 2, "f": 2, "g": 1])
    }

    @Test func backboneAndTiersFollowTheChosenKinds() throws {
        let all = try db.json(["backbone", "--graph", "k"])["links"] as? [[String: Any]] ?? []
        #expect(all.count == 6)   // one tree over 7 nodes
        let supplies = try db.json(["backbone", "--graph", "k", "--kind", "supplies", "--save", "k-spine"])["links"] as? [[String: Any]] ?? []
        #expect(supplies.count == 4)   // two triangles' trees, g alone
        let saved = try db.json(["graphs"])["graphs"] as? [[String: Any]] ?? []
        let spine = try #require(saved.first { $0["name"] as? String == "k-spine" })
        #expect(spine["source"] as? String == "clusternet backbone --graph k --kind supplies")

        let tiers = try db.json(["tiers", "--graph", "k", "--lead", "d", "--kind", "io"])["tiers"] as? [[String: Any]] ?? []
        #expect(tiers.map { $0["members"] as? [String] ?? [] } == [["c"]])
        let allTiers = try db.json(["tiers", "--graph", "k", "--lead", "d"])["tiers"] as? [[String: Any]] ?? []
        #expect(allTiers.first?["members"] as? [String] == ["c", "f"])
    }

    @Test func savedResultsRecordTheKinds() throws {
        #expect(try db.run(["communities", "--graph", "k", "--kind", "supplies", "--save", "triangles"]).status == 0)
        #expect(try db.run(["centrality", "--graph", "k", "--measure", "degree", "--kind", "io", "--kind", "supplies",
                            "--save", "degree"]).status == 0)
        #expect(try db.run(["cores", "--graph", "k", "--save", "cores"]).status == 0)
        let results = try db.json(["results", "--graph", "k"])["results"] as? [[String: Any]] ?? []
        func kinds(_ name: String) -> String? {
            (results.first { $0["name"] as? String == name }?["parameters"] as? [String: String])?["kinds"]
        }
        #expect(kinds("triangles") == "supplies")
        #expect(kinds("degree") == "io,supplies")
        #expect(kinds("cores") == nil)   // no filter: every kind
        #expect(results.count == 3)
    }

    @Test func timingsStayOneLine() throws {
        let result = try db.run(["cores", "--graph", "k", "--kind", "io", "--timings"])
        #expect(result.status == 0)
        #expect(result.standardError.range(of: #"^timings: load=[0-9.]+ compute=[0-9.]+\n$"#, options: .regularExpression) != nil)
    }

    @Test(arguments: ["communities", "components", "cores", "backbone"])
    func unknownKindNamesTheGraphsKinds(command: String) throws {
        let result = try db.run([command, "--graph", "k", "--kind", "supplies", "--kind", "money"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "error: graph 'k' has no links of kind 'money'; its links are of kind 'io', 'supplies'; "
                + "choose --kind among them or leave it out for every kind\n")
    }

    @Test func aGraphWithoutLinksHasNoKinds() throws {
        let nodes = try db.directory.write("nodes.csv", "key\nx\ny\n")
        #expect(try db.run(["import", "nodes", nodes, "--graph", "bare"]).status == 0)
        #expect(try db.json(["components", "--graph", "bare"])["components"] as? [[String]] == [["x"], ["y"]])
        let result = try db.run(["components", "--graph", "bare", "--kind", "io"])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: graph 'bare' has no links at all, so none of kind 'io'"))
    }

    @Test func commaSeparatedKindsGetAHint() throws {
        let result = try db.run(["centrality", "--graph", "k", "--measure", "degree", "--kind", "supplies,io"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("no links of kind 'supplies,io'"))
        #expect(result.standardError.contains("give --kind once per kind"))
    }

    @Test func helpTeachesKind() throws {
        for command in ["communities", "components", "cores", "centrality", "backbone", "tiers"] {
            let help = try ClusterNetCLI.run([command, "--help"]).standardOutput
            #expect(help.contains("--kind <kind>"), "\(command)")
            #expect(help.contains("repeat the option for several kinds"), "\(command)")
        }
    }
}

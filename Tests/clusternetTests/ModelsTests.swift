import Foundation
import Testing
import TestSupport

@Suite struct ModelsTests {
    let db: ScratchDatabase

    init() throws {
        db = try ScratchDatabase()
    }

    private func run(_ arguments: [String]) throws -> CommandResult { try db.run(arguments) }

    private func expectSuccess(_ arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.standardError)")
    }

    private func models(_ arguments: [String]) throws -> (verdict: String, models: [String], output: [String: Any]) {
        let output = try db.json(["models"] + arguments)
        let ranking = try #require(output["ranking"] as? [[String: Any]])
        return (output["verdict"] as? String ?? "", ranking.compactMap { $0["model"] as? String }, output)
    }

    private func importKazakhstan(withSources: Bool) throws {
        let folder = "Graphs/kazakhstan-construction-materials/"
        try expectSuccess(["import", "nodes", Repository.path(folder + "nodes.csv"), "--graph", "kz"])
        try expectSuccess(["import", "links", Repository.path(folder + "links.csv"), "--graph", "kz"])
        if withSources { try expectSuccess(["import", "sources", Repository.path(folder + "sources.csv"), "--graph", "kz"]) }
    }

    @Test func theSeedsPyramidFromItsLinksAloneIsJapanese() throws {
        try expectSuccess(["generate", "pyramid", "--graph", "cars", "--links-only"])
        let (verdict, models, output) = try models(["--graph", "cars"])
        #expect(verdict == "japanese")
        #expect(models.first == "japanese")
        let profile = try #require(output["profile"] as? [String: Any])
        #expect(profile["leader_firms"] as? Double == 1)
        #expect(profile["fdi"] is NSNull)
        let reasons = try #require((output["ranking"] as? [[String: Any]])?.first?["reasons"] as? [String])
        #expect(reasons.contains { $0.hasPrefix("Defining condition met — ties along the chain at least 0.60: met (0.94).") })
        let indicators = try #require(output["indicators"] as? [String: [String: Any]])
        #expect((indicators["leader_firms"]?["text"] as? String)?.contains("tiers 1 → 300 → 5000 → 20000") == true)
        let flip = try #require(output["flip"] as? [String: Any])
        #expect(flip["characteristic"] as? String == "linkage" && flip["model"] as? String == "indian")
    }

    @Test func aForeignTopMakesThePyramidIndianAndADistrictIsNorthAmerican() throws {
        try expectSuccess(["generate", "pyramid", "--graph", "jv", "--tiers", "30,500,2000", "--foreign-lead", "--foreign-share", "1"])
        #expect(try models(["--graph", "jv"]).verdict == "indian")
        try expectSuccess(["generate", "district", "--graph", "district", "--firms", "400", "--links-only"])
        let district = try models(["--graph", "district"])
        #expect(district.verdict == "north-american")
        let table = try run(["models", "--graph", "district"]).standardOutput
        #expect(table.contains("competition among peers 0.98:"))
        #expect(table.contains("verdict: north-american — North American: similarity"))
    }

    @Test func twoMeasuredCharacteristicsGiveNoWinner() throws {
        let directory = try TemporaryDirectory()
        let nodes = try directory.write("n.csv", "key,output,exports\na,100,10\nb,50,40\nc,80,0\n")
        let links = try directory.write("l.csv", "source,target,weight\na,b,20\nb,c,10\nc,a,5\n")
        try expectSuccess(["import", "nodes", nodes, "--graph", "io"])
        try expectSuccess(["import", "links", links, "--graph", "io"])
        let (verdict, models, output) = try models(["--graph", "io"])
        #expect(verdict == "undetermined")
        #expect(models.count == 4)
        #expect((output["explanation"] as? String)?.hasPrefix("Undetermined: only 2 of 10 characteristics are measured") == true)
        #expect(!((output["deciding"] as? [Any]) ?? []).isEmpty)
        let table = try run(["models", "--graph", "io"]).standardOutput
        #expect(table.contains("verdict: undetermined"))
        #expect(table.contains("what would decide it:"))
    }

    @Test func whatIfsNeedNoReimportAndSayWhatTheyChanged() throws {
        try expectSuccess(["generate", "pyramid", "--graph", "p", "--tiers", "30,500,2000", "--links-only"])
        let whatIf = try models(["--graph", "p", "--set", "fdi=1", "--set", "innovation=0.1"])
        #expect(whatIf.verdict == "indian")
        #expect(whatIf.output["what_if"] as? [String: Double] == ["fdi": 1, "innovation": 0.1])
        let indicators = try #require(whatIf.output["indicators"] as? [String: [String: Any]])
        #expect(indicators["fdi"]?["text"] as? String == "foreign direct investment 1.00: set as a what-if (not measured).")
        #expect(try models(["--graph", "p", "--set", "competition=0.9", "--set", "linkage=0.2", "--set", "leader_firms=0.1"]).verdict
                == "north-american")
        for (setting, message) in [("fdi=2", "\"2\" is not a number between 0 and 1"), ("openness=1", "use one of: internationalisation, competition"),
                                   ("fdi", "has no '='")] {
            let result = try run(["models", "--graph", "p", "--set", setting])
            #expect(result.status != 0)
            #expect(result.standardError.contains(message), "\(result.standardError)")
        }
    }

    @Test func kazakhstanIsIndianAndSaysItRestsOnIllustrativeValues() throws {
        try importKazakhstan(withSources: false)
        let plain = try models(["--graph", "kz"])
        #expect(plain.verdict == "indian")
        #expect((plain.output["illustrative"] as? [String: Any])?.isEmpty == true)
        try expectSuccess(["import", "sources", Repository.path("Graphs/kazakhstan-construction-materials/sources.csv"), "--graph", "kz"])
        let marked = try models(["--graph", "kz"])
        let illustrative = try #require(marked.output["illustrative"] as? [String: [String]])
        #expect(illustrative["fdi"] == ["foreign_owned", "output"])
        #expect((marked.output["sources"] as? [String: String])?["links"]?.hasPrefix("illustrative:") == true)
        #expect(try run(["models", "--graph", "kz"]).standardOutput.contains("Illustrative: internationalisation, competition among peers"))
        let csv = try run(["models", "--graph", "kz", "--format", "csv"]).standardOutput
        #expect(csv.hasPrefix("rank,model,score,defining conditions,closest characteristic,rests on illustrative values\n"))
    }

    @Test func aBadSourcesFileNamesTheLineAndChangesNothing() throws {
        try importKazakhstan(withSources: false)
        let before = try ClusterNetCLI.databaseState(db.path)
        let directory = try TemporaryDirectory()
        let file = try directory.write("s.csv", "attribute,source\nforeign_owned,illustrative\nforeign_ownd,company reports\n")
        let result = try run(["import", "sources", file, "--graph", "kz"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("s.csv:3:1: graph 'kz' has no node attribute 'foreign_ownd' (did you mean 'foreign_owned'?)"),
                "\(result.standardError)")
        #expect(try ClusterNetCLI.databaseState(db.path) == before)
    }

    @Test func theReportNamesAModelOnlyWhenTheDataDecide() throws {
        let wiod = "Graphs/wiod-2013/"
        try expectSuccess(["import", "io", Repository.path(wiod + "FIN-2011.csv"), "--graph", "FIN-2011",
                           "--world-exports", Repository.path(wiod + "world-exports.csv"), "--year", "2011"])
        let directory = try TemporaryDirectory()
        try expectSuccess(["report", "--graph", "FIN-2011", "--clusters", Repository.path(wiod + "clusters.csv"),
                           "--output", directory.path("report")])
        let markdown = try String(contentsOfFile: directory.path("report/report.md"), encoding: .utf8)
        #expect(markdown.contains("**International model:** undetermined. Ranking by similarity: indian (0.79), finnish (0.74)"))
        #expect(markdown.contains("- What would decide it: foreign direct investment"))
        #expect(!markdown.contains("Closest international model"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory.path("report/report.json")))) as? [String: Any])
        let forest = try #require((report["classes"] as? [[String: Any]])?.first { ($0["members"] as? [String])?.contains("c7") == true })
        #expect(forest["model_verdict"] as? String == "undetermined")
    }

    @Test func clusterNeedsAPartition() throws {
        try expectSuccess(["generate", "district", "--graph", "d", "--firms", "10"])
        let result = try run(["models", "--graph", "d", "--cluster", "0"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--cluster and --partition go together"))
    }
}

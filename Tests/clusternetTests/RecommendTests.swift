import Foundation
import Testing
import TestSupport

@Suite struct RecommendTests {
    let db: ScratchDatabase
    let preconditions = Repository.path("Graphs/kazakhstan-construction-materials/preconditions.csv")

    init() throws {
        db = try ScratchDatabase()
    }

    private func ranking(_ output: [String: Any]) -> [String] {
        (output["ranking"] as? [[String: Any]] ?? []).compactMap { $0["model"] as? String }
    }

    @Test func kazakhstanPreconditionsGiveIndianFirstAndNorthAmericanLast() throws {
        let output = try db.json(["recommend", "--preconditions", preconditions])
        let models = ranking(output)
        #expect(models.first == "indian" && models.last == "north-american")
        #expect(output["verdict"] as? String == "indian")
        let first = try #require((output["ranking"] as? [[String: Any]])?.first)
        #expect(first["score"] is Double)
        #expect((first["reasons"] as? [String])?.contains { $0.contains("seed: “Under this model clusters develop by attracting large international companies through FDI.”") } == true)
        #expect((output["illustrative"] as? [String])?.count == 8)
        let table = try db.run(["recommend", "--preconditions", preconditions]).standardOutput
        #expect(table.contains("Illustrative: capital availability, technology level"))
        let csv = try db.run(["recommend", "--preconditions", preconditions, "--format", "csv"]).standardOutput
        #expect(csv.hasPrefix("rank,model,score,strongest reason,rests on illustrative values\n"))
    }

    @Test func aGraphFillsWhatTheFileLeavesOutAndSaysSo() throws {
        let folder = "Graphs/kazakhstan-construction-materials/"
        for file in ["nodes", "links"] {
            #expect(try db.run(["import", file, Repository.path(folder + file + ".csv"), "--graph", "kz"]).status == 0)
        }
        let directory = try TemporaryDirectory()
        let partial = try directory.write("p.csv", "name,value,source\nfdi_openness,0.7,company reports\ncapital_availability,0.25,WDI\n")
        let output = try db.json(["recommend", "--preconditions", partial, "--graph", "kz"])
        let used = try #require(output["preconditions"] as? [String: [String: Any]])
        #expect(used["export_orientation"]?["origin"] as? String == "measured")
        #expect((used["export_orientation"]?["source"] as? String)?.hasPrefix("on graph kz: exports are 14.2 % of output") == true)
        #expect(used["fdi_openness"]?["origin"] as? String == "given")
        #expect(ranking(output).first == "indian")
    }

    @Test func whatIfsAndAMatureEconomy() throws {
        let output = try db.json(["recommend", "--preconditions", preconditions, "--set", "institutional_support=1",
                                  "--set", "capital_availability=1", "--set", "technology_level=1", "--set", "world_market_experience=1",
                                  "--set", "fdi_openness=0.2", "--set", "leader_firms=0.1"])
        #expect(["north-american", "finnish"].contains(ranking(output).first ?? ""))
        #expect((output["preconditions"] as? [String: [String: Any]])?["institutional_support"]?["origin"] as? String == "what-if")
        #expect(try db.json(["recommend", "--preconditions", preconditions])["flip"] is NSNull)
        let directory = try TemporaryDirectory()
        let mature = try directory.write("mature.json", #"{"preconditions": [{"name": "capital_availability", "value": 0.9, "source": "s"}, {"name": "technology_level", "value": 0.9, "source": "s"}, {"name": "world_market_experience", "value": 0.9, "source": "s"}, {"name": "institutional_support", "value": 0.9, "source": "s"}]}"#)
        let matureOutput = try db.json(["recommend", "--preconditions", mature])
        #expect(ranking(matureOutput).first == "north-american")
        let flip = try #require(matureOutput["flip"] as? [String: Any])
        #expect(flip["precondition"] as? String == "institutional_support")
        #expect(try db.run(["recommend", "--preconditions", mature]).standardOutput.contains("first place hangs on: institutional support from 0.90 to"))
    }

    @Test func badInputIsOneLineWithThePlace() throws {
        let directory = try TemporaryDirectory()
        let bad = try directory.write("bad.csv", "name,value,source\nfdi_openness,1.5,reports\n")
        for (arguments, message) in [
            (["recommend", "--preconditions", bad], "bad.csv:2:14: fdi_openness needs a value between 0 and 1"),
            (["recommend"], "give --preconditions FILE, or --graph G"),
            (["recommend", "--preconditions", directory.path("none.csv")], "none.csv: there is no such file"),
            (["recommend", "--preconditions", preconditions, "--set", "capital=1"], "use one of: capital_availability"),
        ] {
            let result = try db.run(arguments)
            #expect(result.status != 0)
            #expect(result.standardError.contains(message), "\(result.standardError)")
        }
    }
}

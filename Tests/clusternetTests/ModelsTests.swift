import Foundation
import Testing
import TestSupport

@Suite struct ModelsTests {
    let db: ScratchDatabase

    init() throws {
        db = try ScratchDatabase()
    }

    private func run(_ arguments: [String]) throws -> CommandResult { try db.run(arguments) }

    private func ranking(_ graph: String) throws -> (models: [String], output: [String: Any]) {
        let output = try db.json(["models", "--graph", graph])
        let ranking = try #require(output["ranking"] as? [[String: Any]])
        return (ranking.compactMap { $0["model"] as? String }, output)
    }

    @Test func kazakhstanRanksIndianFirstAndNorthAmericanLast() throws {
        let folder = "Graphs/kazakhstan-construction-materials/"
        for arguments in [["import", "nodes", Repository.path(folder + "nodes.csv"), "--graph", "kz"],
                          ["import", "links", Repository.path(folder + "links.csv"), "--graph", "kz"]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(result.standardError)")
        }
        let (models, output) = try ranking("kz")
        #expect(models.first == "indian")
        #expect(models.last == "north-american")
        let profile = try #require(output["profile"] as? [String: Double])
        #expect(Set(profile.keys) == ["internationalisation", "competition", "leader_firms", "fdi", "small_business", "innovation"])
        #expect(profile["fdi"] == 1)
        let first = try #require((output["ranking"] as? [[String: Any]])?.first?["reasons"] as? [String])
        #expect(first[0].hasPrefix("Similarity 0.84 over 6 measured characteristics. The Indian model:"))
        #expect(first.contains { $0.hasPrefix("Close on foreign direct investment: 1.00 here, 0.90 in the Indian model") })
        let table = try run(["models", "--graph", "kz"])
        #expect(table.standardOutput.contains("foreign direct investment 1.00: the foreign-owned share of output is 53.8 %"))
    }

    @Test func pyramidRanksAPyramidModelFirstAndDistrictNorthAmerican() throws {
        #expect(try run(["generate", "pyramid", "--graph", "pyramid", "--tiers", "30,500,2000", "--seed", "4"]).status == 0)
        #expect(try run(["generate", "district", "--graph", "district", "--firms", "150", "--seed", "4"]).status == 0)
        let pyramid = try ranking("pyramid")
        #expect(["japanese", "indian"].contains(pyramid.models.first ?? ""))
        let reasons = try #require((pyramid.output["ranking"] as? [[String: Any]])?.first?["reasons"] as? [String])
        print("pyramid:", pyramid.models, reasons)
        #expect(reasons.contains { $0.contains("leader firms") })
        let district = try ranking("district")
        print("district:", district.models, (district.output["ranking"] as? [[String: Any]])?.first?["reasons"] ?? [])
        #expect(district.models.first == "north-american")
    }

    @Test func clusterNeedsAPartition() throws {
        #expect(try run(["generate", "district", "--graph", "d", "--firms", "10"]).status == 0)
        let result = try run(["models", "--graph", "d", "--cluster", "0"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--cluster and --partition go together"))
    }
}

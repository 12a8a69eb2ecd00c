import Foundation
import Testing
import TestSupport

@Suite struct TiersTests {
    let db: ScratchDatabase

    init() throws {
        db = try ScratchDatabase()
    }

    private func run(_ arguments: [String]) throws -> CommandResult { try db.run(arguments) }

    @Test func generatedPyramidHasTheRequestedTiers() throws {
        let generated = try run(["generate", "pyramid", "--graph", "cars", "--tiers", "30,500,2000", "--format", "json"])
        #expect(generated.status == 0, "\(generated.standardError)")
        #expect(generated.standardOutput.hasPrefix(#"{"graph":"cars","nodes":2531,"links":"#))
        let output = try db.json(["tiers", "--graph", "cars", "--lead", "lead"])
        let tiers = try #require(output["tiers"] as? [[String: Any]])
        #expect(tiers.compactMap { $0["size"] as? Int } == [30, 500, 2_000])
        #expect((tiers[0]["members"] as? [String])?.first == "t1-01")
        #expect(output["growth"] as? [Double] == [500.0 / 30, 4])
        #expect(output["indirect"] as? Int == 2_500)
        #expect(output["reach_share"] as? Double == 1)
        let fanIn = try #require(output["fan_in"] as? [Double])
        #expect(fanIn.first == 30 && fanIn.last == 0 && fanIn.count == 4)
        #expect((fanIn[1] * 30).rounded() >= 500)   // every second-tier firm supplies at least one first-tier firm
        let again = try run(["generate", "pyramid", "--graph", "cars", "--tiers", "30,500,2000"])
        #expect(again.status == 1)
        #expect(try run(["generate", "pyramid", "--graph", "cars", "--tiers", "30,500,2000", "--replace"]).status == 0)
    }

    @Test func badLeadAndBadTiersAreClearErrors() throws {
        #expect(try run(["generate", "district", "--graph", "d", "--firms", "20"]).status == 0)
        let unknown = try run(["tiers", "--graph", "d", "--lead", "toyota"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError == "error: graph \"d\" has no node \"toyota\"; list its keys with `clusternet nodes --graph d`.\n")
        let zero = try run(["generate", "pyramid", "--graph", "p", "--tiers", "300,0"])
        #expect(zero.status == 1)
        #expect(zero.standardError.hasPrefix("error: --tiers: give one or more tier sizes"))
    }
}

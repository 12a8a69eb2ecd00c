import Foundation
import Testing
import TestSupport

/// End to end: `clusternet specialisation` on Finland's regional tables and a hand-made case.
@Suite struct SpecialisationTests {
    let session: ScratchDatabase
    var directory: TemporaryDirectory { session.directory }

    init() throws {
        session = try ScratchDatabase()
    }

    private func run(_ arguments: [String]) throws -> CommandResult {
        try session.run(arguments)
    }

    /// region -> the single sector row of a `--sector` query.
    private func sectorRows(_ output: [String: Any]) throws -> [String: [String: Any]] {
        let regions = try #require(output["regions"] as? [[String: Any]])
        var rows: [String: [String: Any]] = [:]
        for region in regions {
            let name = try #require(region["region"] as? String)
            rows[name] = try #require((region["sectors"] as? [[String: Any]])?.first)
        }
        return rows
    }

    @Test func finlandPaperIndustryIsConcentratedWhereTheMillsAre() throws {
        let imported = try run(["import", "io", Repository.path("Graphs/finland-io-2014/io2014.csv"), "--graph", "fi2014"])
        #expect(imported.status == 0, "\(imported.standardError)")
        let output = try session.json(["specialisation", "--graph", "fi2014", "--sector", "17_18", "--format", "json"])
        #expect(output["national"] as? String == "fi2014")
        let rows = try sectorRows(output)
        #expect(rows.count == 19)
        let lq = rows.mapValues { $0["lq"] as? Double ?? 0 }
        // The data: Etelä-Karjala 6.56 and Kymenlaakso 3.93 are the two highest paper LQs of 19 regions.
        let ranked = lq.sorted { $0.value > $1.value }.map(\.key)
        #expect(Array(ranked.prefix(2)) == ["EtelaKarjala", "Kymenlaakso"])
        #expect(try #require(lq["EtelaKarjala"]) > 6)
        #expect(try #require(lq["Kymenlaakso"]) > 3.5)
        #expect(try #require(lq["Uusimaa"]) < 0.5)
        let karjala = try #require(rows["EtelaKarjala"])
        #expect(karjala["stars"] as? Int == 3)
        #expect(karjala["strong"] as? Bool == true)
        #expect((karjala["reasons"] as? [String])?.contains { $0.hasPrefix("specialisation LQ 6.557 ≥ 2") } == true)

        // Regional sizes add up to the national graph's output.
        let national = try session.json(["nodes", "--graph", "fi2014", "--format", "json"])
        let nodes = try #require(national["nodes"] as? [[String: Any]])
        let paper = try #require(nodes.first { $0["key"] as? String == "17_18" })
        let nationalOutput = try #require((paper["attributes"] as? [String: Any])?["output"] as? Double)
        let regionalSum = rows.values.compactMap { $0["size"] as? Double }.reduce(0, +)
        #expect(abs(regionalSum - nationalOutput) < 1e-6 * nationalOutput)

        let wages = try session.json(["specialisation", "--graph", "fi2014", "--measure", "wages", "--region", "Kymenlaakso",
                                  "--format", "json"])
        let kymenlaakso = try #require((wages["regions"] as? [[String: Any]])?.first)
        #expect((kymenlaakso["sectors"] as? [[String: Any]])?.count == 30)
        #expect(wages["measure"] as? String == "wages")
    }

    /// Four regions without a national graph: x/y output R1 30/10, R2 10/30, R3 5/15, R4 5/95.
    private func importToyRegions() throws {
        for (region, x, y) in [("R1", 30, 10), ("R2", 10, 30), ("R3", 5, 15), ("R4", 5, 95)] {
            let links = try directory.write("\(region)-links.csv", "source,target,weight,kind\nx,y,1,io\ny,x,1,io\n")
            let nodes = try directory.write("\(region)-nodes.csv", "key,output,exports\nx,\(x),\(Double(x) / 2)\ny,\(y),0\n")
            #expect(try run(["import", "links", links, "--graph", "toy/\(region)"]).status == 0)
            #expect(try run(["import", "nodes", nodes, "--graph", "toy/\(region)"]).status == 0)
        }
    }

    @Test func handCheckedStarsAndReasons() throws {
        try importToyRegions()
        let output = try session.json(["specialisation", "--graph", "toy", "--region", "R1", "--sector", "x", "--format", "json"])
        #expect(output["national"] as? String == "sum of regions")
        let row = try #require(try sectorRows(output)["R1"])
        // LQ = (30/40) / (50/200) = 3; largest size and focus of the four regions.
        #expect(row["lq"] as? Double == 3)
        #expect(row["export_orientation"] as? Double == 0.5)
        #expect(row["stars"] as? Int == 3)
        #expect(row["strong"] as? Bool == true)
        #expect(row["reasons"] as? [String] == [
            "size 30 ≥ 30 (top 10 % of 4 regions)",
            "specialisation LQ 3 ≥ 2",
            "focus 75 % ≥ 75 % (top 10 % of 4 regions)",
            "strong LQ 3 ≥ 1.5 (max of 1 and the 75th percentile 1.5), size 30 > 5 (25th percentile)",
        ])
        let csv = try run(["specialisation", "--graph", "toy", "--format", "csv"])
        #expect(csv.standardOutput.hasPrefix("region,sector,label,size,lq,export_orientation,stars,strong,met,reasons\n"))
        #expect(csv.standardOutput.contains("R4,y,,95,1.2667,0,2,true,size;focus;strong,"))
    }

    @Test func unknownRegionMeasureAndGraphAreErrors() throws {
        try importToyRegions()
        let region = try run(["specialisation", "--graph", "toy", "--region", "R9"])
        #expect(region.status == 1)
        #expect(region.standardError.hasPrefix("error: Graph 'toy' has no region 'R9'"))
        let measure = try run(["specialisation", "--graph", "toy", "--measure", "employment"])
        #expect(measure.standardError.hasPrefix("error: Graph 'toy/R1' has no sector attribute 'employment'"))
        let graph = try run(["specialisation", "--graph", "nowhere"])
        #expect(graph.standardError.hasPrefix("error: No regional graphs named 'nowhere/REGION'"))
    }
}

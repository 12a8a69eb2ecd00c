import ClusterGraph
@testable import InputOutput
import Testing

@Suite struct SpecialisationAnalysisTests {
    /// Four regions, two sectors; output x / y: R1 30/10, R2 10/30, R3 5/15, R4 5/95 (national 50/150).
    static func regions(exports: Bool = true) -> [(name: String, graph: LinkageGraph)] {
        let sizes: [(String, Double, Double)] = [("R1", 30, 10), ("R2", 10, 30), ("R3", 5, 15), ("R4", 5, 95)]
        return sizes.map { name, x, y in
            var attributes: [String: [Double?]] = ["output": [x, y]]
            if exports { attributes["exports"] = [x / 2, 0] }
            return (name, IOFixtures.graph(keys: ["x", "y"], flows: [[1, 1], [1, 1]], attributes: attributes))
        }
    }

    private func row(_ analysis: SpecialisationAnalysis, _ region: String, _ unit: String) throws -> RegionalSpecialisation {
        try #require(analysis.rows.first { $0.region == region && $0.unit == unit })
    }

    @Test func locationQuotientsByHand() throws {
        let table = try RegionalTable(graphName: "toy", regions: Self.regions(), national: nil, measure: .output)
        let analysis = SpecialisationAnalysis(table: table)
        #expect(table.national == [50, 150])
        #expect(!table.hasNationalGraph)
        // LQ = (E_cr / E_r) / (E_c / E): x in R1 = (30/40) / (50/200) = 3.
        #expect(try abs(#require(row(analysis, "R1", "x").locationQuotient) - 3) < 1e-12)
        #expect(try abs(#require(row(analysis, "R2", "x").locationQuotient) - 1) < 1e-12)
        #expect(try abs(#require(row(analysis, "R4", "x").locationQuotient) - 0.2) < 1e-12)
        #expect(try abs(#require(row(analysis, "R4", "y").locationQuotient) - 0.95 / 0.75) < 1e-12)
        #expect(try row(analysis, "R1", "x").exportOrientation == 0.5)
        #expect(try row(analysis, "R1", "y").exportOrientation == 0)
        #expect(analysis.rows.count == 8)
    }

    @Test func starsAndStrongRuleByHand() throws {
        let analysis = SpecialisationAnalysis(table: try RegionalTable(graphName: "toy", regions: Self.regions(), national: nil, measure: .output))
        // With 4 regions the top 10 % is the single largest value.
        let r1x = try row(analysis, "R1", "x")
        #expect(r1x.stars == 3)
        #expect(r1x.reasons.first == "size 30 ≥ 30 (top 10 % of 4 regions)")
        #expect(r1x.reasons[2] == "focus 75 % ≥ 75 % (top 10 % of 4 regions)")
        #expect(r1x.starCriteria.map(\.threshold) == [30, 2, 0.75])
        #expect(r1x.reasons.contains { $0.hasPrefix("specialisation LQ 3 ≥ 2") })
        // Strong: LQs of x are [3, 1, 1, 0.2], 75th percentile 1.5; sizes [30, 10, 5, 5], 25th percentile 5.
        #expect(r1x.strong.met)
        #expect(r1x.strong.threshold == 1.5)
        #expect(r1x.reasons.last?.hasPrefix("strong LQ 3 ≥ 1.5") == true)
        let r2x = try row(analysis, "R2", "x")
        #expect(r2x.stars == 0)
        #expect(!r2x.strong.met)
        #expect(r2x.reasons.isEmpty)
        // y: R4 is largest and most focused (95 %), LQ 1.267 < 2; strong (LQ ≥ 1.0667, size 95 > 13.75).
        let r4y = try row(analysis, "R4", "y")
        #expect(r4y.starCriteria.map(\.met) == [true, false, true])
        #expect(r4y.strong.met)
        #expect(try !row(analysis, "R3", "y").strong.met)   // LQ 1 below the 75th percentile
    }

    @Test func nationalGraphGivesTheReferenceShares() throws {
        let national = IOFixtures.graph(keys: ["x", "y"], flows: [[0, 0], [0, 0]], attributes: ["output": [100, 100]])
        let table = try RegionalTable(graphName: "toy", regions: Self.regions(), national: national, measure: .output)
        let analysis = SpecialisationAnalysis(table: table)
        #expect(table.hasNationalGraph)
        #expect(try abs(#require(row(analysis, "R1", "x").locationQuotient) - 1.5) < 1e-12)
    }

    @Test func clustersSumTheirMembers() throws {
        let table = try RegionalTable(graphName: "toy", regions: Self.regions(), national: nil, measure: .output)
        let grouped = try table.grouped(into: [
            RegionalTable.Group(id: "0", label: nil, members: ["x"]),
            RegionalTable.Group(id: "1", label: "everything", members: ["x", "y"]),
        ])
        let analysis = SpecialisationAnalysis(table: grouped)
        #expect(grouped.units == ["0", "1"])
        #expect(try row(analysis, "R1", "1").size == 40)
        #expect(try abs(#require(row(analysis, "R1", "1").locationQuotient) - 1) < 1e-12)
        #expect(try abs(#require(row(analysis, "R1", "0").locationQuotient) - 3) < 1e-12)
        #expect(try row(analysis, "R1", "1").exportOrientation == 15.0 / 40)
        #expect(throws: SpecialisationError.unknownMember(cluster: "2", sector: "z")) {
            try table.grouped(into: [RegionalTable.Group(id: "2", label: nil, members: ["z"])])
        }
    }

    @Test func missingMeasureAndUnknownFiltersAreErrors() throws {
        #expect(throws: SpecialisationError.missingMeasure(graph: "toy/R1", attribute: "wages", available: ["exports", "output"])) {
            try RegionalTable(graphName: "toy", regions: Self.regions(), national: nil, measure: .wages)
        }
        #expect(throws: SpecialisationError.noRegions(graph: "toy")) {
            try RegionalTable(graphName: "toy", regions: [], national: nil, measure: .output)
        }
        let analysis = SpecialisationAnalysis(table: try RegionalTable(graphName: "toy", regions: Self.regions(exports: false), national: nil, measure: .output))
        #expect(try analysis.rows(region: "R2", unit: nil).count == 2)
        #expect(try analysis.rows(region: nil, unit: "y").map(\.region) == ["R1", "R2", "R3", "R4"])
        #expect(analysis.rows.allSatisfy { $0.exportOrientation == nil })
        #expect(throws: SpecialisationError.self) { try analysis.rows(region: "Atlantis", unit: nil) }
        #expect(throws: SpecialisationError.self) { try analysis.rows(region: nil, unit: "z") }
    }

    @Test func percentilesMatchNumpyLinear() {
        #expect(Percentile.linear([0.2, 1, 1, 3], 75) == 1.5)
        #expect(Percentile.linear([5, 5, 10, 30], 25) == 5)
        #expect(Percentile.linear([10, 15, 30, 95], 25) == 13.75)
        #expect(Percentile.linear([7], 75) == 7)
        #expect(Percentile.topShareThreshold([1, 9, 3, 4, 5, 6, 7, 8, 2, 10, 11], fraction: 0.1) == 10)
    }
}

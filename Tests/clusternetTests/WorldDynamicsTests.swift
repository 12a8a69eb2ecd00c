import Foundation
import Testing
import TestSupport

/// WIOD national tables with world exports over four years: the seed's evidence for "strong"
/// (world export shares, RCA) and dynamics with `clusters --compare`, on one fixed set of clusters
/// imported with `import partition`.
@Suite struct WorldDynamicsTests {
    private let years = [1995, 2000, 2005, 2011]

    private func importCountry(_ country: String, years: [Int], into database: String) throws {
        let data = Repository.path("Graphs/wiod-2013")
        for year in years {
            let imported = try ClusterNetCLI.run(["import", "io", "\(data)/\(country)-\(year).csv", "--graph", "\(country)-\(year)",
                                                  "--world-exports", "\(data)/world-exports.csv", "--year", "\(year)", "--db", database])
            #expect(imported.status == 0, "\(imported.standardError)")
            let partition = try ClusterNetCLI.run(["import", "partition", "\(data)/clusters.csv", "--graph", "\(country)-\(year)",
                                                   "--name", "etla", "--db", database])
            #expect(partition.status == 0, "\(partition.standardError)")
        }
    }

    /// The cluster holding `key` in `clusters --format json` output.
    private func cluster(containing key: String, in output: String) throws -> [String: Any] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let groups = (document["clusters"] as? [[String: Any]] ?? []) + (document["single_sectors"] as? [[String: Any]] ?? [])
        return try #require(groups.first { ($0["members"] as? [String])?.contains(key) == true })
    }

    @Test func finlandsForestClusterIsStrongWhenNotShrinkingAndICTRisesThenFalls() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("wiod.sqlite")
        try importCountry("FIN", years: years, into: database)
        var rcaChanges: [Double] = []
        var ictReasons: [String] = []
        for (index, year) in years.enumerated() {
            var arguments = ["clusters", "--graph", "FIN-\(year)", "--partition", "etla", "--format", "json", "--db", database]
            if index > 0 { arguments += ["--compare", "FIN-\(years[index - 1])"] }
            let result = try ClusterNetCLI.run(arguments)
            #expect(result.status == 0, "\(result.standardError)")
            let forest = try cluster(containing: "c7", in: result.standardOutput)
            #expect(Set(forest["members"] as? [String] ?? []) == ["c1", "c6", "c7"])
            let reasons = forest["reasons"] as? [String] ?? []
            if year == 2000 {
                // Output fell 17 % (in current dollars): not strong that year, whatever its RCA.
                #expect(forest["class"] as? String != "strong")
                #expect(reasons.contains { $0.hasPrefix("Not strong: Output growth since the earlier graph is -17.3 %") })
            } else {
                #expect(forest["class"] as? String == "strong", "forest in \(year): \(reasons)")
                #expect(reasons.contains { $0.hasPrefix("Strong: Revealed comparative advantage") && $0.contains("at least 1.000") })
            }
            let indicators = try #require(forest["indicators"] as? [String: Any])
            #expect((indicators["rca"] as? Double ?? 0) > 3, "Finland's forest products are world-class exports")
            if index > 0 {
                let ict = try cluster(containing: "c14", in: result.standardOutput)
                let ictIndicators = try #require(ict["indicators"] as? [String: Any])
                rcaChanges.append(try #require(ictIndicators["rca_change"] as? Double))
                ictReasons = ict["reasons"] as? [String] ?? []
            }
        }
        // Electrical and optical equipment (Nokia's years): RCA up to 2005, down by 2011.
        #expect(rcaChanges.count == 3)
        #expect(rcaChanges[0] > 0 && rcaChanges[1] > 0 && rcaChanges[2] < 0, "\(rcaChanges)")
        #expect(ictReasons.contains { $0.contains("c14 1.732 → 1.146 (fell)") }, "\(ictReasons)")
        #expect(ictReasons.contains("The change of RCA since the earlier graph is -0.296."))
    }

    @Test func chinasConstructionMaterialsClimbInWorldShare() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("wiod.sqlite")
        try importCountry("CHN", years: [1995, 2011], into: database)
        var shares: [Double] = []
        for year in [1995, 2011] {
            let result = try ClusterNetCLI.run(["nodes", "--graph", "CHN-\(year)", "--format", "json", "--db", database])
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
            let nodes = try #require(document["nodes"] as? [[String: Any]])
            let minerals = try #require(nodes.first { $0["key"] as? String == "c11" })
            shares.append(try #require((minerals["attributes"] as? [String: Any])?["world_share"] as? Double))
        }
        #expect(abs(shares[0] - 0.055) < 0.001 && abs(shares[1] - 0.167) < 0.001, "\(shares)")

        let result = try ClusterNetCLI.run(["clusters", "--graph", "CHN-2011", "--partition", "etla", "--compare", "CHN-1995",
                                            "--format", "json", "--db", database])
        #expect(result.status == 0, "\(result.standardError)")
        let construction = try cluster(containing: "c11", in: result.standardOutput)
        let indicators = try #require(construction["indicators"] as? [String: Any])
        #expect((indicators["world_share"] as? Double ?? 0) > 0.15)
    }

    @Test func partitionFileErrorsPointAtTheLine() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("wiod.sqlite")
        try importCountry("FIN", years: [2011], into: database)
        let bad = try directory.write("clusters.csv", "key,cluster\nc1,forest\nc99,forest\n")
        let result = try ClusterNetCLI.run(["import", "partition", bad, "--graph", "FIN-2011", "--name", "bad", "--db", database])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: \(bad):3:1: graph 'FIN-2011' has no node 'c99'"))
        let results = try ClusterNetCLI.run(["results", "--graph", "FIN-2011", "--format", "json", "--db", database])
        #expect(!results.standardOutput.contains("\"bad\""))
    }
}

import Foundation
import Testing
import TestSupport

/// Every maturity indicator equals an independent recomputation from the shipped files:
/// `Tools/golden/maturity_indicators.py` (pandas) wrote `Golden/maturity-indicators.json`.
@Suite struct MaturityIndicatorsGoldenTests {
    private let golden: [String: Any]

    init() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/maturity-indicators.json")
        golden = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func close(_ actual: Any?, _ expected: Any?, _ what: String) {
        guard let expected = expected as? Double else { Issue.record("no golden value for \(what)"); return }
        guard let actual = actual as? Double else { Issue.record("no value for \(what)"); return }
        #expect(abs(actual - expected) <= 1e-9 * max(1, abs(expected)), "\(what): \(actual) against \(expected)")
    }

    @Test func wiodFinlandIndicatorsMatchPandas() throws {
        let db = try ScratchDatabase()
        let data = Repository.path("Graphs/wiod-2013")
        let years = [1995, 2000, 2005, 2011]
        let series = try #require(golden["wiod_finland"] as? [String: [String: [String: Any]]])
        for (index, year) in years.enumerated() {
            for arguments in [["import", "io", "\(data)/FIN-\(year).csv", "--graph", "FIN-\(year)", "--world-exports", "\(data)/world-exports.csv", "--year", "\(year)"],
                              ["import", "partition", "\(data)/clusters.csv", "--graph", "FIN-\(year)", "--name", "etla"]] {
                let result = try db.run(arguments)
                #expect(result.status == 0, "\(result.standardError)")
            }
            var arguments = ["clusters", "--graph", "FIN-\(year)", "--partition", "etla"]
            if index > 0 { arguments += ["--compare", "FIN-\(years[index - 1])"] }
            let clusters = try #require(try db.json(arguments)["clusters"] as? [[String: Any]])
            let expected = try #require(series["FIN-\(year)"])
            #expect(clusters.count == expected.count)
            for (name, values) in expected {
                let members = try #require(values["members"] as? [String])
                let cluster = try #require(clusters.first { Set($0["members"] as? [String] ?? []) == Set(members) }, "\(name) \(year)")
                let indicators = try #require(cluster["indicators"] as? [String: Any])
                var names = ["output", "exports", "export_share", "world_share", "rca", "internal_linkage", "linkage_lift"]
                if index > 0 { names += ["output_growth", "export_growth", "world_share_growth", "rca_change"] }
                for indicator in names { close(indicators[indicator], values[indicator], "\(name) \(year) \(indicator)") }
                let memberRCA = cluster["member_rca"] as? [String: Any] ?? [:]
                for (key, value) in values["member_rca"] as? [String: Any] ?? [:] { close(memberRCA[key], value, "\(name) \(year) RCA of \(key)") }
            }
        }
    }

    @Test func regionalLocationQuotientsMatchPandas() throws {
        let db = try ScratchDatabase()
        let result = try db.run(["import", "io", Repository.path("Graphs/finland-io-2014/io2014.csv"), "--graph", "fi2014"])
        #expect(result.status == 0, "\(result.standardError)")
        let keys = try #require(try db.json(["nodes", "--graph", "fi2014"])["nodes"] as? [[String: Any]]).compactMap { $0["key"] as? String }
        let forest: Set = ["02_03", "16", "17_18"]
        let partition = try db.directory.write("forest.csv", "key,cluster\n" + keys.map { "\($0),\(forest.contains($0) ? "forest" : "rest")" }.joined(separator: "\n") + "\n")
        let expected = try #require(golden["forest_lq_2014"] as? [String: Double])
        for region in ["EtelaKarjala", "Kymenlaakso", "Uusimaa", "Lappi"] {
            let graph = "fi2014/\(region)"
            #expect(try db.run(["import", "partition", partition, "--graph", graph, "--name", "forest"]).status == 0)
            let clusters = try #require(try db.json(["clusters", "--graph", graph, "--partition", "forest", "--reference", "fi2014"])["clusters"] as? [[String: Any]])
            let cluster = try #require(clusters.first { Set($0["members"] as? [String] ?? []) == forest })
            close((cluster["indicators"] as? [String: Any])?["lq"], expected[region], "forest LQ in \(region)")
        }
    }
}

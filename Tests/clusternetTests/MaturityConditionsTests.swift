import Foundation
import Testing
import TestSupport

/// No condition that cannot fail: on the shipped WIOD tables (8 countries × 4 years, ETLA's
/// cluster families, local sectors apart), every condition of the default maturity rules holds
/// for some cluster and fails for another — except those whose data the tables do not carry
/// (R&D intensity), which are never tested rather than passed. `Tools/maturity/condition_table.py`
/// prints the same tally for the documentation.
@Suite struct MaturityConditionsTests {
    @Test func everyConditionHoldsSomewhereAndFailsSomewhereOnTheShippedTables() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("wiod.sqlite")
        let data = Repository.path("Graphs/wiod-2013")
        let years = [1995, 2000, 2005, 2011]
        var tally: [String: (holds: Int, fails: Int, untested: Int)] = [:]
        for country in ["FIN", "SWE", "DEU", "USA", "JPN", "IND", "CHN", "RUS"] {
            for (index, year) in years.enumerated() {
                let graph = "\(country)-\(year)"
                for arguments in [["import", "io", "\(data)/\(graph).csv", "--graph", graph, "--world-exports", "\(data)/world-exports.csv", "--year", "\(year)"],
                                  ["import", "partition", "\(data)/clusters.csv", "--graph", graph, "--name", "etla"]] {
                    let result = try ClusterNetCLI.run(arguments + ["--db", database])
                    #expect(result.status == 0, "\(result.standardError)")
                }
                var arguments = ["clusters", "--graph", graph, "--partition", "etla", "--format", "json", "--db", database]
                if index > 0 { arguments += ["--compare", "\(country)-\(years[index - 1])"] }
                let result = try ClusterNetCLI.run(arguments)
                let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
                for cluster in document["clusters"] as? [[String: Any]] ?? [] {
                    for test in cluster["tests"] as? [[String: Any]] ?? [] {
                        let key = "\(test["class"] as? String ?? "?"): \(test["condition"] as? String ?? "?")"
                        var entry = tally[key] ?? (0, 0, 0)
                        switch test["passed"] as? Bool {
                        case true?: entry.holds += 1
                        case false?: entry.fails += 1
                        case nil: entry.untested += 1
                        }
                        tally[key] = entry
                    }
                }
            }
        }
        #expect(tally.count >= 15)
        for (condition, entry) in tally.sorted(by: { $0.key < $1.key }) {
            if condition.contains("rd_intensity ≥ 0.01") && !condition.contains("any of") {
                #expect(entry.holds == 0 && entry.fails == 0, "the shipped tables carry no R&D data: \(condition) is never tested")
                continue
            }
            #expect(entry.holds > 0 && entry.fails > 0, "\(condition): holds \(entry.holds), fails \(entry.fails)")
        }
    }
}

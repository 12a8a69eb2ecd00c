import Foundation
import Testing
import TestSupport

/// `report` on any graph or series: the library report writer behind the demo.
@Suite struct ReportTests {
    @Test func reportOnASeriesWithAFixedClusterDefinition() throws {
        let db = try ScratchDatabase()
        let data = Repository.path("Graphs/wiod-2013")
        for year in [2005, 2011] {
            let result = try db.run(["import", "io", "\(data)/SWE-\(year).csv", "--graph", "SWE-\(year)", "--labels", "\(data)/industries.csv",
                                     "--world-exports", "\(data)/world-exports.csv", "--year", "\(year)"])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let output = db.directory.path("sweden")
        let result = try db.run(["report", "--graph", "SWE-2005", "--graph", "SWE-2011", "--clusters", "\(data)/clusters.csv",
                                 "--title", "Sweden", "--output", output])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "report: \(output)/report.md\n")
        let report = try String(contentsOfFile: output + "/report.md", encoding: .utf8)
        #expect(report.hasPrefix("# Sweden\n"))
        #expect(report.contains("| cluster | SWE-2005 | SWE-2011 |"))
        #expect(report.contains("## forest — strong"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/report.json"))) as? [String: Any])
        let classes = try #require(document["classes"] as? [[String: Any]])
        let forest = try #require(classes.first { $0["cluster"] as? String == "forest" })
        #expect((forest["by_graph"] as? [String: String]) == ["SWE-2005": "strong", "SWE-2011": "strong"])
        // The last graph's classes are those `clusters` gives with the same definition and earlier graph.
        #expect(try db.run(["import", "partition", "\(data)/clusters.csv", "--graph", "SWE-2011", "--name", "etla"]).status == 0)
        let table = try #require(try db.json(["clusters", "--graph", "SWE-2011", "--partition", "etla", "--compare", "SWE-2005"])["clusters"] as? [[String: Any]])
        let series = try #require((document["series"] as? [[String: Any]])?.last?["clusters"] as? [[String: Any]])
        #expect(table.map { $0["class"] as? String } == series.map { $0["class"] as? String })
        #expect(FileManager.default.fileExists(atPath: output + "/clusters.png"))
    }

    @Test func reportOptionsAreCheckedBeforeAnythingRuns() throws {
        let db = try ScratchDatabase()
        for (arguments, message) in [(["report", "--graph", "g", "--regions", "fi2014"], "--regions and --concordance go together"),
                                     (["report", "--graph", "g", "--compare", "h"], "give the earlier graph as another --graph"),
                                     (["report"], "--graph")] {
            let result = try db.run(arguments)
            #expect(result.status != 0)
            #expect(result.standardError.contains(message), "\(result.standardError)")
        }
        let bad = try db.directory.write("types.csv", "key,type\nc1,exported\n")
        let result = try db.run(["clusters", "--graph", "g", "--sector-types", bad])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: \(bad):2:4: the type is `traded` or `local`, not `exported`"), "\(result.standardError)")
    }
}

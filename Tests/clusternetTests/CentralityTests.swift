import Foundation
import Testing
import TestSupport

/// `clusternet centrality` end to end, checked against the networkx golden values.
@Suite struct CentralityTests {
    let directory: TemporaryDirectory
    let database: String
    let golden: [String: Any]

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("test.sqlite")
        let result = try ClusterNetCLI.run(["import", "links", Repository.path("Tests/ClusterAlgorithmsTests/Golden/weighted-directed.csv"),
                                            "--graph", "wd", "--db", database])
        #expect(result.status == 0, "\(result.standardError)")
        let data = try Data(contentsOf: URL(fileURLWithPath: Repository.path("Tests/ClusterAlgorithmsTests/Golden/weighted-directed.json")))
        golden = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    private func scores(_ arguments: [String]) throws -> (text: String, scores: [String: Double]) {
        let result = try ClusterNetCLI.run(["centrality", "--graph", "wd"] + arguments + ["--db", database, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return (result.standardOutput, object?["scores"] as? [String: Double] ?? [:])
    }

    @Test func pageRankAndBetweennessMatchNetworkx() throws {
        for (arguments, name) in [(["--measure", "pagerank", "--weighted"], "pagerank_weighted"),
                                  (["--measure", "pagerank"], "pagerank_unweighted"),
                                  (["--measure", "betweenness", "--weighted"], "betweenness_weighted"),
                                  (["--measure", "betweenness"], "betweenness_unweighted")] {
            let expected = golden[name] as? [String: Double] ?? [:]
            let found = try scores(arguments).scores
            #expect(found.count == 14)
            for (key, value) in expected { #expect(abs((found[key] ?? .nan) - value) < 1e-9, "\(name) \(key)") }
        }
    }

    @Test func keysAreInKeyOrderAndTopKeepsTheHighest() throws {
        let all = try scores(["--measure", "strength"])
        #expect(all.scores["c"] == 5)
        let positions = ["a", "b", "c", "n"].compactMap { all.text.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions == positions.sorted())
        let top = try scores(["--measure", "degree", "--top", "2"]).scores
        #expect(top.count == 2)
        #expect(top.keys.sorted() == ["d", "e"])   // degree 4 each, every other node has at most 3
    }

    @Test func tableAndSaveAndTimings() throws {
        let result = try ClusterNetCLI.run(["centrality", "--graph", "wd", "--measure", "pagerank", "--weighted", "--top", "3",
                                            "--save", "rank", "--timings", "--db", database])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[2].contains(" e "))
        #expect(result.standardError.hasPrefix("timings: load="))
        let saved = try ClusterNetCLI.run(["results", "--graph", "wd", "--db", database, "--format", "json"])
        #expect(saved.standardOutput.contains("\"rank\""))
    }

    @Test func badMeasureIsAnError() throws {
        let result = try ClusterNetCLI.run(["centrality", "--graph", "wd", "--measure", "closeness", "--db", database])
        #expect(result.status != 0)
        #expect(result.standardError.hasPrefix("error: "))
    }
}

import Foundation
import Testing
import TestSupport

/// `clusternet centrality --measure pagerank --personalise KEY=WEIGHT / --personalisation FILE`
/// end to end, checked against networkx's `pagerank(G, personalization=…)`
/// (Tools/golden/personalised_pagerank.py), and its errors.
@Suite struct PersonalisedPageRankTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let db: ScratchDatabase
    let expected: [String: Any]

    init() throws {
        db = try ScratchDatabase()
        let edges = Self.golden.appendingPathComponent("personalised-pagerank.csv").path
        let imported = try db.run(["import", "links", edges, "--graph", "pp"])
        #expect(imported.status == 0, "\(imported.standardError)")
        let data = try Data(contentsOf: Self.golden.appendingPathComponent("personalised-pagerank.json"))
        expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func expectGolden(_ name: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let output = try db.json(["centrality", "--graph", "pp", "--measure", "pagerank"] + arguments, sourceLocation: sourceLocation)
        let scores = try #require(output["scores"] as? [String: Double], sourceLocation: sourceLocation)
        let golden = try #require(expected[name] as? [String: Double], sourceLocation: sourceLocation)
        #expect(scores.keys.sorted() == golden.keys.sorted(), sourceLocation: sourceLocation)
        for (key, value) in golden {
            #expect(abs((scores[key] ?? .nan) - value) < 1e-9, "\(name) \(key)", sourceLocation: sourceLocation)
        }
    }

    @Test func entriesMatchNetworkx() throws {
        let entries = ["--personalise", "p1=2", "--personalise", "p4=0.5", "--personalise", "p7=1"]
        try expectGolden("weighted_damping_0.85", entries + ["--weighted"])
        try expectGolden("unweighted_damping_0.7", entries + ["--damping", "0.7"])
    }

    @Test func fileMatchesNetworkxAndEntriesReplaceItsWeights() throws {
        let file = try db.directory.write("jump.csv", "key,weight\np1,2\np4,0.5\np7,1\np2,0\n")
        try expectGolden("weighted_damping_0.85", ["--personalisation", file, "--weighted"])
        // A semicolon file with decimal commas; p1's 9 is replaced by the entry's 2.
        let tweaked = try db.directory.write("tweaked.csv", "weight;key\n9;p1\n0,5;p4\n1;p7\n")
        try expectGolden("unweighted_damping_0.7", ["--personalisation", tweaked, "--personalise", "p1=2", "--damping", "0.7"])
    }

    @Test func personalisationChangesTheRanking() throws {
        let plain = try db.json(["centrality", "--graph", "pp", "--measure", "pagerank", "--weighted"])["scores"] as? [String: Double]
        let towardsP9 = try db.json(["centrality", "--graph", "pp", "--measure", "pagerank", "--weighted", "--personalise", "p9=1"])
        let scores = try #require(towardsP9["scores"] as? [String: Double])
        #expect((plain?["p9"] ?? 0) < 0.05)
        #expect((scores["p9"] ?? 0) > 0.15)   // every jump lands on p9
    }

    @Test func saveRecordsThePersonalisation() throws {
        let result = try db.run(["centrality", "--graph", "pp", "--measure", "pagerank", "--weighted", "--personalise", "p7=1",
                                 "--personalise", "p1=2.5", "--save", "towards-p1"])
        #expect(result.status == 0, "\(result.standardError)")
        let results = try db.json(["results", "--graph", "pp"])["results"] as? [[String: Any]] ?? []
        let saved = try #require(results.first { $0["name"] as? String == "towards-p1" })
        let parameters = try #require(saved["parameters"] as? [String: String])
        #expect(parameters["personalisation"] == #"{"p1":2.5,"p7":1}"#)
        #expect(parameters["damping"] == "0.85")
    }

    @Test(arguments: [
        (["p99=1"], "--personalise names node 'p99', which graph 'pp' does not have"),
        (["p1=-1"], "--personalise 'p1=-1': the weight is negative"),
        (["p1=nan"], "--personalise 'p1=nan': the weight is not a finite number"),
        (["p1=heavy"], "--personalise 'p1=heavy': the weight is not a number"),
        (["p1"], "--personalise 'p1' is not of the form KEY=WEIGHT"),
        (["p1=1", "p1=2"], "--personalise names node 'p1' twice"),
        (["p1=0", "p4=0"], "every personalisation weight for graph 'pp' is 0"),
    ])
    func badEntriesAreErrors(entries: [String], message: String) throws {
        let result = try db.run(["centrality", "--graph", "pp", "--measure", "pagerank"] + entries.flatMap { ["--personalise", $0] })
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: " + message), "\(result.standardError)")
    }

    @Test(arguments: [
        ("key,weight\np1,1\np99,2\n", "3:1: graph 'pp' has no node 'p99' (did you mean"),
        ("key,weight\np1,1\np4,-2\n", "3:4: the weight '-2' is negative"),
        ("key,weight\np1,NaN\n", "2:4: the weight 'NaN' is not a finite number"),
        ("key,weight\np1,\n", "2:4: the weight is missing"),
        ("key,weight\np1,1\np4,1\np1,3\n", "4:1: node 'p1' already has a weight on line 2"),
        ("node,weight\np1,1\n", "1:1: the header needs columns 'key' and 'weight'"),
        ("key,weight\np1,1,3\n", "2:6: this row has 3 fields"),
        ("key,weight\np1,0\n", nil),
    ])
    func badFilesAreErrorsAtTheirPlace(contents: String, message: String?) throws {
        let file = try db.directory.write("weights.csv", contents)
        let result = try db.run(["centrality", "--graph", "pp", "--measure", "pagerank", "--personalisation", file])
        #expect(result.status == 1)
        let expected = message.map { "error: \(file):\($0)" } ?? "error: every personalisation weight for graph 'pp' is 0"
        #expect(result.standardError.hasPrefix(expected), "\(result.standardError)")
    }

    @Test func missingFileAndOtherMeasuresAreRefused() throws {
        let missing = try db.run(["centrality", "--graph", "pp", "--measure", "pagerank", "--personalisation", db.directory.path("none.csv")])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("there is no such file"))
        let degree = try db.run(["centrality", "--graph", "pp", "--measure", "degree", "--personalise", "p1=1"])
        #expect(degree.status != 0)
        #expect(degree.standardError.contains("--personalise and --personalisation go with --measure pagerank, not degree"))
    }

    @Test func helpTeachesTheOptions() throws {
        let help = try ClusterNetCLI.run(["centrality", "--help"]).standardOutput
        #expect(help.contains("--personalise <key=weight>"))
        #expect(help.contains("--personalisation <file>"))
        #expect(help.contains("--kind <kind>"))
    }
}

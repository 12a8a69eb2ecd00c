import Foundation
import Testing
import TestSupport

/// `clusternet communities` end to end: karate club and a directed graph imported with `import links`.
@Suite struct CommunitiesTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("test.sqlite")
        let golden = "Tests/ClusterAlgorithmsTests/Golden/"
        for (file, graph, undirected) in [("karate.csv", "karate", true), ("weighted-directed.csv", "wd", false)] {
            let result = try ClusterNetCLI.run(["import", "links", Repository.path(golden + file), "--graph", graph, "--db", database]
                                               + (undirected ? ["--undirected"] : []))
            #expect(result.status == 0, "\(result.standardError)")
        }
    }

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try ClusterNetCLI.run(arguments + ["--db", database, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any] ?? [:]
    }

    @Test func leidenFindsTheKarateOptimumDeterministically() throws {
        let arguments = ["communities", "--graph", "karate", "--method", "leiden", "--seed", "3"]
        let output = try json(arguments)
        #expect(output["method"] as? String == "leiden")
        #expect(output["graph_treated_as"] as? String == "undirected")
        let modularity = try #require(output["modularity"] as? Double)
        #expect(abs(modularity - 0.4197896) < 1e-6)
        let communities = try #require(output["communities"] as? [[String: Any]])
        #expect(communities.count == 4)
        #expect((communities.first?["members"] as? [String])?.first == "0")   // canonical ids: "0" is in community 0
        let first = try ClusterNetCLI.run(arguments + ["--db", database, "--format", "json"])
        let second = try ClusterNetCLI.run(arguments + ["--db", database, "--format", "json"])
        #expect(first.standardOutput == second.standardOutput)
    }

    @Test func directedGraphsAreSymmetrisedUnlessAsked() throws {
        #expect(try json(["communities", "--graph", "wd"])["graph_treated_as"] as? String == "symmetrised")
        #expect(try json(["communities", "--graph", "wd", "--directed"])["graph_treated_as"] as? String == "directed")
    }

    @Test func saveStoresThePartitionAndTimingsGoToStandardError() throws {
        let result = try ClusterNetCLI.run(["communities", "--graph", "karate", "--method", "louvain", "--save", "clubs",
                                            "--timings", "--db", database])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("louvain:"))
        #expect(result.standardError.range(of: #"^timings: load=[0-9.]+ compute=[0-9.]+\n$"#, options: .regularExpression) != nil)
        let results = try json(["results", "--graph", "karate"])["results"] as? [[String: Any]] ?? []
        #expect(results.contains { $0["name"] as? String == "clubs" && $0["method"] as? String == "louvain" })
    }

    @Test func leidenIterationsAreAnOptionAndSaved() throws {
        let once = try json(["communities", "--graph", "karate", "--iterations", "1", "--seed", "5", "--save", "once"])
        #expect(abs((once["modularity"] as? Double ?? 0) - 0.4197896) < 1e-6)
        let results = try json(["results", "--graph", "karate"])["results"] as? [[String: Any]] ?? []
        let saved = results.first { $0["name"] as? String == "once" }?["parameters"] as? [String: Any]
        #expect(saved?["iterations"] as? String == "1", "\(String(describing: saved))")
        let negative = try ClusterNetCLI.run(["communities", "--graph", "karate", "--iterations", "-2", "--db", database])
        #expect(negative.status == 1)
        #expect(negative.standardError.contains("iterations = -2 is not allowed: it must be 0 (until modularity stops rising) or more"))
    }

    @Test func minimumSizeAndCSV() throws {
        let result = try ClusterNetCLI.run(["communities", "--graph", "karate", "--resolution", "3", "--min-size", "8",
                                            "--db", database, "--format", "csv"])
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { (Int($0.split(separator: ",")[1]) ?? 0) >= 8 })
    }

    @Test func errorsAreOneLine() throws {
        let unknown = try ClusterNetCLI.run(["communities", "--graph", "nope", "--db", database])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.hasPrefix("error: "))
        // A negative number after an option is its value (not "missing value"), joined or not.
        for value in [["--resolution=-1"], ["--resolution", "-1"], ["--resolution", "-.5"]] {
            let resolution = try ClusterNetCLI.run(["communities", "--graph", "karate"] + value + ["--db", database])
            #expect(resolution.status == 1)
            #expect(resolution.standardError.hasPrefix("error: The option resolution = -"), "\(resolution.standardError)")
            #expect(resolution.standardError.contains("it must be a finite number of at least 0"))
        }
    }

    @Test func componentsCoresAndBackbone() throws {
        let strong = try json(["components", "--graph", "wd", "--strong"])["components"] as? [[String]]
        #expect(strong?.first == ["d", "e", "f", "g"])
        #expect(strong?.count == 6)
        let weak = try json(["components", "--graph", "wd"])["components"] as? [[String]]
        #expect(weak?.count == 2)
        let coreness = try json(["cores", "--graph", "karate"])["coreness"] as? [String: Double]
        #expect(coreness?["0"] == 4 && coreness?["11"] == 1)
        let backbone = try json(["backbone", "--graph", "wd", "--save", "wd-tree"])["links"] as? [[String: Any]]
        #expect(backbone?.count == 12)   // 14 nodes in 2 components
        #expect(backbone?.first?["weight"] as? Double == 5)
        let graphs = try json(["graphs"])
        #expect("\(graphs)".contains("wd-tree"))
    }

    @Test func generateLFRWritesAGraphWithPlantedCommunities() throws {
        let output = try json(["generate", "lfr", "--nodes", "500", "--average-degree", "10", "--max-degree", "30",
                               "--min-community", "20", "--max-community", "60", "--seed", "2", "--graph", "lfr"])
        #expect(output["nodes"] as? Double == 500)
        let links = try #require(output["links"] as? Double)
        #expect(links > 2_000 && links < 2_600)
        let found = try json(["communities", "--graph", "lfr"])
        #expect((found["modularity"] as? Double ?? 0) > 0.4)
    }
}

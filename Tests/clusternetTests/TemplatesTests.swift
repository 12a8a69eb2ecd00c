import Foundation
import Testing
import TestSupport

/// `template derive|import|list|show|apply|rename|names|delete`, and cluster names in `models --cluster`.
@Suite struct TemplatesTests {
    let db: ScratchDatabase
    let clustersFile = Repository.path("Graphs/wiod-2013/clusters.csv")

    init() throws {
        db = try ScratchDatabase()
        try db.importWIOD(["FIN-2011", "SWE-2011"])
    }

    private func run(_ arguments: [String]) throws -> CommandResult { try db.run(arguments) }

    private func clusters(_ document: [String: Any]) -> [[String: Any]] { document["clusters"] as? [[String: Any]] ?? [] }

    @Test func importsShowsListsAppliesAndDeletesTheETLAFamilies() throws {
        let imported = try db.json(["template", "import", clustersFile, "--name", "etla", "--graph", "FIN-2011"])
        let families = clusters(imported)
        #expect(families.count == 12)
        let forest = try #require(families.first)
        #expect(forest["name"] as? String == "forest")
        #expect((forest["members"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["c1", "c6", "c7"])
        #expect((forest["members"] as? [[String: Any]])?.first?["label"] as? String == "Agriculture, forestry, fishing")
        #expect(imported["extension_threshold"] as? Double == 0.2)
        // Construction depends on wood (c6 sells 63 % of its intermediate output to it in Finland 2011).
        let construction = try #require(families.first { $0["name"] as? String == "construction" })
        #expect((construction["suppliers"] as? [[String: Any]])?.first?["key"] as? String == "c6")

        let listed = try db.json(["template", "list"])
        let entry = try #require((listed["templates"] as? [[String: Any]])?.first)
        #expect(entry["name"] as? String == "etla" && entry["clusters"] as? Int == 12 && entry["keys"] as? Int == 35)
        #expect(clusters(try db.json(["template", "show", "etla"])).count == 12)

        let applied = try db.json(["template", "apply", "etla", "--graph", "SWE-2011", "--save", "etla"])
        #expect((applied["missing"] as? [String])?.isEmpty == true && (applied["extra"] as? [String])?.isEmpty == true)
        #expect(applied["partition"] as? String == "etla")
        let byName = try db.json(["models", "--graph", "SWE-2011", "--partition", "etla", "--cluster", "Forest"])
        #expect(byName["members"] as? [String] == ["c1", "c6", "c7"])
        let byId = try db.json(["models", "--graph", "SWE-2011", "--partition", "etla", "--cluster", "\(byName["cluster"] as? Int ?? -1)"])
        #expect(byId["members"] as? [String] == ["c1", "c6", "c7"])
        let misspelt = try run(["models", "--graph", "SWE-2011", "--partition", "etla", "--cluster", "forrest"])
        #expect(misspelt.status == 1)
        #expect(misspelt.standardError.contains("has no cluster 'forrest' (did you mean 'forest'?)"))

        #expect(try run(["template", "delete", "etla"]).status == 0)
        #expect((try db.json(["template", "list"])["templates"] as? [Any])?.isEmpty == true)
        let again = try run(["template", "delete", "etla"])
        #expect(again.status == 1 && again.standardError.contains("there is no cluster template named 'etla'"))
        // The partition saved from it stays, with its names.
        #expect(try run(["models", "--graph", "SWE-2011", "--partition", "etla", "--cluster", "ICT"]).status == 0)
    }

    @Test func derivesByConsensusWithStabilityDeterministicallyAndNamesFromAFile() throws {
        let arguments = ["template", "derive", "nordic", "--graph", "FIN-2011", "--graph", "SWE-2011", "--runs", "4", "--seed", "7",
                         "--names", clustersFile]
        let derived = try db.json(arguments)
        let found = clusters(derived)
        #expect(found.count >= 3)
        let members = found.flatMap { $0["members"] as? [[String: Any]] ?? [] }
        #expect(members.count == 35)
        // Local sectors (the shipped WIOD classification) are set apart as one cluster, not detected.
        let local = try #require(found.last)
        #expect(local["name"] as? String == "local economy" && local["named_by"] as? String == "derived")
        #expect((local["members"] as? [[String: Any]])?.compactMap { $0["key"] as? String }.contains("c33") == true)
        let detected = found.dropLast().flatMap { $0["members"] as? [[String: Any]] ?? [] }
        #expect(detected.allSatisfy { ($0["stability"] as? Double).map { $0 >= 0 && $0 <= 1 } == true })
        // Finland's and Sweden's traded industries give a forest cluster: forestry, wood, paper.
        let forest = try #require(found.first { ($0["members"] as? [[String: Any]])?.contains { $0["key"] as? String == "c6" } == true })
        let forestKeys = Set((forest["members"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String })
        #expect(forestKeys.isSuperset(of: ["c1", "c6", "c7"]), "\(forestKeys)")
        #expect(forest["name"] as? String == "forest", "named from the file by its members' majority")
        #expect(found.allSatisfy { $0["named_by"] as? String == "user" || $0["named_by"] as? String == "derived" })
        let parameters = try #require(derived["parameters"] as? [String: String])
        #expect(parameters["runs"] == "24" && parameters["seed"] == "7" && parameters["basis"] == "strength" && parameters["local"] == "set apart")
        #expect(derived["sources"] as? [String] == ["FIN-2011", "SWE-2011"])

        let taken = try run(arguments)
        #expect(taken.status == 1 && taken.standardError.contains("already exists; add --replace"))
        let replaced = try db.json(arguments + ["--replace"])
        #expect((replaced["clusters"] as? NSArray)?.isEqual(derived["clusters"] as? NSArray) == true, "the same seed gives the same template")

        let renamed = try db.json(["template", "rename", "nordic", "0", "first one"])
        #expect(clusters(renamed).first?["name"] as? String == "first one")
        #expect(clusters(renamed).first?["named_by"] as? String == "user")
        let numeric = try run(["template", "rename", "nordic", "first", "12"])
        #expect(numeric.status == 1 && numeric.standardError.contains("cluster ids are numbers"))
        let named = try db.json(["template", "names", "nordic", clustersFile])
        #expect(clusters(named).allSatisfy { ($0["name"] as? String).map { !$0.hasPrefix("first") } == true })
        #expect(clusters(named).last?["name"] as? String == "local economy", "a names file leaves the local economy alone")
        let all = try db.json(["template", "derive", "all", "--graph", "FIN-2011", "--runs", "3", "--include-local"])
        #expect(clusters(all).allSatisfy { $0["name"] as? String != "local economy" })
        #expect((all["parameters"] as? [String: String])?["local"] == "included")
    }

    @Test func importedPartitionsKeepTheFilesNamesForModels() throws {
        #expect(try run(["import", "partition", clustersFile, "--graph", "FIN-2011", "--name", "etla"]).status == 0)
        let forest = try db.json(["models", "--graph", "FIN-2011", "--partition", "etla", "--cluster", "forest"])
        #expect(forest["members"] as? [String] == ["c1", "c6", "c7"])
        let prefix = try db.json(["models", "--graph", "FIN-2011", "--partition", "etla", "--cluster", "metals"])
        #expect(prefix["members"] as? [String] == ["c12", "c13", "c15"])
        let recommended = try run(["recommend", "--graph", "FIN-2011", "--partition", "etla", "--cluster", "forest"])
        #expect(recommended.status == 0, "\(recommended.standardError)")
        let ambiguous = try run(["models", "--graph", "FIN-2011", "--partition", "etla", "--cluster", "c"])
        #expect(ambiguous.status == 1 && ambiguous.standardError.contains("could be any of 'chemicals', 'construction'"))
    }

    @Test func badInputLeavesTheDatabaseAsItWas() throws {
        #expect(try run(["template", "import", clustersFile, "--name", "etla"]).status == 0)
        let before = try databaseDump(db.path) + (try run(["template", "show", "etla", "--format", "json"])).standardOutput
        let unknownGraph = try run(["template", "derive", "x", "--graph", "FIN-2012"])
        #expect(unknownGraph.status == 1 && unknownGraph.standardError.contains("did you mean 'FIN-2011'"))
        let badFile = try db.directory.write("bad.csv", "key,cluster\nc1,forest\nc1,food\n")
        let repeated = try run(["template", "import", badFile, "--name", "etla", "--replace"])
        #expect(repeated.status == 1 && repeated.standardError.contains("bad.csv:3:1: node 'c1' is already assigned on line 2"))
        let unknownTemplate = try run(["template", "show", "etl"])
        #expect(unknownTemplate.status == 1 && unknownTemplate.standardError.contains("did you mean 'etla'?"))
        let badRename = try run(["template", "rename", "etla", "food", "forest"])
        #expect(badRename.status == 1 && badRename.standardError.contains("already has a cluster named 'forest'"))
        let badThreshold = try run(["template", "derive", "x", "--graph", "FIN-2011", "--threshold", "2"])
        #expect(badThreshold.status == 1 && badThreshold.standardError.contains("co-assignment frequency, between 0 and 1"))
        let after = try databaseDump(db.path) + (try run(["template", "show", "etla", "--format", "json"])).standardOutput
        #expect(before == after)
    }
}

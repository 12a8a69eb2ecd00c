import Foundation
import Testing
import TestSupport

/// End to end: `clusternet linkages` on tables imported with `clusternet import`.
@Suite struct LinkagesTests {
    let session: ScratchDatabase
    var directory: TemporaryDirectory { session.directory }

    init() throws {
        session = try ScratchDatabase()
    }

    private func run(_ arguments: [String]) throws -> CommandResult {
        try session.run(arguments)
    }

    private func importGermany() throws {
        let result = try run(["import", "io", Repository.path("Graphs/germany-1995/Beutel_15_4.csv"), "--graph", "de1995"])
        #expect(result.status == 0, "\(result.standardError)")
    }

    /// Imports a small I-O graph from links (kind io) and node outputs.
    private func importFlows(_ links: String, outputs: String, graph: String) throws {
        let linksFile = try directory.write("\(graph)-links.csv", "source,target,weight,kind\n" + links)
        let nodesFile = try directory.write("\(graph)-nodes.csv", "key,output\n" + outputs)
        #expect(try run(["import", "links", linksFile, "--graph", graph]).status == 0)
        #expect(try run(["import", "nodes", nodesFile, "--graph", graph]).status == 0)
    }

    @Test func germany1995MatchesPublishedValues() throws {
        try importGermany()
        let output = try session.json(["linkages", "--graph", "de1995", "--format", "json"])
        #expect(output["forward_convention"] as? String == "ghosh")
        let sectors = try #require(output["sectors"] as? [[String: Any]])
        let byKey = Dictionary(uniqueKeysWithValues: sectors.map { ($0["key"] as? String ?? "", $0) })
        // Published values (Eurostat manual 2008, ch. 15): multiplier, backward, forward (Ghosh), type.
        let published: [(String, Double, Double, Double, String)] = [
            ("agriculture_group", 1.705, 1.029, 1.260, "key"),
            ("manufacturing_group", 1.841, 1.112, 1.009, "key"),
            ("construction_group", 1.814, 1.095, 0.809, "backward-oriented"),
            ("trade_group", 1.604, 0.968, 0.945, "weak"),
            ("business_services_group", 1.595, 0.963, 1.255, "forward-oriented"),
            ("other_services_group", 1.378, 0.832, 0.722, "weak"),
        ]
        #expect(sectors.count == 6)
        for (key, multiplier, backward, forward, type) in published {
            let sector = try #require(byKey[key], "\(key) missing")
            #expect(abs((sector["multiplier"] as? Double ?? 0) - multiplier) < 0.0005, "\(key)")
            #expect(abs((sector["backward"] as? Double ?? 0) - backward) < 0.0005, "\(key)")
            #expect(abs((sector["forward"] as? Double ?? 0) - forward) < 0.0005, "\(key)")
            #expect(sector["type"] as? String == type, "\(key)")
        }
        #expect((output["notices"] as? [String])?.first?.contains("Ghosh") == true)
    }

    @Test func leontiefConventionIsStatedAndTableAndCSVWork() throws {
        try importGermany()
        let output = try session.json(["linkages", "--graph", "de1995", "--forward", "leontief", "--format", "json"])
        #expect(output["forward_convention"] as? String == "leontief")
        let table = try run(["linkages", "--graph", "de1995"])
        #expect(table.standardOutput.contains("Forward convention: ghosh"))
        #expect(table.standardOutput.contains("agriculture_group"))
        let csv = try run(["linkages", "--graph", "de1995", "--format", "csv", "--timings"])
        #expect(csv.standardOutput.hasPrefix("key,label,multiplier,backward,forward,type,backward_cv,forward_cv\n"))
        #expect(csv.standardError.contains("timings: load="))
        #expect(csv.standardError.contains(" compute="))
    }

    @Test func emptySectorIsLeftOutWithANotice() throws {
        try importFlows("a,a,1,io\na,b,2,io\nb,a,3,io\n", outputs: "a,10\nb,20\ncoal,0\n", graph: "tiny")
        let output = try session.json(["linkages", "--graph", "tiny", "--format", "json"])
        #expect(output["omitted"] as? [String] == ["coal"])
        #expect((output["notices"] as? [String])?.contains { $0.contains("coal") } == true)
        #expect((output["sectors"] as? [[String: Any]])?.count == 2)
    }

    @Test func zeroOutputWithInputsFailsNamingTheSector() throws {
        try importFlows("a,b,2,io\nb,a,3,io\n", outputs: "a,10\nb,0\n", graph: "bad")
        let result = try run(["linkages", "--graph", "bad"])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: Sector 'b' of graph 'bad' has output 0"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func unproductiveColumnFailsNamingTheSector() throws {
        try importFlows("a,b,6,io\nb,b,5,io\nb,a,2,io\n", outputs: "a,10\nb,10\n", graph: "bad")
        let result = try run(["linkages", "--graph", "bad"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("Sector 'b' of graph 'bad' uses intermediate inputs worth 1.1 times its output"))
        #expect(!result.standardError.contains("nan"))
    }

    @Test func strengthGraphIsDerivedAndStored() throws {
        try importFlows("a,b,10,io\nb,a,5,io\nb,b,2,io\nb,c,3,io\nc,a,1,io\nc,c,4,io\n",
                        outputs: "a,20\nb,30\nc,10\n", graph: "flows")
        let derived = try session.json(["linkages", "--graph", "flows", "--derive", "strength", "--save", "flows-strength",
                                    "--format", "json"])
        #expect(derived["links"] as? Int == 3)
        let links = try run(["links", "--graph", "flows-strength", "--format", "csv"])
        #expect(links.status == 0)
        #expect(links.standardOutput.contains("a,,b,,1,strength"))
        #expect(!links.standardOutput.contains("b,,b,"))   // no self-loops
        let graphs = try run(["graphs", "--format", "json"]).standardOutput
        #expect(graphs.contains("flows-strength"))
        #expect(graphs.contains("Linkage strength S_ij"))
        let nodes = try run(["nodes", "--graph", "flows-strength", "--format", "json"]).standardOutput
        #expect(nodes.contains("\"output\":30"))
        // Options: threshold and top-k, and an existing name needs --replace.
        let again = try run(["linkages", "--graph", "flows", "--derive", "strength", "--save", "flows-strength", "--threshold", "0.3"])
        #expect(again.status == 1)
        let replaced = try session.json(["linkages", "--graph", "flows", "--derive", "strength", "--save", "flows-strength",
                                     "--threshold", "0.3", "--replace", "--format", "json"])
        #expect(replaced["links"] as? Int == 2)
        let top = try session.json(["linkages", "--graph", "flows", "--derive", "strength", "--save", "flows-top", "--top", "1",
                                "--format", "json"])
        #expect(top["links"] as? Int == 2)
    }

    @Test func deriveNeedsSave() throws {
        let result = try run(["linkages", "--graph", "flows", "--derive", "strength"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--save"))
    }
}

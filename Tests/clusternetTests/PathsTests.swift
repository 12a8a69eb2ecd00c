import Foundation
import Testing
import TestSupport

/// `neighbors` and `path` end to end on a small supply chain.
@Suite struct PathsTests {
    let directory: TemporaryDirectory
    let database: String

    /// forestry → wood → paper → printing, forestry → paper (thin), chemicals → paper.
    static let links = """
        source,target,weight
        forestry,wood,100
        wood,paper,80
        paper,printing,50
        forestry,paper,1
        chemicals,paper,30
        """

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("paths.sqlite")
        let file = try directory.write("links.csv", Self.links)
        #expect(try ClusterNetCLI.run(["import", "links", file, "--graph", "forest", "--db", database]).status == 0)
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try ClusterNetCLI.run(arguments + ["--db", database, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    func reached(_ arguments: [String]) throws -> [String] {
        let neighbors = try #require(try json(["neighbors"] + arguments + ["--graph", "forest"])["neighbors"] as? [[String: Any]])
        return neighbors.map { "\($0["key"] as? String ?? "?"):\($0["distance"] as? Int ?? -1)" }
    }

    @Test func neighboursByDirectionAndDepth() throws {
        #expect(try reached(["forestry"]) == ["paper:1", "wood:1"])
        #expect(try reached(["forestry", "--depth", "3"]) == ["paper:1", "wood:1", "printing:2"])
        #expect(try reached(["paper", "--direction", "in"]) == ["chemicals:1", "forestry:1", "wood:1"])
        #expect(try reached(["printing", "--direction", "both", "--depth", "2"]) == ["paper:1", "chemicals:2", "forestry:2", "wood:2"])
    }

    @Test func fewestLinksAndStrongestFlows() throws {
        let short = try json(["path", "forestry", "printing", "--graph", "forest"])
        #expect((short["path"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["forestry", "paper", "printing"])
        #expect(short["links"] as? Int == 2)
        let strong = try json(["path", "forestry", "printing", "--graph", "forest", "--weighted"])
        #expect((strong["path"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["forestry", "wood", "paper", "printing"])
        let cost = try #require(strong["cost"] as? Double)
        #expect(abs(cost - (1.0 / 100 + 1.0 / 80 + 1.0 / 50)) < 1e-12)
        let byWeight = try json(["path", "forestry", "printing", "--graph", "forest", "--weighted", "--cost", "weight"])
        #expect(byWeight["cost"] as? Double == 51)
    }

    @Test func tableShowsThePath() throws {
        let result = try ClusterNetCLI.run(["path", "forestry", "printing", "--graph", "forest", "--db", database])
        #expect(result.standardOutput.hasPrefix("forestry → paper → printing: 2 links\n"))
    }

    @Test func unknownKeySuggestsSimilarOnes() throws {
        let result = try ClusterNetCLI.run(["neighbors", "papr", "--graph", "forest", "--db", database])
        #expect(result.status == 1)
        #expect(result.standardError == "error: graph 'forest' has no node 'papr'; did you mean 'paper'? "
                + "list the keys with `clusternet nodes --graph forest`\n")
        let path = try ClusterNetCLI.run(["path", "forestry", "printin", "--graph", "forest", "--db", database])
        #expect(path.status == 1)
        #expect(path.standardError.contains("no node 'printin'; did you mean 'printing'"))
    }

    @Test func noPathIsExplained() throws {
        let result = try ClusterNetCLI.run(["path", "printing", "forestry", "--graph", "forest", "--db", database])
        #expect(result.status == 1)
        #expect(result.standardError == "error: there is no path from 'printing' to 'forestry' in graph 'forest' following links out; "
                + "try --direction both to ignore the direction of flows\n")
        #expect(try json(["path", "printing", "forestry", "--graph", "forest", "--direction", "both"])["links"] as? Int == 2)
    }
}

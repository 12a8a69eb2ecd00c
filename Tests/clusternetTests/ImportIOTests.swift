import Foundation
import Testing
import TestSupport

/// `import io` end to end: the shipped tables, world exports, and bad files that must leave the
/// database as it was.
@Suite struct ImportIOTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("io.sqlite")
    }

    @discardableResult
    func clusternet(_ arguments: [String]) throws -> CommandResult {
        try ClusterNetCLI.run(arguments + ["--db", database])
    }

    @discardableResult
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try clusternet(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    /// The nodes of a graph by key.
    func nodes(_ graph: String) throws -> [String: [String: Any]] {
        let list = try #require(try json(["nodes", "--graph", graph])["nodes"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.compactMap { node in (node["key"] as? String).map { ($0, node) } })
    }

    func attribute(_ node: [String: Any]?, _ name: String) -> Double? {
        (node?["attributes"] as? [String: Any])?[name] as? Double
    }

    @Test func finlandImportsAsItIs() throws {
        let report = try json(["import", "io", Repository.path("Graphs/finland-io-2014/io2014.csv"), "--graph", "fi2014",
                               "--labels", Repository.path("Graphs/finland-io-2014/sectors.csv")])
        let graphs = try #require(report["graphs"] as? [[String: Any]])
        #expect(graphs.count == 20)
        #expect(graphs.first?["name"] as? String == "fi2014")
        #expect(graphs.allSatisfy { $0["sectors"] as? Int == 30 })
        #expect(graphs.contains { $0["name"] as? String == "fi2014/Kymenlaakso" })

        let stored = try #require(try json(["graphs"])["graphs"] as? [[String: Any]])
        #expect(stored.count == 20)
        let paper = try #require(try nodes("fi2014/Kymenlaakso")["17_18"])
        #expect(paper["label"] as? String == "Paper, pulp and printing")
        for name in ["output", "value_added", "wages", "exports", "domestic_exports", "final_demand", "imported_inputs"] {
            #expect(attribute(paper, name) != nil, "\(name)")
        }
        // As in the file: row 'Tuotos perushintaan', column 'P6K Tavaroiden ja palvelujen vienti'.
        #expect(attribute(paper, "output") == 1641.5889892578125)
        #expect(attribute(paper, "exports") == 561.846923828125)

        let links = try #require(try json(["links", "--graph", "fi2014", "--to", "17_18", "--limit", "3"])["links"] as? [[String: Any]])
        #expect(links.count == 3)
        #expect(links.allSatisfy { $0["kind"] as? String == "io" })
    }

    @Test func germany1995Imports() throws {
        try json(["import", "io", Repository.path("Graphs/germany-1995/Beutel_15_4.csv"), "--graph", "de1995",
                  "--labels", Repository.path("Graphs/germany-1995/sectors.csv")])
        let sectors = try nodes("de1995")
        #expect(sectors.count == 6)
        #expect(attribute(sectors["manufacturing_group"], "output") == 1_079_400)
        #expect(attribute(sectors["manufacturing_group"], "employment") == 8381)
        #expect(sectors["trade_group"]?["label"] as? String == "Trade")
    }

    @Test func outputRowCanBeNamed() throws {
        // The P1 row instead of the output_bp column.
        try json(["import", "io", Repository.path("Graphs/germany-1995/Beutel_15_4.csv"), "--graph", "de", "--output-row", "P1"])
        #expect(attribute(try nodes("de")["manufacturing_group"], "output") == 1_079_446)
    }

    @Test func everyWIODCountryYearImports() throws {
        for country in ["CHN", "DEU", "FIN", "IND", "JPN", "RUS", "SWE", "USA"] {
            for year in [1995, 2000, 2005, 2011] {
                let report = try json(["import", "io", Repository.path("Graphs/wiod-2013/\(country)-\(year).csv"),
                                       "--graph", "\(country)\(year)"])
                let attributes = (report["attributes"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                #expect(attributes.contains("output") && attributes.contains("exports"), "\(country)-\(year)")
                #expect((report["graphs"] as? [[String: Any]])?.first?["sectors"] as? Int == 35)
            }
        }
        #expect((try json(["graphs"])["graphs"] as? [[String: Any]])?.count == 32)
    }

    @Test func worldExportsGiveShareAndRCA() throws {
        try json(["import", "io", Repository.path("Graphs/wiod-2013/FIN-2011.csv"), "--graph", "fin2011",
                  "--labels", Repository.path("Graphs/wiod-2013/industries.csv"),
                  "--world-exports", Repository.path("Graphs/wiod-2013/world-exports.csv"), "--year", "2011"])
        let paper = try #require(try nodes("fin2011")["c7"])
        #expect(paper["label"] as? String == "Pulp, paper, printing")
        #expect(((attribute(paper, "world_share") ?? 0) * 1000).rounded() / 10 == 4.4)
        #expect(((attribute(paper, "rca") ?? 0) * 100).rounded() / 100 == 7.85)
        #expect(attribute(paper, "world_exports") == 310_773)
    }

    @Test func worldExportsNeedAYear() throws {
        let result = try clusternet(["import", "io", Repository.path("Graphs/wiod-2013/FIN-2011.csv"), "--graph", "f",
                                     "--world-exports", Repository.path("Graphs/wiod-2013/world-exports.csv")])
        #expect(result.status == 1)
        #expect(result.standardError.contains("choose one with --year"))
    }

    // MARK: - Existing graphs

    @Test func existingGraphNeedsReplaceOrAppend() throws {
        let file = try directory.write("t.csv", ",A,B\nA,1,2\nB,3,4\n")
        try json(["import", "io", file, "--graph", "t"])
        let again = try clusternet(["import", "io", file, "--graph", "t"])
        #expect(again.status == 1)
        #expect(again.standardError.contains("--replace"))
        try json(["import", "io", file, "--graph", "t", "--replace"])
        #expect((try json(["graphs"])["graphs"] as? [[String: Any]])?.first?["links"] as? Int == 4)
    }

    @Test func regionalGraphsAreWrittenTogetherOrNotAtAll() throws {
        let small = try directory.write("s.csv", ",A\nA,1\n")
        try json(["import", "io", small, "--graph", "fi/Lappi"])
        let before = try ClusterNetCLI.databaseState(database)
        let result = try clusternet(["import", "io", Repository.path("Graphs/finland-io-2014/io2014.csv"), "--graph", "fi"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("'fi/Lappi' already exists"))
        // The national graph and the regions before Lappi were not kept.
        #expect(try ClusterNetCLI.databaseState(database) == before)
    }

    // MARK: - Bad files: file:line:column, exit 1, database unchanged

    func expectFailure(_ contents: String, _ expected: String, extra: [String] = [], sourceLine: SourceLocation = #_sourceLocation) throws {
        let seed = try directory.write("seed.csv", ",A\nA,1\n")
        try json(["import", "io", seed, "--graph", "seed"])
        let before = try ClusterNetCLI.databaseState(database)
        let file = try directory.write("bad.csv", contents)
        let result = try clusternet(["import", "io", file, "--graph", "bad"] + extra)
        #expect(result.status == 1, sourceLocation: sourceLine)
        #expect(result.standardError.hasPrefix("error: \(file)\(expected)"), "\(result.standardError)", sourceLocation: sourceLine)
        #expect(try ClusterNetCLI.databaseState(database) == before, sourceLocation: sourceLine)
    }

    @Test func nanIsRejected() throws {
        try expectFailure(",A,B\nA,1,NaN\nB,3,4\n", ":2:5: 'NaN' is not a finite number")
    }

    @Test func wordIsRejected() throws {
        try expectFailure(",A,B\nA,1,2\nB,three,4\n", ":3:3: 'three' is not a number")
    }

    @Test func negativeFlowIsRejected() throws {
        try expectFailure("REG;ROW;COL;value\nN;A;A;1\nN;A;B;-2\nN;B;A;1\nN;B;B;1\n", ":3:7: negative intermediate flow -2.0 from 'A' to 'B' in region 'N'")
    }

    @Test func repeatedCellIsRejected() throws {
        try expectFailure("ROW;COL;value\nA;A;1\nA;A;2\n", ":3:1: row 'A', column 'A' was already given on line 2")
    }

    @Test func raggedRowIsRejected() throws {
        try expectFailure(",A,B\nA,1,2,3\nB,3,4\n", ":2:7: this row has 4 fields but the header has 3")
    }

    @Test func missingSectorsAreExplained() throws {
        try expectFailure(",X,Y\nA,1,2\nB,3,4\n", ": no sectors found")
    }

    @Test func unknownNamedRowIsExplained() throws {
        try expectFailure(",A,B\nA,1,2\nB,3,4\n", ": there is no row labelled 'Total'", extra: ["--output-row", "Total"])
    }

    @Test func invalidUTF8IsRejected() throws {
        let file = directory.path("latin1.csv")
        try Data([0x2C, 0x41, 0x0A, 0x41, 0xE4, 0x2C, 0x31, 0x0A]).write(to: URL(fileURLWithPath: file))
        let result = try clusternet(["import", "io", file, "--graph", "l"])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: \(file):2:2: invalid UTF-8"))
    }
}

import Foundation
import Testing
import TestSupport

/// `compare` on the shipped WIOD tables: Finland 1995 → 2011 and Finland, Sweden and Germany in 2011.
@Suite struct CompareTests {
    let db: ScratchDatabase
    static let finland = ["FIN-1995", "FIN-2000", "FIN-2005", "FIN-2011"]

    init() throws {
        db = try ScratchDatabase()
        try db.importWIOD(Self.finland + ["SWE-2011", "DEU-2011", "SWE-2005"])
        let imported = try db.run(["template", "import", Repository.path("Graphs/wiod-2013/clusters.csv"), "--name", "etla"])
        #expect(imported.status == 0, "\(imported.standardError)")
    }

    private func run(_ arguments: [String]) throws -> CommandResult { try db.run(arguments) }

    private func graphs(_ arguments: [String]) -> [String] { arguments.flatMap { ["--graph", $0] } }

    private func row(_ name: String, in document: [String: Any]) throws -> [[String: Any]?] {
        let rows = try #require(document["clusters"] as? [[String: Any]])
        let row = try #require(rows.first { $0["name"] as? String == name })
        return (row["cells"] as? [Any] ?? []).map { $0 as? [String: Any] }
    }

    @Test func finlandFrom1995To2011IsASeriesWithDynamicsAndReasonsForChanges() throws {
        // Given out of order: a series is shown by year.
        let document = try db.json(["compare", "--template", "etla"] + graphs(["FIN-2011", "FIN-1995", "FIN-2005", "FIN-2000"]))
        #expect(document["kind"] as? String == "series")
        let columns = try #require(document["graphs"] as? [[String: Any]])
        #expect(columns.compactMap { $0["label"] as? String } == ["1995", "2000", "2005", "2011"])
        #expect(columns.map { $0["earlier"] as? String } == [nil, "FIN-1995", "FIN-2000", "FIN-2005"])
        let forest = try row("forest", in: document).compactMap { $0 }
        #expect(forest.count == 4)
        #expect(forest.allSatisfy { ($0["indicators"] as? [String: Any])?["rca"] as? Double ?? 0 > 3 }, "world-class forest exports every year")
        #expect((forest[3]["indicators"] as? [String: Any])?["output_growth"] is Double, "dynamics against 2005")
        let forestClasses = forest.map { $0["class"] as? String ?? "" }
        #expect([forestClasses[0], forestClasses[2], forestClasses[3]] == ["strong", "strong", "strong"], "\(forestClasses)")
        // ICT hardware (c14 with telecoms and IT services): RCA rises to 2005 and falls by 2011.
        let ict = try row("ICT", in: document).compactMap { $0 }
        let rca = ict.compactMap { ($0["indicators"] as? [String: Any])?["rca"] as? Double }
        #expect(rca.count == 4 && rca[2] > rca[1] && rca[3] < rca[2], "\(rca)")
        // Every change of class comes with its reasons.
        let changes = try #require(document["clusters"] as? [[String: Any]]).flatMap { row in
            (row["cells"] as? [Any] ?? []).compactMap { ($0 as? [String: Any])?["change"] as? [String: Any] }
        }
        #expect(!changes.isEmpty)
        #expect(changes.allSatisfy { ($0["reasons"] as? [String])?.isEmpty == false && $0["from"] as? String != $0["to"] as? String })

        let table = try run(["compare", "--template", "etla"] + graphs(Self.finland))
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("template 'etla' across 4 graphs (series)"))
        #expect(table.standardOutput.contains("2000 = FIN-2000; dynamics against FIN-1995"))
        #expect(table.standardOutput.contains("forest") && table.standardOutput.contains("strong (RCA 4.2)"))
        let csv = try run(["compare", "--template", "etla", "--format", "csv"] + graphs(Self.finland))
        let lines = csv.standardOutput.split(separator: "\n")
        #expect(lines.first == "cluster,graph,label,class,rca,world_share,output,export_share,internal_linkage,output_growth,change,reason")
        #expect(lines.count == 1 + 12 * 4)
    }

    @Test func finlandSwedenAndGermanyIn2011AreACrossSectionWithAChartInEveryFormat() throws {
        let directory = db.directory
        var charts: [String: Data] = [:]
        for format in ["png", "svg", "pdf"] {
            let path = directory.path("countries.\(format)")
            let document = try db.json(["compare", "--template", "etla", "--chart", path] + graphs(["FIN-2011", "SWE-2011", "DEU-2011"]))
            #expect(document["kind"] as? String == "cross-section")
            #expect((document["graphs"] as? [[String: Any]])?.compactMap { $0["label"] as? String } == ["FIN", "SWE", "DEU"])
            charts[format] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        #expect(charts["png"]?.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(charts["pdf"].map { String(decoding: $0.prefix(5), as: UTF8.self) } == "%PDF-")
        let svg = String(decoding: charts["svg"] ?? Data(), as: UTF8.self)
        #expect(svg.contains("FIN, SWE, DEU in 2011: template etla") && svg.contains("World export share") && svg.contains("Output share") && svg.contains("metals and machine"))
        #expect(svg.contains("forest · RCA, FIN: 3.63 (strong)"))
        let chosen = directory.path("forest.svg")
        #expect(try run(["compare", "--template", "etla", "--chart", chosen, "--cluster", "forest", "--indicator", "export_share"]
                        + graphs(["FIN-2011", "SWE-2011"])).status == 0)
        let forestOnly = try String(contentsOfFile: chosen, encoding: .utf8)
        #expect(forestOnly.contains("Export share") && !forestOnly.contains(">ICT<"))
    }

    @Test func refusesGraphsThatAreNotComparableUnlessForced() throws {
        let before = try databaseDump(db.path)
        let mixed = try run(["compare", "--template", "etla"] + graphs(["FIN-2011", "SWE-2005"]))
        #expect(mixed.status == 1)
        #expect(mixed.standardError.contains("neither one economy over years nor one year across economies (FIN-2011: FIN 2011, SWE-2005: SWE 2005)"))
        #expect(mixed.standardError.contains("add --force"))
        #expect(try databaseDump(db.path) == before, "compare only reads")
        let forced = try db.json(["compare", "--template", "etla", "--force"] + graphs(["FIN-2011", "SWE-2005"]))
        #expect(forced["forced"] as? Bool == true && forced["kind"] as? String == "mixed")

        #expect(try run(["describe", "SWE-2011", "--unit", "SEK million"]).status == 0)
        let units = try run(["compare", "--template", "etla"] + graphs(["FIN-2011", "SWE-2011"]))
        #expect(units.status == 1 && units.standardError.contains("the units differ (SEK million: SWE-2011; USD million: FIN-2011)"))

        let regional = Repository.path("Graphs/finland-io-2014")
        #expect(try run(["import", "io", "\(regional)/io2014.csv", "--graph", "fi2014", "--labels", "\(regional)/sectors.csv"]).status == 0)
        #expect(try run(["describe", "fi2014", "--economy", "FI", "--year", "2011"]).status == 0)
        let sectors = try run(["compare", "--template", "etla"] + graphs(["FIN-2011", "fi2014"]))
        #expect(sectors.status == 1 && sectors.standardError.contains("the sector sets differ: fi2014 lacks c1, c10"))

        let validation = try run(["compare", "--template", "etla", "--flows", "FIN-2011"] + graphs(["FIN-2011"]))
        #expect(validation.status != 0 && validation.standardError.contains("--earlier GRAPH=EARLIER"))
    }

    @Test func describeRecordsAndClearsWhatAGraphStandsFor() throws {
        let shown = try db.json(["describe", "FIN-2011"])
        #expect(shown["economy"] as? String == "FIN" && shown["year"] as? Int == 2011 && shown["unit"] as? String == "USD million")
        let changed = try db.json(["describe", "FIN-2011", "--unit", "EUR million"])
        #expect(changed["economy"] as? String == "FIN" && changed["unit"] as? String == "EUR million")
        let cleared = try db.json(["describe", "FIN-2011", "--clear"])
        #expect(cleared["economy"] is NSNull && cleared["year"] is NSNull)
        let unknown = try run(["describe", "FIN-2012"])
        #expect(unknown.status == 1 && unknown.standardError.contains("did you mean 'FIN-2011'"))
    }
}

import Foundation
import Testing
import TestSupport

/// The main job end to end on the shipped Finland data: the report a user gets from `make demo`.
@Suite struct DemoTests {
    @Test func demoFindsTheForestClusterStrongAndWritesTheReport() throws {
        let directory = try TemporaryDirectory()
        let output = directory.path("demo")
        let result = try ClusterNetCLI.run(["demo", "--output", output, "--data", Repository.path("Graphs")])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("$ clusternet import io"))

        let clustersData = try Data(contentsOf: URL(fileURLWithPath: output + "/clusters.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: clustersData) as? [String: Any])
        let clusters = try #require(document["clusters"] as? [[String: Any]])
        func cluster(containing key: String) -> [String: Any]? {
            clusters.first { ($0["members"] as? [String])?.contains(key) == true }
        }
        let forest = try #require(cluster(containing: "17_18"))
        #expect(Set(forest["members"] as? [String] ?? []).isSuperset(of: ["02_03", "16", "17_18"]))
        #expect(forest["class"] as? String == "strong")
        // Construction materials sit with construction.
        #expect((cluster(containing: "23")?["members"] as? [String])?.contains("41_43") == true)

        let report = try String(contentsOfFile: output + "/report.md", encoding: .utf8)
        #expect(report.contains("# Industrial clusters in Finland, 2014"))
        #expect(report.contains("## How the classes are decided"))
        // The forest cluster's regions: where the mills are.
        let forestSection = try #require(report.components(separatedBy: "## Cluster ").first { $0.contains("(`17_18`)") })
        #expect(forestSection.contains("EtelaKarjala") && forestSection.contains("Kymenlaakso"))
        // Its support from chemicals and machine building, as the seed describes for Finland.
        #expect(forestSection.contains("Chemicals, refined petroleum, pharmaceuticals, rubber and plastics → Paper, pulp and printing"))
        #expect(forestSection.contains("Machinery and equipment n.e.c. → Paper, pulp and printing"))

        for diagram in ["clusters.svg", "key-sectors.svg"] {
            let svg = try String(contentsOfFile: output + "/" + diagram, encoding: .utf8)
            #expect(svg.contains("<svg"), "\(diagram) is not SVG")
        }
        let png = try Data(contentsOf: URL(fileURLWithPath: output + "/clusters.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func demoWithoutDataSaysWhereToRunIt() throws {
        let directory = try TemporaryDirectory()
        let result = try ClusterNetCLI.run(["demo", "--output", directory.path("out"), "--data", directory.path("nowhere")])
        #expect(result.status != 0)
        #expect(result.standardError.hasPrefix("error: "))
        #expect(result.standardError.contains("--data"))
    }
}

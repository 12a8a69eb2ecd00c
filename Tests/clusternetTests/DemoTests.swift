import Foundation
import Testing
import TestSupport

/// The main job end to end on the shipped Finland data: `clusternet demo`, run from any folder and
/// from an installed copy, is `report` on WIOD's Finland series with the regional tables.
@Suite struct DemoTests {
    private struct Outcome {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// Runs `executable ARGUMENTS` in `folder`, with `data` as CLUSTERNET_DATA (nil: unset).
    private func run(_ executable: String, _ arguments: [String], in folder: String, data: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["CLUSTERNET_DATA"] = data
        environment["CLUSTERNET_DB"] = nil
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let standardOutput = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let standardError = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, standardOutput: standardOutput, standardError: standardError)
    }

    @Test func demoFromAnotherFolderClassifiesFinlandsNationalClustersWithWorldDataAndDynamics() throws {
        let directory = try TemporaryDirectory()
        let result = try run(ClusterNetCLI.executableURL.path, ["demo", "--output", "finland"], in: directory.path(""))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("forest: strong in FIN-1995, unclassified in FIN-2000, strong in FIN-2005, strong in FIN-2011"))
        let output = directory.path("finland")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/report.json"))) as? [String: Any])
        let series = try #require(document["series"] as? [[String: Any]])
        #expect(series.map { $0["graph"] as? String } == ["FIN-1995", "FIN-2000", "FIN-2005", "FIN-2011"])
        for (index, step) in series.enumerated() {
            let clusters = try #require(step["clusters"] as? [[String: Any]])
            #expect(!clusters.isEmpty)
            for cluster in clusters {
                let indicators = try #require(cluster["indicators"] as? [String: Any])
                #expect(indicators["rca"] is Double && indicators["world_share"] is Double)
                let reasons = cluster["reasons"] as? [String] ?? []
                let untested = reasons.filter { $0.contains("(not tested)") || $0.contains("(undecided)") }
                if index == 0 {
                    // The first year has no earlier one: only dynamics (and R&D, not shipped) go untested.
                    #expect(untested.allSatisfy { $0.contains("since the earlier graph") || $0.contains("R&D intensity") }, "\(untested)")
                } else {
                    // RCA, world share and dynamics are tested for every national cluster.
                    #expect(untested.allSatisfy { $0.contains("R&D intensity") }, "\(step["graph"] ?? "") \(cluster["name"] ?? ""): \(untested)")
                    #expect(indicators["output_growth"] is Double && indicators["world_share_growth"] is Double)
                }
            }
        }
        let latest = try #require(series.last?["clusters"] as? [[String: Any]])
        let ict = try #require(latest.first { $0["name"] as? String == "ICT" })
        #expect((ict["reasons"] as? [String] ?? []).contains { $0.contains("c14 1.732 → 1.146 (fell)") })
        // Where the forest family concentrates: location quotients equal to pandas on the regional file.
        let golden = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().appendingPathComponent("Golden/maturity-indicators.json"))) as? [String: Any])
        let expected = try #require(golden["forest_family_lq_2014"] as? [String: Double])
        let classes = try #require(document["classes"] as? [[String: Any]])
        let regions = try #require(classes.first { $0["cluster"] as? String == "forest" }?["regions"] as? [[String: Any]])
        #expect(regions.count == expected.count)
        for place in regions {
            let region = try #require(place["region"] as? String)
            #expect(abs((place["lq"] as? Double ?? 0) - (expected[region] ?? -1)) < 1e-9, "\(region)")
        }
        // Local sectors are the local economy, reported apart.
        #expect(((series.last?["local_economy"] as? [String: Any])?["members"] as? [String])?.contains("c18") == true)

        let report = try String(contentsOfFile: output + "/report.md", encoding: .utf8)
        #expect(report.contains("# Industrial clusters of Finland, 1995–2011"))
        #expect(report.contains("| forest (c1, c6, c7) | **strong**, RCA 4.205 | **unclassified**, RCA 4.376 | **strong**, RCA 3.652 | **strong**, RCA 3.629 |"))
        // The regional tables say where the forest cluster concentrates: where the mills are.
        let forest = try #require(report.components(separatedBy: "\n## ").first { $0.hasPrefix("forest — strong") })
        #expect(forest.contains("**Where it concentrates**") && forest.contains("EtelaKarjala (LQ 3.97, 3 stars, strong)"))
        #expect(report.contains("inter-regional trade"))
        let svg = try String(contentsOfFile: output + "/clusters.svg", encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("forest"))
        let png = try Data(contentsOf: URL(fileURLWithPath: output + "/clusters.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func anInstalledCopyFindsItsDataUnderShare() throws {
        let directory = try TemporaryDirectory()
        let manager = FileManager.default
        let bin = directory.path("prefix/bin"), share = directory.path("prefix/share/clusternet/Graphs")
        try manager.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try manager.createDirectory(atPath: share, withIntermediateDirectories: true)
        try manager.copyItem(atPath: ClusterNetCLI.executableURL.path, toPath: bin + "/clusternet")
        for folder in ["wiod-2013", "finland-io-2014"] {
            try manager.copyItem(atPath: Repository.path("Graphs/" + folder), toPath: share + "/" + folder)
        }
        let result = try run(bin + "/clusternet", ["demo", "--output", "out"], in: directory.path(""))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(manager.fileExists(atPath: directory.path("out/report.md")))
        // Without the shared folder it says where it looked; CLUSTERNET_DATA points elsewhere.
        try manager.removeItem(atPath: directory.path("prefix/share"))
        let lost = try run(bin + "/clusternet", ["demo", "--output", "lost"], in: directory.path(""))
        #expect(lost.status != 0)
        #expect(lost.standardError.contains("share/clusternet/Graphs") && lost.standardError.contains("CLUSTERNET_DATA"))
        let found = try run(bin + "/clusternet", ["demo", "--output", "found"], in: directory.path(""), data: Repository.path("Graphs"))
        #expect(found.status == 0, "\(found.standardError)")
    }

    @Test func demoWithoutDataSaysWhereToFindIt() throws {
        let directory = try TemporaryDirectory()
        let result = try run(ClusterNetCLI.executableURL.path, ["demo", "--output", "out", "--data", directory.path("nowhere")], in: directory.path(""))
        #expect(result.status != 0)
        #expect(result.standardError.hasPrefix("error: "))
        #expect(result.standardError.contains("--data"))
    }
}

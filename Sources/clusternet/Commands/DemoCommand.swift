import ArgumentParser
import Foundation

/// `clusternet demo`: the main job on the shipped Finland 2014 data — import, analyse, classify,
/// render, report.
///
/// ```
/// $ clusternet demo --output demo-output
/// $ clusternet import io Graphs/finland-io-2014/io2014.csv --graph fi2014 --labels … --replace
/// …
/// report: demo-output/report.md
/// ```
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole job on Finland's 2014 regional tables and write a report.",
        discussion: """
            Imports Graphs/finland-io-2014 (19 regions and the national sum), derives the linkage-strength \
            graph, finds clusters with Leiden, classifies their maturity, compares them with the four \
            cluster models, computes regional specialisation, renders the diagrams and writes \
            OUTPUT/report.md. Each step is an ordinary clusternet command, echoed on stderr so you can \
            rerun or change it. The database is OUTPUT/clusternet.sqlite unless --db is given.
            """)

    @Option(help: ArgumentHelp("Where the report, diagrams and JSON results go.", valueName: "dir"))
    var output = "demo-output"

    @Option(help: ArgumentHelp("The folder holding finland-io-2014/ (the repository's Graphs/).", valueName: "dir"))
    var data = "Graphs"

    @Option(help: "Drop linkage-strength links weaker than this before finding clusters.")
    var threshold = 0.1

    @Option(help: "Seed of community detection.")
    var seed: UInt64 = 1

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let outputDirectory = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        // Paths stay as the user gave them, so the commands in the report can be rerun from the same place.
        let table = data + "/finland-io-2014"
        guard FileManager.default.fileExists(atPath: table + "/io2014.csv") else {
            throw ValidationError("No Finland table at \(table)/io2014.csv: run the demo from the repository root, or pass --data DIR.")
        }
        let database = global.db ?? output + "/clusternet.sqlite"
        let runner = DemoRunner(
            executable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
            database: database, outputDirectory: outputDirectory)
        var commands = ["export CLUSTERNET_DB=\(database)"]
        func step(_ arguments: [String], saveAs file: String? = nil) throws {
            try runner.run(arguments, saveAs: file)
            commands.append(DemoRunner.commandLine(arguments, saveAs: file.map { output + "/" + $0 }))
        }

        try step(["import", "io", table + "/io2014.csv", "--graph", "fi2014", "--labels", table + "/sectors.csv", "--replace"])
        try step(["nodes", "--graph", "fi2014", "--format", "json"], saveAs: "nodes.json")
        try step(["linkages", "--graph", "fi2014", "--format", "json"], saveAs: "linkages.json")
        try step(["linkages", "--graph", "fi2014", "--derive", "strength", "--threshold", "\(threshold)",
                  "--save", "fi2014-strength", "--replace"])
        try step(["communities", "--graph", "fi2014-strength", "--method", "leiden", "--seed", "\(seed)",
                  "--save", "clusters", "--format", "json"], saveAs: "communities.json")
        try step(["clusters", "--graph", "fi2014-strength", "--partition", "clusters", "--flows", "fi2014",
                  "--format", "json"], saveAs: "clusters.json")
        let clusters = try runner.decode(DemoDocuments.Clusters.self, from: "clusters.json")
        var models: [Int: DemoDocuments.Models] = [:]
        for cluster in clusters.clusters {
            let file = "models-\(cluster.id).json"
            try step(["models", "--graph", "fi2014-strength", "--partition", "clusters", "--cluster", "\(cluster.id)",
                      "--flows", "fi2014", "--format", "json"], saveAs: file)
            models[cluster.id] = try runner.decode(DemoDocuments.Models.self, from: file)
        }
        try step(["specialisation", "--graph", "fi2014", "--partition", "clusters", "--partition-graph", "fi2014-strength",
                  "--format", "json"], saveAs: "specialisation.json")
        let diagrams = DemoReport.Diagrams(clusters: "clusters.svg", clustersPNG: "clusters.png", keySectors: "key-sectors.svg")
        for file in [diagrams.clusters, diagrams.clustersPNG] {
            try step(["render", "--graph", "fi2014-strength", "--partition", "clusters", "--maturity", "--flows", "fi2014",
                      "--title", "Finland 2014: clusters by maturity", "--output", output + "/" + file])
        }
        try step(["render", "--graph", "fi2014", "--key-sectors", "--title", "Finland 2014: key sectors",
                  "--output", output + "/" + diagrams.keySectors])

        let report = DemoReport(
            commands: commands,
            nodes: try runner.decode(DemoDocuments.Nodes.self, from: "nodes.json"),
            linkages: try runner.decode(DemoDocuments.Linkages.self, from: "linkages.json"),
            communities: try runner.decode(DemoDocuments.Communities.self, from: "communities.json"),
            clusters: clusters, models: models,
            specialisation: try runner.decode(DemoDocuments.Specialisation.self, from: "specialisation.json"),
            diagrams: diagrams, threshold: threshold)
        let reportURL = outputDirectory.appendingPathComponent("report.md")
        try CommandDestination.write(to: reportURL.path, database: database) { try $0.write(report.markdown()) }
        let strong = clusters.clusters.filter { $0.class == "strong" }.map { $0.members.joined(separator: ", ") }
        Terminal.writeStandardOutput("""
            \(clusters.clusters.count) clusters; strong: \(strong.isEmpty ? "none" : strong.joined(separator: " | "))
            report: \(reportURL.path)

            """)
    }
}

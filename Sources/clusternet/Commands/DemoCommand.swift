import ArgumentParser
import ClusterWorkflows
import Foundation
import ResultFormat

/// `clusternet demo`: `report` on the shipped Finland data, from any working directory.
///
/// ```
/// $ cd /tmp && clusternet demo --output finland
/// forest: strong in FIN-1995, unclassified in FIN-2000, strong in FIN-2005, strong in FIN-2011
/// …
/// report: finland/report.md
/// ```
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole job on the shipped Finland data and write a report.",
        discussion: """
            Imports WIOD's national tables of Finland for 1995, 2000, 2005 and 2011 with world \
            exports, and Finland's 2014 regional tables; classifies ETLA's cluster families \
            (Graphs/wiod-2013/clusters.csv) in every year with RCA, world share and dynamics, local \
            sectors apart; says where each cluster concentrates among the regions through \
            Graphs/finland-io-2014/wiod-concordance.csv; writes OUTPUT/report.md, report.json and \
            the cluster diagram. It is `clusternet report` on that data (the commands are in the \
            report). The data is found next to the executable (a build inside the repository, or \
            PREFIX/share/clusternet/Graphs for one installed in PREFIX/bin), in $CLUSTERNET_DATA, \
            or with --data DIR. The database is OUTPUT/clusternet.sqlite unless --db is given.
            """)

    @Option(help: ArgumentHelp("Where the report, diagrams and database go.", valueName: "dir"))
    var output = "demo-output"

    @Option(help: ArgumentHelp("The folder holding wiod-2013/ and finland-io-2014/ (the repository's Graphs/); default: found.", valueName: "dir"))
    var data: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let shipped: ShippedData
        do {
            shipped = try ShippedData.locate(explicit: data)
        } catch let missing as ShippedData.NotFound {
            throw ValidationError("\(missing.description). Pass --data DIR (the repository's Graphs folder) or set CLUSTERNET_DATA.")
        }
        let folder = URL(fileURLWithPath: output)
        try OutputFolder.create(folder.path)
        let store = try GlobalOptions.parse(["--db", global.db ?? folder.appendingPathComponent("clusternet.sqlite").path]).openStore()
        let commands = try ShippedDemo.importData(shipped, into: store)
        let report = try ClusterReport(store: store, request: try ShippedDemo.request(shipped))
        let file = try report.write(to: folder, reproduce: commands, protecting: [store.path])
        for cluster in report.latest.traded {
            let history = report.history(of: cluster).map { "\($0.cluster?.maturity.rawValue ?? "—") in \($0.graph)" }
            Terminal.writeStandardOutput("\(report.name(of: cluster)): " + history.joined(separator: ", ") + "\n")
        }
        Terminal.writeStandardOutput("report: \(file.relativePath)\n")
    }
}

import ArgumentParser
import ClusterGraph
import ClusterStore
import ClusterWorkflows
import InputOutput
import ResultFormat

extension SizeMeasure: ExpressibleByArgument {}

/// `clusternet specialisation`: location quotients, European Cluster Observatory stars, the US Cluster
/// Mapping "strong" rule and export orientation of every region's sectors (or clusters).
///
/// ```
/// $ clusternet specialisation --graph fi2014 --sector 17_18
/// $ clusternet specialisation --graph fi2014 --partition forest --measure wages --format json
/// ```
struct SpecialisationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specialisation",
        abstract: "Location quotients, cluster stars and export orientation per region.",
        discussion: """
            Regions are the graphs named GRAPH/REGION; national sizes come from GRAPH (or the sum of \
            the regions when it does not exist). LQ = (E_cr/E_r)/(E_c/E) with E the --measure. \
            Stars (European Cluster Observatory): size in the top 10 % of regions, LQ >= 2, focus \
            (share of the region) in the top 10 %. Strong (US Cluster Mapping): LQ >= 75th percentile \
            over regions and >= 1, size above the 25th percentile. Each star states its reason. \
            With --partition NAME, sectors are summed into the partition's communities.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The national graph name; regions are the graphs NAME/REGION.")
    var graph: String

    @Option(help: "Size measure: output, wages, value_added or employment.")
    var measure: SizeMeasure = .output

    @Option(help: "Show only this region.")
    var region: String?

    @Option(help: "Show only this sector (or cluster id with --partition).")
    var sector: String?

    @Option(help: "Sum sectors into the communities of this saved partition.")
    var partition: String?

    @Option(help: "The graph the partition was saved on (default: found by name).")
    var partitionGraph: String?

    @Flag(help: "Print 'timings: load=S compute=S' on stderr.")
    var timings = false

    func run() throws {
        var timer = PhaseTimer()
        let options = SpecialisationOptions(graph: graph, measure: measure, region: region, sector: sector,
                                            partition: partition, partitionGraph: partitionGraph)
        let report = try SpecialisationReport(store: try global.openStore(writing: false), options: options) { timer.finish($0) }
        timer.report(if: timings)
        CommandOutput(json: report.json(), table: report.resultTable(), notes: [
            "Measure: \(measure.rawValue); national sizes: \(report.nationalSource); \(report.table.regions.count) regions.",
        ]).print(as: global.format)
    }
}

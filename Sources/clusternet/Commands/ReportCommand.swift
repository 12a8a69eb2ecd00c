import ArgumentParser
import ClusterWorkflows
import Foundation

/// `clusternet report --graph G … --output DIR`: the report on a graph or a series of graphs.
///
/// ```
/// $ clusternet report --graph FIN-2005 --graph FIN-2011 --clusters Graphs/wiod-2013/clusters.csv --output out
/// report: out/report.md
/// ```
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report on the clusters of a graph or a series of graphs: classes, reasons, models, regions.",
        discussion: """
            Give one --graph, or several in time order (each is compared with the one before for \
            dynamics; the last is reported in full). Clusters come from --clusters FILE (a fixed \
            `key,cluster` definition applied to every graph, such as Graphs/wiod-2013/clusters.csv), \
            else --partition NAME saved on each graph, else Leiden on each. --regions GRAPH (the \
            national sum of regional tables imported with `import io`) with --concordance FILE \
            (`key,wiod`: each regional sector's counterpart among the graph's keys) adds where each \
            cluster concentrates. Writes DIR/report.md, DIR/report.json, DIR/clusters.svg and \
            DIR/clusters.png. The assessment options are those of `clusters`.

              $ clusternet report --graph FIN-1995 --graph FIN-2000 --graph FIN-2005 --graph FIN-2011 \\
                  --clusters Graphs/wiod-2013/clusters.csv --regions fi2014 \\
                  --concordance Graphs/finland-io-2014/wiod-concordance.csv --output report
              report: report/report.md
            """)

    @Option(help: "A graph of the series, earliest first; repeat for several.")
    var graph: [String]

    @Option(help: ArgumentHelp("A `key,cluster` file defining the clusters on every graph.", valueName: "file"))
    var clusters: String?

    @Option(help: "A partition saved on each graph (when no --clusters).")
    var partition: String?

    @Option(help: "The national graph of a set of regional graphs (GRAPH/REGION), for where clusters concentrate.")
    var regions: String?

    @Option(help: ArgumentHelp("A `key,wiod` file mapping the regional sectors onto the graph's keys.", valueName: "file"))
    var concordance: String?

    @Option(help: "The report's title.")
    var title: String?

    @Option(help: ArgumentHelp("Where the report and diagrams go.", valueName: "dir"))
    var output = "report"

    @OptionGroup var assessment: AssessmentArguments

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if graph.isEmpty { throw ValidationError("Name at least one --graph.") }
        if clusters != nil && partition != nil { throw ValidationError("Choose one of --clusters and --partition.") }
        if (regions == nil) != (concordance == nil) { throw ValidationError("--regions and --concordance go together.") }
        if assessment.compare != nil { throw ValidationError("A report compares each --graph with the one before; give the earlier graph as another --graph instead of --compare.") }
    }

    func run() throws {
        var options = try assessment.options(graph: graph[graph.count - 1], partition: partition)
        options.compare = nil
        let request = ReportRequest(graphs: graph, options: options, definition: try clusters.map { try ClusterDefinition.load(path: $0) },
                                    regions: regions, concordance: try concordance.map { try SectorConcordance.load(path: $0, target: "wiod") },
                                    title: title)
        let store = try global.openStore(writing: false)
        let report = try ClusterReport(store: store, request: request)
        let file = try report.write(to: URL(fileURLWithPath: output), protecting: [store.path])
        Terminal.writeStandardOutput("report: \(file.relativePath)\n")
    }
}

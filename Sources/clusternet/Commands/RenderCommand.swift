import ArgumentParser
import ClusterRender
import ClusterWorkflows
import Foundation
import ResultFormat

extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}
extension Aggregation: ExpressibleByArgument {}

/// `clusternet render --graph G [--partition NAME] [--output FILE]`: diagrams through Graphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a linkage graph, its clusters by maturity, a supplier pyramid or the key-sector chart.",
        discussion: """
            The linkage graph shows link width by weight and node size by the `output` attribute; \
            each node keeps its --top K heaviest links (default 3, 0 = all) and --threshold hides \
            lighter links. --partition NAME draws a saved partition as boxes; --maturity classifies \
            the clusters exactly as `clusters` does with the same options (saved partition, else Leiden \
            with --seed and --resolution; --flows, --compare, --reference, --rules) and colours them \
            strong / stable / potential / latent with a legend. --lead KEY draws the supplier \
            pyramid under that firm; --maturity --cluster ID draws one cluster with the flows between its members; --key-sectors draws backward against forward linkage (SVG). \
            The format follows --output's extension (.svg, .png, .pdf, .dot) unless --format \
            says otherwise; without --output the SVG goes to standard output. Graphs above \
            --node-limit nodes (default 5,000) are aggregated: each cluster of --partition (or, \
            without one, each community Louvain finds, seed 1) is drawn as one node, the 49 \
            largest on their own and the rest together; --aggregate always draws that overview \
            at any size, never draws every node. Notes on stderr say what was aggregated or left out. \
            Graphviz runs inside the process; the same input gives the same bytes.
            """)

    @Option(help: "The graph to draw.")
    var graph: String

    @Option(help: "A partition saved on the graph, drawn as cluster boxes.")
    var partition: String?

    @Flag(help: "Colour clusters by maturity class, as `clusters` classifies them with the same options (Leiden clusters when no --partition).")
    var maturity = false

    /// With --maturity: the same options as `clusters`, so the colours are the table's classes.
    @OptionGroup(title: "Maturity options (with --maturity, as in `clusters`)")
    var assessment: AssessmentArguments

    @Option(help: ArgumentHelp("With --maturity: a `key,cluster` file defining the clusters instead of a partition, as in `clusters`.",
                               valueName: "file"))
    var clusters: String?

    @Option(help: "With --maturity: draw only this cluster, its members and the flows between them (from the flows graph).")
    var cluster: Int?

    @Option(help: "Draw the supplier pyramid under this lead firm instead.")
    var lead: String?

    @Flag(name: .customLong("key-sectors"), help: "Draw the key-sector chart (backward vs forward linkage) instead; SVG only.")
    var keySectors = false

    @Option(help: "Layout engine: dot, neato, fdp, sfdp or circo (default: chosen by size and clusters).")
    var engine: LayoutEngine?

    @Option(help: ArgumentHelp("Where to write the diagram (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: "svg, png, pdf or dot (default: from --output's extension, else svg).")
    var format: RenderFormat?

    @Option(help: "Keep each node's K heaviest links; 0 keeps all.")
    var top = 3

    @Option(help: "Hide links lighter than this.")
    var threshold: Double?

    @Option(help: "auto: aggregate above --node-limit nodes; always; never.")
    var aggregate: Aggregation = .auto

    @Option(name: .customLong("node-limit"), help: "Aggregate graphs with more nodes than this.")
    var nodeLimit = 5_000

    @Option(help: "Title drawn above the diagram.")
    var title: String?

    @Option(help: ArgumentHelp("The database file.", discussion: "Default: $CLUSTERNET_DB, else ./clusternet.sqlite.", valueName: "path"))
    var db: String?

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 (all links) or more.") }
        if nodeLimit < 1 { throw ValidationError("--node-limit must be at least 1.") }
        if lead != nil, keySectors { throw ValidationError("Choose one of --lead and --key-sectors.") }
        if cluster != nil, !maturity { throw ValidationError("--cluster draws one cluster of the maturity classes; add --maturity.") }
        if clusters != nil, !maturity || partition != nil {
            throw ValidationError("--clusters defines the clusters of --maturity; it goes with --maturity and without --partition.")
        }
        if !maturity, assessment.isCustomised {
            throw ValidationError("--flows, --compare, --reference, --rules, --seed, --resolution, --sector-types and --include-local decide maturity classes; add --maturity.")
        }
        if let output, format == nil, RenderFormat(path: output) == nil {
            throw ValidationError("Cannot tell the format from '\(output)'; name a .svg, .png, .pdf or .dot file, or pass --format.")
        }
        if keySectors, (format ?? output.flatMap(RenderFormat.init(path:)) ?? .svg) != .svg {
            throw ValidationError("The key-sector chart is drawn as SVG only; write it to a .svg file (or pass --format svg).")
        }
    }

    func run() throws {
        // `--format` here names a file format, so the shared options (whose --format is
        // table|json|csv) are parsed from --db alone.
        let store = try GlobalOptions.parse(db.map { ["--db", $0] } ?? []).openStore(writing: false)
        // Checked before the drawing is made, so a path that cannot be written fails at once.
        if let output { try OutputFile.check(output, protecting: [store.path]) }
        let chosenFormat = format ?? output.flatMap(RenderFormat.init(path:)) ?? .svg
        let bytes: [UInt8]
        if keySectors {
            bytes = Array(try KeySectorChart.svg(store: store, graph: graph, title: title).utf8)
        } else {
            var maturityOptions = maturity ? try assessment.options(graph: graph, partition: partition) : nil
            maturityOptions?.definition = try clusters.map { try ClusterDefinition.load(path: $0) }
            let request = DiagramRequest(
                graph: graph, partition: partition, maturity: maturityOptions,
                cluster: cluster, lead: lead, engine: engine, top: top, threshold: threshold,
                aggregate: aggregate, nodeLimit: nodeLimit, title: title)
            let diagram = try request.diagram(store: store, progress: Terminal.progress("reading the links of \(graph)"))
            for note in diagram.notes { Terminal.writeStandardError("note: \(note)\n") }
            bytes = try diagram.render(format: chosenFormat)
        }
        try CommandDestination.write(to: output, database: store.path) { try $0.write(bytes) }
    }
}

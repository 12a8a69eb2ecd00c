import ArgumentParser
import ClusterAlgorithms
import ClusterAssessment
import ClusterGraph
import ClusterRender
import ClusterStore
import ClusterWorkflows
import Foundation
import InputOutput
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
            pyramid under that firm; --key-sectors draws backward against forward linkage (SVG). \
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
            let analysis = try LinkageAnalysis(graph: store.loadGraph(named: graph, linkKinds: ["io"]), graphName: graph)
            let points = analysis.sectors.map { KeySectorPoint(key: $0.key, label: $0.label ?? $0.key, backward: $0.backward, forward: $0.forward) }
            bytes = Array(KeySectorChart.svg(points, title: title).utf8)
        } else {
            let diagram = try makeDiagram(store: store)
            for note in diagram.notes { Terminal.writeStandardError("note: \(note)\n") }
            bytes = try diagram.render(format: chosenFormat)
        }
        try CommandDestination.write(to: output, database: store.path) { try $0.write(bytes) }
    }

    private func makeDiagram(store: LinkageStore) throws -> Diagram {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let drawn = try store.loadGraph(named: graph, threads: cores)
        if let lead {
            let tiers = try SupplierTiers(graph: drawn, lead: lead, graphName: graph)
            return try SupplierPyramidDiagram.make(graph: drawn, lead: lead, tiers: tiers.tiers.map { $0.map { drawn.keys[$0] } },
                                                   options: .init(title: title))
        }
        var clusters: [RenderedCluster] = []
        var source = "clusters of partition '\(partition ?? "")'"
        if maturity {
            let options = try assessment.options(graph: graph, partition: partition)
            let assessed = try PartitionAssessment(AssessmentInputs(store: store, options: options))
            if partition == nil { source = "clusters found by Leiden" }
            clusters = RenderedCluster.clusters(from: assessed.partition, graph: assessed.inputs.structure,
                                                maturity: assessed.classByCommunity)
        } else if let partition {
            clusters = RenderedCluster.clusters(from: try store.loadPartition(graph: graph, name: partition), graph: drawn)
        } else if aggregate == .always || (aggregate == .auto && drawn.nodeCount > nodeLimit) {
            // Too many nodes and no clusters given: find some to aggregate by.
            let seed: UInt64 = 1
            clusters = RenderedCluster.clusters(from: try drawn.communities(CommunityOptions(method: .louvain, seed: seed, threads: cores)).partition,
                                                graph: drawn)
            source = "communities found by Louvain (seed \(seed))"
        }
        let options = LinkageDiagramOptions(title: title, topLinksPerNode: top == 0 ? nil : top, minimumWeight: threshold,
                                            nodeLimit: nodeLimit, aggregation: aggregate, clusterSource: source)
        return LinkageDiagram.make(graph: drawn, clusters: clusters, options: options, engine: engine)
    }
}

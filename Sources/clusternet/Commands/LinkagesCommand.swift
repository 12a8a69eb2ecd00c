import ArgumentParser
import ClusterGraph
import ClusterStore
import ClusterWorkflows
import InputOutput
import ResultFormat

extension ForwardConvention: ExpressibleByArgument {}

/// `clusternet linkages`: multipliers, Rasmussen–Hirschman indices and key sectors of an I-O graph,
/// or (with `--derive strength`) the linkage-strength graph saved for community detection.
///
/// ```
/// $ clusternet linkages --graph de1995 --format json
/// $ clusternet linkages --graph fi2014 --derive strength --save fi2014-strength --top 5
/// ```
struct LinkagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linkages",
        abstract: "Output multipliers, backward/forward linkages and key sectors of an input-output graph.",
        discussion: """
            Reads the graph's `io` links (z_ij: i sells to j) and each sector's `output` attribute. \
            Backward linkage BL_j = n·Σ_i l_ij / Σ_ij l_ij (Leontief inverse L); forward linkage \
            FL_i = n·Σ_j g_ij / Σ_ij g_ij (Ghosh inverse G, default) or rows of L \
            (--forward leontief). Type: key (both > 1), backward-oriented, forward-oriented, weak. \
            Sectors with zero output and no flows are left out with a notice.

            --derive strength --save NAME stores the undirected linkage-strength graph \
            S_ij = max(z_ij/Σ_k z_kj, z_ij/Σ_k z_ik, z_ji/Σ_k z_ki, z_ji/Σ_k z_jk) instead.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The input-output graph.")
    var graph: String

    @Option(help: "Forward linkages from the Ghosh inverse (ghosh) or from rows of the Leontief inverse (leontief).")
    var forward: ForwardConvention = .ghosh

    @Option(help: ArgumentHelp("Derive a graph instead of printing linkages: 'strength'.", valueName: "strength"))
    var derive: String?

    @Option(help: "Name of the derived graph (with --derive).")
    var save: String?

    @Option(help: "Drop derived links weaker than this (with --derive).")
    var threshold: Double?

    @Option(help: "Keep each sector's K strongest derived links (with --derive).")
    var top: Int?

    @Flag(help: "Replace the derived graph if it exists.")
    var replace = false

    @Flag(help: "Print 'timings: load=S compute=S' on stderr.")
    var timings = false

    func validate() throws {
        if let derive, derive != "strength" { throw ValidationError("--derive takes 'strength', not '\(derive)'.") }
        if derive != nil, save == nil { throw ValidationError("--derive strength needs --save NAME for the new graph.") }
        if derive == nil, save != nil || threshold != nil || top != nil {
            throw ValidationError("--save, --threshold and --top go with --derive strength.")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
        if let threshold, !(threshold >= 0 && threshold <= 1) { throw ValidationError("--threshold must be between 0 and 1.") }
    }

    func run() throws {
        var timer = PhaseTimer()
        let store = try global.openStore(writing: save != nil)
        let flows = try store.loadGraph(named: graph, linkKinds: ["io"])
        timer.finish("load")
        guard flows.linkCount > 0 else { throw LinkageAnalysisError.noFlows(graph: graph) }
        if let save {
            let strength = LinkageStrength(graph: flows, graphName: graph, threshold: threshold, topK: top)
            timer.finish("compute")
            try store.writeGraph(
                GraphContents(name: save, isDirected: false, description: strength.description, source: graph,
                              nodes: strength.nodes, links: strength.links),
                mode: replace ? .replace : .create)
            timer.finish("save")
            timer.report(if: timings)
            derivedOutput(strength, name: save).print(as: global.format)
            return
        }
        let analysis = try LinkageAnalysis(graph: flows, graphName: graph, forward: forward)
        timer.finish("compute")
        timer.report(if: timings)
        output(analysis).print(as: global.format)
    }

    private func output(_ analysis: LinkageAnalysis) -> CommandOutput {
        CommandOutput(json: analysis.json(graph: graph), table: analysis.resultTable(), notes: analysis.notices)
    }

    private func derivedOutput(_ strength: LinkageStrength, name: String) -> CommandOutput {
        let json = JSONValue.object([
            ("graph", .string(name)),
            ("derived_from", .string(graph)),
            ("kind", .string(LinkageStrength.linkKind)),
            ("nodes", .number(strength.nodes.count)),
            ("links", .number(strength.links.count)),
            ("description", .string(strength.description)),
        ])
        let table = ResultTable(
            columns: ["graph", "derived_from", "nodes", "links"],
            rows: [[.string(name), .string(graph), .number(strength.nodes.count), .number(strength.links.count)]])
        return CommandOutput(json: json, table: table, notes: [strength.description])
    }
}

import ArgumentParser
import ClusterStore
import ClusterWorkflows
import Foundation
import ResultFormat

/// `clusternet graphs`: the stored graphs with their size, direction, description and source.
struct GraphsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphs",
        abstract: "List the stored graphs.",
        discussion: """
            --check loads each graph as an analysis does (into memory, in compressed sparse rows) \
            and reports the loaded node and link counts; with --timings it prints \
            `timings: load=S` on stderr. --overview (with --graph) lists the graph's largest sectors \
            (by output, else by the weight of their links to others) and its heaviest links between two \
            different sectors, as the web page's graph overview does; CSV gives the links.
            """)

    @Option(help: "Only this graph.")
    var graph: String?

    @Flag(help: "Load each graph into memory as analyses do and report what was loaded.")
    var check = false

    @Flag(help: "With --check, print the load time on stderr.")
    var timings = false

    @Flag(help: "With --graph: the largest sectors and heaviest links instead of the summary.")
    var overview = false

    @Option(help: "With --overview: how many sectors and links to list.")
    var limit = 10

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if overview, graph == nil { throw ValidationError("--overview describes one graph; name it with --graph.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let store = try global.openStore(writing: false)
        if overview, let graph {
            let result = GraphOverview(graph: try store.loadGraph(named: graph), name: graph, limit: limit)
            let tables = result.tables()
            let sectors = tables.sectors.text(fitting: Terminal.columns).split(separator: "\n").map(String.init)
            CommandOutput(json: result.json(), table: tables.links,
                          notes: ["Largest sectors by \(result.measure):"] + sectors + ["", "Heaviest links:"]).print(as: global.format)
            return
        }
        let summaries = try graph.map { [try store.graph(named: $0)] } ?? store.graphs()
        var loaded: [String: (nodes: Int, links: Int)] = [:]
        if check {
            let start = DispatchTime.now()
            for summary in summaries {
                // As an analysis loads it (see AnalysisOptions): no node attributes, every core.
                let snapshot = try store.loadGraph(named: summary.name, attributes: false,
                                                   threads: ProcessInfo.processInfo.activeProcessorCount)
                loaded[summary.name] = (snapshot.nodeCount, snapshot.linkCount)
            }
            if timings {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
                Terminal.writeStandardError("timings: load=\(String(format: "%.3f", seconds))\n")
            }
        }
        var columns = ["name", "directed", "nodes", "links", "description", "source", "created_at", "updated_at"]
        if check { columns += ["loaded_nodes", "loaded_links"] }
        let objects: [[(String, JSONValue)]] = summaries.map { summary in
            var fields = summary.jsonFields
            if let counts = loaded[summary.name] {
                fields += [("loaded_nodes", .number(counts.nodes)), ("loaded_links", .number(counts.links))]
            }
            return fields
        }
        // On a terminal created_at gives way to the description; CSV keeps every column.
        let shown = { (column: String) in global.format != .table || column != "created_at" }
        CommandOutput(
            json: .object([("graphs", .array(objects.map(JSONValue.object)))]),
            table: ResultTable(columns: columns.filter(shown), rows: objects.map { $0.filter { shown($0.0) }.map(\.1) })
        ).print(as: global.format)
    }
}

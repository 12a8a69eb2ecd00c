import ArgumentParser
import ClusterStore
import GraphInterchange

/// `clusternet export --graph G --to FORMAT`: a stored graph for Gephi, networkx, Graphviz or a spreadsheet.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph as GraphML, GEXF, node-link JSON, CSV or DOT.",
        discussion: """
            graphml and gexf open in Gephi (typed attributes, direction, weights, labels); json is \
            networkx's node-link format (networkx.node_link_graph(data, edges="links")) and \
            `import json` reads it back; csv is the links file `import links` reads (with --nodes, \
            the nodes file `import nodes` reads); dot is Graphviz text. Rows stream from the database \
            to the output as they are read, so memory stays flat however large the graph. Written to \
            standard output unless --output is given; an existing file is replaced only once the \
            whole export is written (keeping its permissions), a symbolic link's target is written, \
            a device or named pipe is written in place, and the database itself is refused.

            Example:
              $ clusternet export --graph fi2014 --to graphml --output fi2014.graphml
              $ clusternet export --graph fi2014 --to csv --nodes > fi2014-nodes.csv
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case graphml, gexf, json, csv, dot
    }

    @Option(help: "The graph.")
    var graph: String

    @Option(help: "graphml, gexf, json, csv or dot.")
    var to: Format

    @Option(help: "The file to write (default: standard output).")
    var output: String?

    @Flag(help: "With --to csv: write the nodes file instead of the links file.")
    var nodes = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if nodes && to != .csv { throw ValidationError("--nodes goes with --to csv") }
    }

    func run() throws {
        let store = try global.openStore(writing: false)
        let format: GraphExport.Format = switch to {
        case .graphml: .graphml
        case .gexf: .gexf
        case .json: .json
        case .csv: nodes ? .csvNodes : .csv
        case .dot: .dot
        }
        try CommandDestination.write(to: output, database: store.path) { writer in
            try GraphExport.write(store, graph: graph, as: format, to: writer)
        }
    }
}

import ArgumentParser
import ClusterGraph
import ClusterStore
import Foundation
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
            the nodes file `import nodes` reads); dot is Graphviz text. Written to standard output \
            unless --output is given.
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
        let exported = try ExportedGraph(store: global.openStore(writing: false), graph: graph)
        let text: String
        switch to {
        case .graphml: text = GraphMLWriter.document(exported)
        case .gexf: text = GEXFWriter.document(exported)
        case .json: text = NodeLinkJSONWriter.document(exported).serialized(pretty: true) + "\n"
        case .csv: text = nodes ? CSVExport.nodes(exported) : CSVExport.links(exported)
        case .dot: text = DOTWriter.document(exported)
        }
        guard let output else {
            Terminal.writeStandardOutput(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw ExportFileError(path: output, reason: error.localizedDescription)
        }
    }
}

/// The export file cannot be written.
struct ExportFileError: UserFacingError {
    let path: String
    let reason: String

    var description: String { "cannot write '\(path)': \(reason); check that the folder exists and is writable" }
}

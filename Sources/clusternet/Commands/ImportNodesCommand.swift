import ArgumentParser
import ClusterStore

/// `clusternet import nodes FILE --graph G`: labels, kinds and attributes of nodes.
struct ImportNodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nodes",
        abstract: "Import a nodes file (header key[,label][,kind]) into a graph.",
        discussion: """
            Extra columns become node attributes (numbers when every value is a number, else text; \
            an empty cell is a missing value). The graph is created when new; in an existing graph \
            known keys are updated and new keys added. A key may appear once per file.
            """)

    @Argument(help: "The nodes file (comma, semicolon or tab separated, UTF-8).")
    var file: String

    @Option(help: "The graph to create or update.")
    var graph: String

    @Option(help: "The field separator: ',', ';' or 'tab'.")
    var delimiter: DelimiterOption?

    @OptionGroup var numberFormat: NumberFormatArguments

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let summary = try global.openStore().importNodes(file: file, graph: graph, delimiter: delimiter?.byte, numberFormat: numberFormat.options,
                                                         progress: Terminal.progress("importing \(file)"))
        summary.output.print(as: global.format)
    }
}

import ArgumentParser
import ClusterStore

/// `clusternet import links FILE --graph G`: a CSV/TSV of links into a graph, in one transaction.
struct ImportLinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Import a links file (header source,target[,weight][,kind]) into a graph.",
        discussion: """
            Extra columns become link attributes (numbers when every value is a number, else text). \
            Nodes named by the links are created unless --strict. Rows with the same source, target \
            and kind are summed. Weights must be finite and non-negative. Any bad row stops the \
            import with FILE:LINE:COLUMN and leaves the database as it was.
            """)

    @Argument(help: "The links file (comma, semicolon or tab separated, UTF-8).")
    var file: String

    @Option(help: "The graph to create or add to.")
    var graph: String

    @Flag(help: "Links have no direction (A–B is B–A).")
    var undirected = false

    @Flag(help: "Every source and target must already be a node (imported with `import nodes`).")
    var strict = false

    @Flag(help: "Replace the graph if it exists.")
    var replace = false

    @Flag(help: "Add to the graph if it exists (a link already stored gets the new weight added).")
    var append = false

    @Option(help: "The field separator: ',', ';' or 'tab'.")
    var delimiter: DelimiterOption?

    @Option(help: "The kind of links whose row has no kind.")
    var kind = "supplies"

    @Option(help: "What the graph shows.")
    var description = ""

    @Option(help: "Where the data comes from.")
    var source = ""

    @OptionGroup var numberFormat: NumberFormatArguments

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if replace && append { throw ValidationError("give --replace or --append, not both") }
    }

    func run() throws {
        let options = LinkImportOptions(
            graph: graph, isDirected: !undirected, strict: strict, mode: replace ? .replace : append ? .append : .create,
            delimiter: delimiter?.byte, numberFormat: numberFormat.options, defaultKind: kind, description: description, source: source)
        let summary = try global.openStore().importLinks(file: file, options: options, progress: Terminal.progress("importing \(file)"))
        summary.output.print(as: global.format)
    }
}

import ArgumentParser
import ClusterStore
import GraphInterchange
import ResultFormat

/// `clusternet import json FILE --graph G`: networkx node-link JSON (as `export --to json` writes it).
struct ImportJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Import a networkx node-link JSON file (as written by `export --to json`).",
        discussion: """
            Reads {"directed", "nodes": [{"id", "label", "kind", …}], "links": [{"source", "target", \
            "weight", "kind", …}]} ("edges" is accepted for "links"). Other node and link fields become \
            attributes. The whole file is one transaction.
            """)

    @Argument(help: "The JSON file.")
    var file: String

    @Option(help: "The graph to create.")
    var graph: String

    @Flag(help: "Replace the graph if it exists.")
    var replace = false

    @Flag(help: "Add to the graph if it exists.")
    var append = false

    @Option(help: "What the graph shows (default: the file's graph description).")
    var description: String?

    @Option(help: "Where the data comes from (default: the file's graph source, else the file name).")
    var source: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if replace && append { throw ValidationError("give --replace or --append, not both") }
    }

    func run() throws {
        var contents = try NodeLinkJSONReader.contents(bytes: InputFile.bytes(file), fileName: file, graph: graph)
        if let description { contents.description = description }
        if let source { contents.source = source }
        try global.openStore().writeGraph(contents, mode: replace ? .replace : append ? .append : .create)
        CommandOutput(
            json: .object([("graph", .string(graph)), ("directed", .bool(contents.isDirected)),
                           ("nodes", .number(contents.nodes.count)), ("links", .number(contents.links.count))]),
            table: ResultTable(columns: ["graph", "directed", "nodes", "links"],
                               rows: [[.string(graph), .bool(contents.isDirected), .number(contents.nodes.count), .number(contents.links.count)]])
        ).print(as: global.format)
    }
}

import ArgumentParser
import ClusterStore
import ResultFormat

/// `clusternet nodes --graph G`: the nodes of a graph with labels, kinds and attributes.
struct NodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nodes",
        abstract: "List the nodes of a graph with their attributes.")

    @Option(help: "The graph.")
    var graph: String

    @Option(help: "Only nodes of this kind (sector, firm, institution, …).")
    var kind: String?

    @Option(help: "At most this many nodes (in import order).")
    var limit: Int?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
    }

    func run() throws {
        let nodes = try global.openStore().nodes(graph: graph, kind: kind, limit: limit)
        let attributeNames = Set(nodes.flatMap(\.attributes.keys)).sorted()
        CommandOutput(
            json: .nodeList(graph: graph, nodes),
            table: ResultTable(columns: ["key", "label", "kind"] + attributeNames, rows: nodes.map { node in
                [.string(node.key), node.label.map(JSONValue.string) ?? .null, .string(node.kind)]
                    + attributeNames.map { name in node.attributes[name].map(JSONValue.init) ?? .null }
            })
        ).print(as: global.format)
    }
}

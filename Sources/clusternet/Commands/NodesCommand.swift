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
        try global.openStore(writing: false).withGraphStream(graph) { stream in
            let columns = try stream.nodeAttributeColumns(kind: kind, limit: limit).map(\.name)
            try CommandDestination.standardOutput { writer in
                let result = try ResultStream(writer, format: global.format.stream(), columns: ["key", "label", "kind"] + columns,
                                              jsonHead: [("graph", .string(graph))], rowsKey: "nodes")
                try stream.forEachNode(kind: kind, limit: limit) { node in
                    let label = node.label.map { JSONValue.string($0.string) } ?? .null
                    try result.append(
                        json: .object([("key", .string(node.key.string)), ("label", label), ("kind", .string(node.kind.string)),
                                       ("attributes", StreamedAttributes.object(node.attributes))]),
                        cells: [.string(node.key.string), label, .string(node.kind.string)]
                            + StreamedAttributes.cells(node.attributes, columns: columns))
                }
                try result.finish()
            }
        }
    }
}

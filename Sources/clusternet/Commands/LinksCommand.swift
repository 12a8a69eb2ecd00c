import ArgumentParser
import ClusterStore
import ResultFormat

/// `clusternet links --graph G`: the links of a graph, heaviest first, with filters.
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "List the links of a graph, heaviest first.",
        discussion: """
            A link points the way goods flow: source sells to target. `--to K` lists K's suppliers, \
            `--from K` its customers. In an undirected graph both match either end.
            """)

    @Option(help: "The graph.")
    var graph: String

    @Option(name: .customLong("from"), help: "Only links leaving this node key.")
    var fromKey: String?

    @Option(name: .customLong("to"), help: "Only links entering this node key.")
    var toKey: String?

    @Option(help: "Only links of this kind (supplies, io, strength, …).")
    var kind: String?

    @Option(help: "Only links with at least this weight.")
    var minWeight: Double?

    @Option(help: "At most this many links.")
    var limit: Int?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
        if let minWeight, !minWeight.isFinite { throw ValidationError("--min-weight must be a finite number") }
    }

    func run() throws {
        let filter = LinkFilter(from: fromKey, to: toKey, kind: kind, minWeight: minWeight, limit: limit)
        try global.openStore(writing: false).withGraphStream(graph) { stream in
            let columns = try stream.linkAttributeColumns(filter: filter).map(\.name)
            try CommandDestination.standardOutput { writer in
                let result = try ResultStream(writer, format: global.format.stream(),
                                              columns: ["source", "source label", "target", "target label", "weight", "kind"] + columns,
                                              jsonHead: [("graph", .string(graph))], rowsKey: "links")
                // Labels are for people and spreadsheets; JSON consumers join on keys themselves.
                try stream.forEachLink(filter: filter, labels: global.format != .json) { link in
                    try result.append(
                        json: .object([("source", .string(link.source.string)), ("target", .string(link.target.string)),
                                       ("weight", .number(link.weight)), ("kind", .string(link.kind.string)),
                                       ("attributes", StreamedAttributes.object(link.attributes))]),
                        cells: [.string(link.source.string), link.sourceLabel.map { .string($0.string) } ?? .null,
                                .string(link.target.string), link.targetLabel.map { .string($0.string) } ?? .null,
                                .number(link.weight), .string(link.kind.string)]
                            + StreamedAttributes.cells(link.attributes, columns: columns))
                }
                try result.finish()
            }
        }
    }
}

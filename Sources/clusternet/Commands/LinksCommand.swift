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
        let store = try global.openStore()
        let links = try store.links(graph: graph, filter: LinkFilter(from: fromKey, to: toKey, kind: kind, minWeight: minWeight, limit: limit))
        let labels = try labelsByKey(store, needed: Set(links.flatMap { [$0.source, $0.target] }))
        let attributeNames = Set(links.flatMap(\.attributes.keys)).sorted()
        CommandOutput(
            json: .linkList(graph: graph, links),
            table: ResultTable(columns: ["source", "source label", "target", "target label", "weight", "kind"] + attributeNames,
                               rows: links.map { link in
                [.string(link.source), labels[link.source].map(JSONValue.string) ?? .null,
                 .string(link.target), labels[link.target].map(JSONValue.string) ?? .null,
                 .number(link.weight), .string(link.kind)]
                    + attributeNames.map { name in link.attributes[name].map(JSONValue.init) ?? .null }
            })
        ).print(as: global.format)
    }

    /// Labels of the nodes a table or CSV shows (JSON consumers join on keys themselves).
    private func labelsByKey(_ store: LinkageStore, needed: Set<String>) throws -> [String: String] {
        guard global.format != .json, !needed.isEmpty else { return [:] }
        var labels: [String: String] = [:]
        for node in try store.nodes(graph: graph) where needed.contains(node.key) { labels[node.key] = node.label }
        return labels
    }
}

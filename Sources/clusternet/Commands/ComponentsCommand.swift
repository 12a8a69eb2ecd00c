import ArgumentParser
import ClusterAlgorithms
import ClusterGraph

/// `clusternet components --graph G`: weakly (or strongly) connected components.
struct ComponentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "components",
        abstract: "Connected components: weak (direction ignored) or, with --strong, strong.",
        discussion: """
            Components are listed largest first (equal sizes by smallest key), members in key order.
            JSON: {"components": [[keys]]}.
            """)

    @Option(help: "The graph.")
    var graph: String

    @Flag(help: "Strongly connected components (every member reaches every other along the links).")
    var strong = false

    @Option(help: "Save the components as a partition under this name (replacing one of the same name).")
    var save: String?

    @Flag(help: "Print `timings: load=S compute=S` on stderr.")
    var timings = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var timer = PhaseTimer()
        let store = try global.openStore()
        let linkageGraph = try store.loadGraph(named: graph)
        timer.finish("load")
        let partition = strong ? linkageGraph.strongComponents() : linkageGraph.weakComponents()
        timer.finish("compute")
        if let save {
            try store.savePartition(partition, graph: graph, name: save, method: strong ? "strong-components" : "weak-components",
                                    parameters: [:], replace: true)
        }
        let members = partition.members(keys: linkageGraph.keys)
        // Stable sort: equal sizes keep the canonical (smallest key) order.
        let components = members.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element)
        CommandOutput(
            json: .object([("components", .array(components.map(JSONValue.strings)))]),
            table: ResultTable(columns: ["component", "size", "members"], rows: components.enumerated().map { index, keys in
                [.number(index + 1), .number(keys.count), .strings(keys)]
            }),
            notes: ["\(components.count) \(strong ? "strongly" : "weakly") connected components"]
        ).print(as: global.format)
        timer.report(if: timings)
    }
}

import ArgumentParser
import ClusterAlgorithms
import ClusterGraph
import ResultFormat

/// `clusternet components --graph G`: weakly (or strongly) connected components.
struct ComponentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "components",
        abstract: "Connected components: weak (direction ignored) or, with --strong, strong.",
        discussion: """
            Components are listed largest first (equal sizes by smallest key), members in key order.
            JSON: {"components": [[keys]]}.
            """)

    @OptionGroup var analysis: AnalysisOptions

    @Flag(help: "Strongly connected components (every member reaches every other along the links).")
    var strong = false

    @Option(help: "Save the components as a partition under this name (replacing one of the same name).")
    var save: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var loaded = try analysis.load(global, writing: save != nil)
        let linkageGraph = loaded.graph
        let partition = strong ? linkageGraph.strongComponents() : linkageGraph.weakComponents()
        loaded.timer.finish("compute")
        if let save {
            try loaded.store.savePartition(partition, graph: analysis.graph, name: save,
                                           method: strong ? "strong-components" : "weak-components",
                                           parameters: analysis.savedParameters([:]), replace: true)
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
        loaded.timer.report(if: analysis.timings)
    }
}

import ArgumentParser
import ClusterAlgorithms
import ClusterGraph
import ClusterStore
import ResultFormat

/// `clusternet backbone --graph G`: the maximum spanning forest, optionally saved as a graph.
struct BackboneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backbone",
        abstract: "The backbone of a graph: its maximum spanning forest (strongest links keeping it connected).",
        discussion: """
            Per connected component, the tree of strongest links (Kruskal); both directions of a \
            directed pair are summed. --save NAME stores it as a new undirected graph.
            JSON: {"graph", "links": [{"source", "target", "weight"}]}, strongest first.
            """)

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Store the backbone as a new graph with this name.")
    var save: String?

    @Flag(help: "With --save: replace a graph of that name.")
    var replace = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var loaded = try analysis.load(global, writing: save != nil)
        let linkageGraph = loaded.graph
        let forest = linkageGraph.maximumSpanningForest()
        loaded.timer.finish("compute")
        let keys = linkageGraph.keys
        if let save {
            let nodes = keys.indices.map { NodeRecord(key: keys[$0], label: linkageGraph.labels[$0], kind: linkageGraph.kinds[$0]) }
            let links = forest.map { LinkRecord(source: keys[$0.source], target: keys[$0.target], weight: $0.weight) }
            let kinds = analysis.kindList.map { " (links of kind \($0))" } ?? ""
            try loaded.store.writeGraph(
                GraphContents(name: save, isDirected: false, description: "Maximum spanning forest of \(analysis.graph)" + kinds,
                              source: "clusternet backbone --graph \(analysis.graph)" + analysis.kinds.map { " --kind \($0)" }.joined(),
                              nodes: nodes, links: links),
                mode: replace ? .replace : .create)
        }
        CommandOutput(
            json: .object([
                ("graph", .string(analysis.graph)),
                ("links", .array(forest.map {
                    .object([("source", .string(keys[$0.source])), ("target", .string(keys[$0.target])), ("weight", .number($0.weight))])
                })),
            ]),
            table: ResultTable(columns: ["source", "target", "weight"], rows: forest.map {
                [.string(keys[$0.source]), .string(keys[$0.target]), .number($0.weight)]
            }),
            notes: ["\(forest.count) links" + (save.map { "; saved as graph '\($0)'" } ?? "")]
        ).print(as: global.format)
        loaded.timer.report(if: analysis.timings)
    }
}

import ArgumentParser
import ClusterAlgorithms
import ClusterGraph
import ResultFormat

/// `clusternet cores --graph G`: the k-core (or strength-core) number of every node.
struct CoresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cores",
        abstract: "Core decomposition: each node's k-core number (equal to igraph's coreness).",
        discussion: """
            A node's core number is the largest k such that it lies in a subgraph where every node \
            has at least k links (both directions counted). --weighted uses strength (summed link \
            weights) instead of link counts.
            JSON: {"coreness": {key: k}} with keys in key order.
            """)

    @OptionGroup var analysis: AnalysisOptions

    @Flag(help: "Strength-weighted cores instead of link counts.")
    var weighted = false

    @Option(help: "Save the core numbers as scores under this name (replacing one of the same name).")
    var save: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var loaded = try analysis.load(global, writing: save != nil)
        let linkageGraph = loaded.graph
        let coreness = weighted ? linkageGraph.strengthCoreness() : linkageGraph.coreness(threads: analysis.threads).map(Double.init)
        loaded.timer.finish("compute")
        if let save {
            try loaded.store.saveScores(coreness, graph: analysis.graph, name: save, method: weighted ? "strength-cores" : "cores",
                                        parameters: analysis.savedParameters(["weighted": "\(weighted)"]), replace: true)
        }
        let keys = linkageGraph.keys
        let byKey = keys.indices.sorted { Partition.keyPrecedes(keys[$0], keys[$1]) }
        let ranked = keys.indices.sorted {
            coreness[$0] != coreness[$1] ? coreness[$0] > coreness[$1] : Partition.keyPrecedes(keys[$0], keys[$1])
        }
        CommandOutput(
            json: .object([("coreness", .object(byKey.map { (keys[$0], .number(coreness[$0])) }))]),
            table: ResultTable(columns: ["key", "label", "coreness"], rows: ranked.map {
                [.string(keys[$0]), linkageGraph.labels[$0].map(JSONValue.string) ?? .null, .number(coreness[$0])]
            })
        ).print(as: global.format)
        loaded.timer.report(if: analysis.timings)
    }
}

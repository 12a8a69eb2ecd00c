import ArgumentParser
import ClusterAlgorithms
import ClusterGraph
import ResultFormat

extension CommunityMethod: ExpressibleByArgument {}

/// `clusternet communities --graph G`: Louvain or Leiden communities, optionally saved.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Find communities (Louvain or Leiden modularity maximisation).",
        discussion: """
            Leiden (the default) always returns connected communities; --iterations sets how many \
            times it refines its own result (2, as igraph and leidenalg; 0 until modularity stops \
            rising). A directed graph is \
            symmetrised (both directions summed) unless --directed asks for Leicht–Newman directed \
            modularity; the output says which. The same graph and --seed give the same output.
            JSON: {"method", "modularity", "graph_treated_as", "communities": [{"id", "members": [keys]}]}.
            Example: clusternet communities --graph fi2014-strength --method leiden --seed 7 --save forest
            """)

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "louvain or leiden.")
    var method: CommunityMethod = .leiden

    @Option(help: "Resolution γ: above 1 gives more, smaller communities.")
    var resolution: Double = 1

    @Option(help: "Random seed: fixes the node order, hence the result.")
    var seed: UInt64 = 0

    @Option(name: .customLong("min-size"), help: "Merge communities with fewer nodes into their best neighbour.")
    var minimumSize: Int = 1

    @Option(help: "Leiden: at most N iterations, each refining the last (0: until modularity stops rising).")
    var iterations: Int = 2

    @Flag(help: "On a directed graph, optimise directed (Leicht–Newman) modularity instead of symmetrising.")
    var directed = false

    @Option(help: "Save the partition under this name (replacing one of the same name) for clusters and render.")
    var save: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let loaded = try analysis.load(global, writing: save != nil)
        let (store, graph, keys) = (loaded.store, loaded.graph, loaded.graph.keys)
        var timer = loaded.timer
        // The graph is handed over whole, so the detection can free its rows once it has its own copy.
        _ = consume loaded
        let options = CommunityOptions(method: method, resolution: resolution, seed: seed, minimumSize: minimumSize,
                                       directed: directed, iterations: iterations, threads: analysis.threads)
        let result = try (consume graph).communities(options)
        timer.finish("compute")
        if let save {
            var parameters = ["resolution": "\(resolution)", "seed": "\(seed)", "min-size": "\(minimumSize)",
                              "graph_treated_as": result.graphUsed.rawValue]
            if method == .leiden { parameters["iterations"] = "\(iterations)" }
            try store.savePartition(result.partition, graph: analysis.graph, name: save, method: method.rawValue,
                                    parameters: analysis.savedParameters(parameters), replace: true)
        }
        let members = result.partition.members(keys: keys)
        CommandOutput(
            json: .object([
                ("method", .string(method.rawValue)),
                ("modularity", .number(result.modularity)),
                ("graph_treated_as", .string(result.graphUsed.rawValue)),
                ("communities", .array(members.enumerated().map { id, keys in
                    .object([("id", .number(id)), ("members", .strings(keys))])
                })),
            ]),
            table: ResultTable(columns: ["id", "size", "members"], rows: members.enumerated().map { id, keys in
                [.number(id), .number(keys.count), .strings(keys)]
            }),
            notes: ["\(method.rawValue): \(members.count) communities, modularity \(JSONValue.format(result.modularity)) "
                + "(graph \(result.graphUsed.rawValue))" + (save.map { "; saved as '\($0)'" } ?? "")]
        ).print(as: global.format)
        timer.report(if: analysis.timings)
    }
}

import ArgumentParser
import ClusterAlgorithms
import ClusterGraph
import ResultFormat

/// The centralities `clusternet centrality --measure` computes.
enum CentralityMeasure: String, ExpressibleByArgument, CaseIterable, Sendable {
    case pagerank, betweenness, degree, strength, eigenvector
}

/// `clusternet centrality --graph G --measure M`: one score per node.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Score nodes by PageRank, betweenness, degree, strength or eigenvector centrality.",
        discussion: """
            PageRank, betweenness and eigenvector centrality equal networkx's. --weighted uses link \
            weights (for betweenness a weight is a path length, as in networkx); otherwise every \
            link counts 1. Degree counts links, strength sums their weights (in + out). Betweenness \
            takes O(nodes × links): about 20 s on 10,000 nodes and 100,000 links, with progress on \
            stderr when it is a terminal.
            JSON: {"measure", "scores": {key: value}} with keys in key order; --top N keeps the N highest. \
            Personalised PageRank jumps (and leaves dangling nodes) only to the nodes given a weight, \
            in proportion to it, as networkx's pagerank(G, personalization=…): --personalise KEY=WEIGHT \
            (repeat it) and/or --personalisation FILE (header key,weight); nodes not named get 0 and \
            an entry replaces the file's weight for its key.
            Example: clusternet centrality --graph fi2014 --measure pagerank --weighted --top 10
            Example: clusternet centrality --graph fi2014 --kind io --measure pagerank --weighted --personalise 17_18=2 --personalise 02_03=1
            """)

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "pagerank, betweenness, degree, strength or eigenvector.")
    var measure: CentralityMeasure

    @Option(help: "PageRank's damping factor (probability of following a link).")
    var damping: Double = 0.85

    @Option(name: .customLong("personalise"), help: ArgumentHelp(
        "With pagerank: jump to node KEY with this weight; repeat for several nodes (others get 0).", valueName: "key=weight"))
    var personalise: [String] = []

    @Option(help: ArgumentHelp("With pagerank: a CSV/TSV file with header key,weight of jump weights (unlisted nodes get 0).",
                               valueName: "file"))
    var personalisation: String?

    @Flag(help: "Use link weights (PageRank, betweenness, eigenvector).")
    var weighted = false

    @Option(help: "Only the N highest-scoring nodes.")
    var top: Int?

    @Option(help: "Save the scores under this name (replacing one of the same name).")
    var save: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if measure != .pagerank, !personalise.isEmpty || personalisation != nil {
            throw ValidationError("--personalise and --personalisation go with --measure pagerank, not \(measure.rawValue)")
        }
    }

    func run() throws {
        var loaded = try analysis.load(global, writing: save != nil)
        let linkageGraph = loaded.graph
        let jump = personalise.isEmpty && personalisation == nil ? nil
            : try Personalisation(file: personalisation, entries: personalise, graph: linkageGraph, graphName: analysis.graph)
        let scores: [Double]
        switch measure {
        case .pagerank:
            scores = try linkageGraph.pageRank(PageRankOptions(damping: damping, weighted: weighted, personalisation: jump?.weights,
                                                               threads: analysis.threads))
        case .betweenness:
            scores = try linkageGraph.betweenness(weighted: weighted, progress: Terminal.progress("betweenness: sources"))
        case .degree: scores = linkageGraph.degrees()
        case .strength: scores = linkageGraph.strengths()
        case .eigenvector: scores = try linkageGraph.eigenvectorCentrality(weighted: weighted)
        }
        loaded.timer.finish("compute")
        if let save {
            var parameters = ["weighted": "\(weighted)"]
            if measure == .pagerank { parameters["damping"] = "\(damping)" }
            parameters["personalisation"] = jump?.savedParameter(keys: linkageGraph.keys)
            try loaded.store.saveScores(scores, graph: analysis.graph, name: save, method: measure.rawValue,
                                        parameters: analysis.savedParameters(parameters), replace: true)
        }
        let keys = linkageGraph.keys
        let ranked = (0..<linkageGraph.nodeCount).sorted {
            scores[$0] != scores[$1] ? scores[$0] > scores[$1] : Partition.keyPrecedes(keys[$0], keys[$1])
        }
        let shown = Array(ranked.prefix(top ?? ranked.count))
        let byKey = shown.sorted { Partition.keyPrecedes(keys[$0], keys[$1]) }
        CommandOutput(
            json: .object([
                ("measure", .string(measure.rawValue)),
                ("scores", .object(byKey.map { (keys[$0], .number(scores[$0])) })),
            ]),
            table: ResultTable(columns: ["rank", "key", "label", measure.rawValue], rows: shown.enumerated().map { rank, node in
                [.number(rank + 1), .string(keys[node]), linkageGraph.labels[node].map(JSONValue.string) ?? .null,
                 .rounded(scores[node], places: 6)]
            })
        ).print(as: global.format)
        loaded.timer.report(if: analysis.timings)
    }
}

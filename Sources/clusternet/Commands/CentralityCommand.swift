import ArgumentParser
import ClusterAlgorithms
import ClusterGraph

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
            PageRank, betweenness and eigenvector centrality equal networkx's. --weighted uses link
            weights (for betweenness a weight is a path length, as in networkx); otherwise every
            link counts 1. Degree counts links, strength sums their weights (in + out).
            JSON: {"measure", "scores": {key: value}} with keys in key order; --top N keeps the N highest.
            Example: clusternet centrality --graph fi2014 --measure pagerank --weighted --top 10
            """)

    @Option(help: "The graph.")
    var graph: String

    @Option(help: "pagerank, betweenness, degree, strength or eigenvector.")
    var measure: CentralityMeasure

    @Option(help: "PageRank's damping factor (probability of following a link).")
    var damping: Double = 0.85

    @Flag(help: "Use link weights (PageRank, betweenness, eigenvector).")
    var weighted = false

    @Option(help: "Only the N highest-scoring nodes.")
    var top: Int?

    @Option(help: "Save the scores under this name (replacing one of the same name).")
    var save: String?

    @Flag(help: "Print `timings: load=S compute=S` on stderr.")
    var timings = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        var timer = PhaseTimer()
        let store = try global.openStore()
        let linkageGraph = try store.loadGraph(named: graph)
        timer.finish("load")
        let scores: [Double]
        switch measure {
        case .pagerank: scores = try linkageGraph.pageRank(PageRankOptions(damping: damping, weighted: weighted))
        case .betweenness: scores = try linkageGraph.betweenness(weighted: weighted)
        case .degree: scores = linkageGraph.degrees()
        case .strength: scores = linkageGraph.strengths()
        case .eigenvector: scores = try linkageGraph.eigenvectorCentrality(weighted: weighted)
        }
        timer.finish("compute")
        if let save {
            var parameters = ["weighted": "\(weighted)"]
            if measure == .pagerank { parameters["damping"] = "\(damping)" }
            try store.saveScores(scores, graph: graph, name: save, method: measure.rawValue, parameters: parameters, replace: true)
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
        timer.report(if: timings)
    }
}

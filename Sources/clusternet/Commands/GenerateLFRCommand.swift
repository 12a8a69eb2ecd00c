import ArgumentParser
import ClusterAlgorithms
import ClusterGraph
import ClusterStore
import ResultFormat

/// `clusternet generate lfr`: an LFR benchmark graph with planted communities.
struct GenerateLFRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lfr",
        abstract: "Generate an LFR benchmark graph (Lancichinetti–Fortunato–Radicchi) with planted communities.",
        discussion: """
            Power-law degrees and community sizes; --mu is the share of each node's links that leave \
            its community. Nodes are n0, n1, …; each has the number attribute `community` (planted). \
            The same options and --seed give the same graph.
            Example: clusternet generate lfr --nodes 100000 --mu 0.3 --graph lfr100k
            """)

    @Option(help: "Number of nodes.")
    var nodes: Int

    @Option(help: "Mixing share μ (0…1).")
    var mu: Double = 0.3

    @Option(name: .customLong("average-degree"), help: "Average degree.")
    var averageDegree: Double = 20

    @Option(name: .customLong("max-degree"), help: "Maximum degree.")
    var maximumDegree: Int = 50

    @Option(name: .customLong("degree-exponent"), help: "τ1: degrees follow k^−τ1.")
    var degreeExponent: Double = 2

    @Option(name: .customLong("community-exponent"), help: "τ2: community sizes follow s^−τ2.")
    var communityExponent: Double = 1

    @Option(name: .customLong("min-community"), help: "Smallest community size.")
    var minimumCommunity: Int = 20

    @Option(name: .customLong("max-community"), help: "Largest community size.")
    var maximumCommunity: Int = 100

    @Option(help: "Random seed.")
    var seed: UInt64 = 0

    @Option(help: "Name of the graph to create.")
    var graph: String

    @Flag(help: "Replace a graph of that name.")
    var replace = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let lfr = try generateLFR(LFROptions(
            nodes: nodes, averageDegree: averageDegree, maximumDegree: maximumDegree, degreeExponent: degreeExponent,
            communityExponent: communityExponent, mixing: mu, minimumCommunity: minimumCommunity,
            maximumCommunity: maximumCommunity, seed: seed))
        let description = "LFR benchmark: \(nodes) nodes, mu \(mu), average degree \(averageDegree), seed \(seed)"
        try global.openStore().writeGraph(
            name: graph, isDirected: false, description: description, source: "clusternet generate lfr",
            nodes: NodeColumns(count: lfr.nodeCount, key: { "n\($0)" }, kind: "node",
                               numbers: [("community", lfr.community.map(Double.init))]),
            links: lfr.links, linkCount: lfr.linkCount, replace: replace,
            progress: Terminal.progress("writing \(graph)"))
        let links = lfr.linkCount
        let communities = lfr.communityCount
        CommandOutput(
            json: .object([("graph", .string(graph)), ("nodes", .number(lfr.nodeCount)), ("links", .number(links)),
                           ("communities", .number(communities))]),
            table: ResultTable(columns: ["graph", "nodes", "links", "communities"],
                               rows: [[.string(graph), .number(lfr.nodeCount), .number(links), .number(communities)]])
        ).print(as: global.format)
    }
}

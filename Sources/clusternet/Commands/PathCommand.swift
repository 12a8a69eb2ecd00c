import ArgumentParser
import ClusterAlgorithms
import ClusterGraph
import ResultFormat

/// `clusternet path A B --graph G`: a shortest path, by fewest links or (`--weighted`) through
/// the strongest flows.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find a shortest path from one node to another.",
        discussion: """
            By default the path with the fewest links. --weighted finds the cheapest path where a \
            link of weight w costs 1/w (--cost inverse, the default: a stronger flow is a closer \
            tie, so the path runs through the heaviest flows) or w (--cost weight, for weights that \
            are distances). Links are followed the way goods flow unless --direction both. \
            JSON: {"graph", "from", "to", "weighted", "cost", "links", "path": [{"key", "label"}], \
            "steps": [{"source", "target", "weight"}]}.
            """)

    @Argument(help: "The start node key.")
    var from: String

    @Argument(help: "The end node key.")
    var to: String

    @Option(help: "The graph.")
    var graph: String

    @Flag(help: "Minimise the sum of link costs instead of the number of links.")
    var weighted = false

    @Option(help: "With --weighted: inverse (cost 1/weight) or weight (cost = weight).")
    var cost: PathCost = .inverseWeight

    @Option(help: "out (follow the flows) or both (ignore direction); in walks against the flows.")
    var direction: TraversalDirection = .out

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let linkageGraph = try global.openStore(writing: false).loadGraph(named: graph)
        let source = try linkageGraph.requireIndex(of: from, graph: graph)
        let target = try linkageGraph.requireIndex(of: to, graph: graph)
        let found = weighted
            ? linkageGraph.cheapestPath(from: source, to: target, direction: direction, cost: cost)
            : linkageGraph.shortestPath(from: source, to: target, direction: direction)
        guard let path = found else {
            throw NoPathError(graph: graph, from: from, to: to, direction: direction, weighted: weighted)
        }
        let keys = path.nodes.map { linkageGraph.keys[$0] }
        let steps: [[JSONValue]] = path.weights.indices.map { [.number($0 + 1), .string(keys[$0]), .string(keys[$0 + 1]), .number(path.weights[$0])] }
        CommandOutput(
            json: .object([
                ("graph", .string(graph)), ("from", .string(from)), ("to", .string(to)), ("weighted", .bool(weighted)),
                ("cost", .number(path.cost)), ("links", .number(path.linkCount)),
                ("path", .array(path.nodes.map { .object([("key", .string(linkageGraph.keys[$0])),
                                                           ("label", linkageGraph.labels[$0].map(JSONValue.string) ?? .null)]) })),
                ("steps", .array(steps.map { .object([("source", $0[1]), ("target", $0[2]), ("weight", $0[3])]) })),
            ]),
            table: ResultTable(columns: ["step", "source", "target", "weight"], rows: steps),
            notes: ["\(keys.joined(separator: " → ")): \(path.linkCount) link\(path.linkCount == 1 ? "" : "s")"
                    + (weighted ? ", cost \(JSONValue.format(path.cost))" : "")]
        ).print(as: global.format)
    }
}

/// No path joins the two nodes over the links followed.
struct NoPathError: UserFacingError {
    let graph: String
    let from: String
    let to: String
    let direction: TraversalDirection
    let weighted: Bool

    var description: String {
        let hint = direction == .both ? "" : "; try --direction both to ignore the direction of flows"
        let usable = weighted ? " over links of positive weight" : ""
        return "there is no path from '\(from)' to '\(to)' in graph '\(graph)' following links \(direction.rawValue)\(usable)\(hint)"
    }
}

extension PathCost: ExpressibleByArgument {}

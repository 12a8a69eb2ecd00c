import ArgumentParser
import ClusterAlgorithms
import ClusterGraph
import ResultFormat

/// `clusternet neighbors K --graph G`: the nodes within a number of links of a node, with distance.
struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the nodes within --depth links of a node, with their distance.",
        discussion: """
            --direction out follows links the way goods flow (customers, their customers, …), in goes \
            against it (suppliers, their suppliers, …), both ignores direction. \
            JSON: {"graph", "key", "direction", "depth", "neighbors": [{"key", "label", "distance"}]}.
            """)

    @Argument(help: "The node key to start from.")
    var key: String

    @Option(help: "The graph.")
    var graph: String

    @Option(help: "The largest distance in links.")
    var depth = 1

    @Option(help: "out (customers), in (suppliers) or both.")
    var direction: TraversalDirection = .out

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be 1 or more") }
    }

    func run() throws {
        let linkageGraph = try global.openStore(writing: false).loadGraph(named: graph)
        let start = try linkageGraph.requireIndex(of: key, graph: graph)
        let reached = linkageGraph.neighbourhood(of: start, depth: depth, direction: direction).sorted {
            $0.distance != $1.distance ? $0.distance < $1.distance
                : Partition.keyPrecedes(linkageGraph.keys[$0.node], linkageGraph.keys[$1.node])
        }
        let rows: [[JSONValue]] = reached.map {
            [.string(linkageGraph.keys[$0.node]), linkageGraph.labels[$0.node].map(JSONValue.string) ?? .null, .number($0.distance)]
        }
        CommandOutput(
            json: .object([
                ("graph", .string(graph)), ("key", .string(key)), ("direction", .string(direction.rawValue)), ("depth", .number(depth)),
                ("neighbors", .array(rows.map { .object([("key", $0[0]), ("label", $0[1]), ("distance", $0[2])]) })),
            ]),
            table: ResultTable(columns: ["key", "label", "distance"], rows: rows),
            notes: ["\(reached.count) node\(reached.count == 1 ? "" : "s") within \(depth) link\(depth == 1 ? "" : "s") of \(key) (\(direction.rawValue))"]
        ).print(as: global.format)
    }
}

extension TraversalDirection: ExpressibleByArgument {}

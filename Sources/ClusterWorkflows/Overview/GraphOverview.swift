import ClusterGraph
import ResultFormat

/// A graph at a glance: its largest sectors — by `output` where nodes have it, else by the summed
/// weight of their links to others — and its heaviest links between two different sectors
/// (an input-output table's diagonal, a sector's sales to itself, is left out). What the web
/// page's graph overview and `clusternet graphs --graph G --overview` show.
///
/// ```swift
/// let overview = GraphOverview(graph: try store.loadGraph(named: "fi2014"), name: "fi2014")
/// for sector in overview.sectors { print(sector.key, sector.value) }
/// ```
///
/// - Complexity: O(n log n + m log k) for n nodes, m links and k listed.
public struct GraphOverview: Sendable {
    public struct Sector: Sendable, Equatable {
        public let key: String
        public let label: String?
        /// The sector's `output`, or its link strength (see ``GraphOverview/measure``).
        public let value: Double
    }

    public struct Link: Sendable, Equatable {
        public let source: String
        public let sourceLabel: String?
        public let target: String
        public let targetLabel: String?
        public let weight: Double
    }

    public let graph: String
    public let isDirected: Bool
    /// `output`, or `strength` (the summed weight of a node's links to others) when no node has output.
    public let measure: String
    /// The largest first; equal values in key order.
    public let sectors: [Sector]
    /// The heaviest first; equal weights in (source, target) key order. Undirected links once.
    public let links: [Link]

    public init(graph: LinkageGraph, name: String, limit: Int = 10) {
        self.graph = name
        isDirected = graph.isDirected
        let output = graph.attributes.column("output")
        let hasOutput = output?.contains { $0 != nil } ?? false
        measure = hasOutput ? "output" : "strength"
        var sizes: [(node: Int, value: Double)] = []
        for node in 0..<graph.nodeCount {
            if hasOutput {
                if let value = output?[node] { sizes.append((node, value)) }
            } else {
                var strength = 0.0
                for (other, weight) in zip(graph.successors(of: node), graph.successorWeights(of: node)) where Int(other) != node { strength += weight }
                if graph.isDirected {
                    for (other, weight) in zip(graph.predecessors(of: node), graph.predecessorWeights(of: node)) where Int(other) != node { strength += weight }
                }
                sizes.append((node, strength))
            }
        }
        let keys = graph.keys
        sectors = Self.largest(sizes, limit: limit) { $0.value > $1.value || ($0.value == $1.value && keys[$0.node] < keys[$1.node]) }
            .map { Sector(key: keys[$0.node], label: graph.labels[$0.node], value: $0.value) }
        var heaviest: [(source: Int, target: Int, weight: Double)] = []
        for source in 0..<graph.nodeCount {
            for (target, weight) in zip(graph.successors(of: source), graph.successorWeights(of: source)) {
                let target = Int(target)
                guard target != source, graph.isDirected || source < target else { continue }
                heaviest.append((source, target, weight))
                // Keep the list short: only the best `limit` matter.
                if heaviest.count >= 4 * max(limit, 16) {
                    heaviest = Self.largest(heaviest, limit: limit, by: Self.linkOrder(keys))
                }
            }
        }
        links = Self.largest(heaviest, limit: limit, by: Self.linkOrder(keys)).map { link in
            Link(source: keys[link.source], sourceLabel: graph.labels[link.source], target: keys[link.target],
                 targetLabel: graph.labels[link.target], weight: link.weight)
        }
    }

    private static func linkOrder(_ keys: [String]) -> ((source: Int, target: Int, weight: Double), (source: Int, target: Int, weight: Double)) -> Bool {
        { a, b in
            if a.weight != b.weight { return a.weight > b.weight }
            return (keys[a.source], keys[a.target]) < (keys[b.source], keys[b.target])
        }
    }

    private static func largest<T>(_ items: [T], limit: Int, by precedes: (T, T) -> Bool) -> [T] {
        Array(items.sorted(by: precedes).prefix(limit))
    }

    /// `{"graph", "measure", "sectors": [{"key", "label", "value"}], "links": [{"source", "source_label",
    /// "target", "target_label", "weight"}]}`, as `graphs --graph G --overview --format json` prints it.
    public func json() -> JSONValue {
        .object([
            ("graph", .string(graph)),
            ("measure", .string(measure)),
            ("sectors", .array(sectors.map { sector in
                .object([("key", .string(sector.key)), ("label", sector.label.map(JSONValue.string) ?? .null), ("value", .number(sector.value))])
            })),
            ("links", .array(links.map { link in
                .object([("source", .string(link.source)), ("source_label", link.sourceLabel.map(JSONValue.string) ?? .null),
                         ("target", .string(link.target)), ("target_label", link.targetLabel.map(JSONValue.string) ?? .null),
                         ("weight", .number(link.weight))])
            })),
        ])
    }

    /// The two lists as tables, for `--format table|csv`: sectors, then links.
    public func tables() -> (sectors: ResultTable, links: ResultTable) {
        (ResultTable(columns: ["key", "label", measure], rows: sectors.map { [.string($0.key), $0.label.map(JSONValue.string) ?? .null, .number($0.value)] }),
         ResultTable(columns: ["source", "source label", "target", "target label", "weight"], rows: links.map { link in
             [.string(link.source), link.sourceLabel.map(JSONValue.string) ?? .null, .string(link.target),
              link.targetLabel.map(JSONValue.string) ?? .null, .number(link.weight)]
         }))
    }
}

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
/// - Complexity: O(n + m) for n nodes and m links (k listed: a buffer of a few k is sorted now and then).
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
    /// The largest first; equal values in the graph's node order.
    public let sectors: [Sector]
    /// The heaviest first; equal weights in the graph's order of sources, then targets. Undirected links once.
    public let links: [Link]

    public init(graph: LinkageGraph, name: String, limit: Int = 10) {
        self.graph = name
        isDirected = graph.isDirected
        let output = graph.attributes.column("output")
        let hasOutput = output?.contains { $0 != nil } ?? false
        measure = hasOutput ? "output" : "strength"
        // Nodes and links are visited in the graph's order; among equal values the first seen ranks first.
        var sizes = Largest<Int>(limit: limit)
        for node in 0..<graph.nodeCount {
            if hasOutput {
                if let value = output?[node] { sizes.add(node, value: value) }
            } else {
                var strength = 0.0
                for (other, weight) in zip(graph.successors(of: node), graph.successorWeights(of: node)) where Int(other) != node { strength += weight }
                if graph.isDirected {
                    for (other, weight) in zip(graph.predecessors(of: node), graph.predecessorWeights(of: node)) where Int(other) != node { strength += weight }
                }
                sizes.add(node, value: strength)
            }
        }
        let keys = graph.keys
        sectors = sizes.items.map { Sector(key: keys[$0.item], label: graph.labels[$0.item], value: $0.value) }
        var heaviest = Largest<(source: Int, target: Int)>(limit: limit)
        for source in 0..<graph.nodeCount {
            for (target, weight) in zip(graph.successors(of: source), graph.successorWeights(of: source)) {
                let target = Int(target)
                guard target != source, graph.isDirected || source < target else { continue }
                heaviest.add((source, target), value: weight)
            }
        }
        links = heaviest.items.map { link, weight in
            Link(source: keys[link.source], sourceLabel: graph.labels[link.source], target: keys[link.target],
                 targetLabel: graph.labels[link.target], weight: weight)
        }
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

/// The `limit` items of largest value seen, largest first; equal values in the order they came.
/// Items at or below the smallest kept value of a full list are skipped, so a pass over c items
/// costs O(c) plus a sort of a short buffer now and then.
private struct Largest<Item> {
    let limit: Int
    private var kept: [(position: Int, item: Item, value: Double)] = []
    private var floor = -Double.infinity
    private var seen = 0

    init(limit: Int) { self.limit = max(0, limit) }

    mutating func add(_ item: Item, value: Double) {
        defer { seen += 1 }
        guard limit > 0, value > floor else { return }
        kept.append((seen, item, value))
        if kept.count >= 4 * limit + 64 { trim() }
    }

    var items: [(item: Item, value: Double)] {
        var copy = self
        copy.trim()
        return copy.kept.map { ($0.item, $0.value) }
    }

    private mutating func trim() {
        kept.sort { $0.value != $1.value ? $0.value > $1.value : $0.position < $1.position }
        if kept.count > limit { kept.removeLast(kept.count - limit) }
        if kept.count == limit, let last = kept.last { floor = last.value }
    }
}

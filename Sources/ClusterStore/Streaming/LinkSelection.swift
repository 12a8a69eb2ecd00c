import ClusterGraph
import GRDB

/// The SQL condition on the `link` table that a ``LinkFilter`` stands for, with node keys turned
/// into ids. In an undirected graph `from` and `to` match either end.
struct LinkSelection {
    /// Conditions joined by `AND`: the graph id is parameter `?1` (so a query may use it again),
    /// the other values follow in ``arguments``' order.
    let conditions: String
    let arguments: [any DatabaseValueConvertible]
    /// True when every link of the graph (or of one kind, or above a weight) is selected: no end
    /// is fixed and no limit cuts the list.
    let isWholeGraph: Bool
    private let from: Int64?
    private let to: Int64?
    private let isDirected: Bool

    init(_ filter: LinkFilter, in graph: GraphStream) throws {
        from = try filter.from.map(graph.nodeId)
        to = try filter.to.map(graph.nodeId)
        isDirected = graph.isDirected
        var conditions = ["graph_id = ?1"]
        var arguments: [any DatabaseValueConvertible] = [graph.graphId]
        switch (from, to, isDirected) {
        case (let from?, let to?, false):
            conditions.append("((source = ? AND target = ?) OR (source = ? AND target = ?))")
            arguments += [from, to, to, from]
        case (let node?, nil, false), (nil, let node?, false):
            conditions.append("(source = ? OR target = ?)")
            arguments += [node, node]
        default:
            if let from { conditions.append("source = ?"); arguments.append(from) }
            if let to { conditions.append("target = ?"); arguments.append(to) }
        }
        if let kind = filter.kind { conditions.append("kind = ?"); arguments.append(StoredText.normalised(kind)) }
        if let minWeight = filter.minWeight { conditions.append("weight >= ?"); arguments.append(minWeight) }
        self.conditions = conditions.joined(separator: " AND ")
        self.arguments = arguments
        isWholeGraph = from == nil && to == nil && filter.limit == nil
    }

    /// True when every selected link has the same weight; stops at the first that differs.
    func hasOneWeight(_ db: Database) throws -> Bool {
        // The conditions stand twice: `?1` is shared, the other parameters are numbered on.
        try Bool.fetchOne(db, sql: """
            SELECT NOT EXISTS (SELECT 1 FROM link WHERE \(conditions)
                               AND weight <> (SELECT weight FROM link WHERE \(conditions) LIMIT 1))
            """, arguments: StatementArguments(arguments + arguments.dropFirst())) ?? false
    }

    /// True when a link stored as `source` → `target` is to be shown the other way round: in an
    /// undirected graph, so that the `from` node (else the `to` node) stands on its side.
    func swaps(source: Int64, target: Int64) -> Bool {
        !isDirected && (from.map { source != $0 } ?? to.map { target != $0 } ?? false)
    }
}

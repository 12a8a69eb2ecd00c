import ClusterGraph
import ClusterStore
import GraphQuery
import ResultFormat

/// A graph at a glance: its largest sectors (by `output` where nodes have it, else by the weight
/// of their links) and its heaviest links between two different sectors, each answered by a
/// query of the query language, so the same text run by `clusternet query` gives the same rows.
///
/// ```swift
/// let overview = try GraphOverview(store: store, graph: "fi2014")
/// print(overview.sectorsQuery)
/// for row in overview.sectors.rows { print(row) }
/// ```
public struct GraphOverview: Sendable {
    public let graph: String
    /// The query behind ``sectors`` and its result (`key`, `label`, then `output` or `strength`).
    public let sectorsQuery: String
    public let sectors: QueryResult
    /// The query behind ``links`` and its result (`source`, `source_label`, `target`, `target_label`, `kind`, `weight`).
    public let linksQuery: String
    public let links: QueryResult

    /// Sectors are ranked by `output` when nodes have it (a query naming a property no node has is
    /// an error, which is how its absence shows), else by the summed weight of their links to
    /// others. Undirected links match both ways, so each pair is listed once.
    ///
    /// - Parameter limit: rows of each list.
    public init(store: LinkageStore, graph: String, limit: Int = 10) throws {
        self.graph = graph
        let isDirected = try store.graph(named: graph).isDirected
        let byOutput = "MATCH (n) WHERE n.output IS NOT NULL\nRETURN n.key AS key, n.label AS label, n.output AS output\nORDER BY output DESC LIMIT \(limit)"
        do {
            sectors = try store.runQuery(byOutput, graph: graph)
            sectorsQuery = byOutput
        } catch QueryError.unknownName {
            sectorsQuery = "MATCH (n)-[r]-(m) WHERE n <> m\nRETURN n.key AS key, n.label AS label, sum(r.weight) AS strength\nORDER BY strength DESC LIMIT \(limit)"
            sectors = try store.runQuery(sectorsQuery, graph: graph)
        }
        linksQuery = "MATCH (a)-[r]->(b) WHERE \(isDirected ? "a <> b" : "a.key < b.key")\n"
            + "RETURN a.key AS source, a.label AS source_label, b.key AS target, b.label AS target_label, type(r) AS kind, r.weight AS weight\n"
            + "ORDER BY weight DESC LIMIT \(limit)"
        links = try store.runQuery(linksQuery, graph: graph)
    }

    /// `{"graph", "sectors": {"query", "columns", "rows"}, "links": {"query", "columns", "rows"}}`.
    public func json() -> JSONValue {
        func part(_ query: String, _ result: QueryResult) -> JSONValue {
            guard case .object(let fields) = result.json() else { return result.json() }
            return .object([("query", .string(query))] + fields)
        }
        return .object([("graph", .string(graph)), ("sectors", part(sectorsQuery, sectors)), ("links", part(linksQuery, links))])
    }
}

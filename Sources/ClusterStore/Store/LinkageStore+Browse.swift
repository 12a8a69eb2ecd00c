import ClusterGraph
import GRDB

extension LinkageStore {
    /// The stored nodes of `graph` in id order (import order), with their attributes.
    ///
    /// ```swift
    /// let firms = try store.nodes(graph: "district", kind: "firm", limit: 20)
    /// ```
    public func nodes(graph: String, kind: String? = nil, limit: Int? = nil) throws -> [NodeRecord] {
        try withGraphStream(graph) { stream in
            var records: [NodeRecord] = []
            try stream.forEachNode(kind: kind, limit: limit) { records.append($0.record) }
            return records
        }
    }

    /// Stored links of `graph` with their attributes, heaviest first (ties in stored order).
    ///
    /// In an undirected graph `from` and `to` match either end, and a matching link is returned
    /// with `from` as its source.
    ///
    /// ```swift
    /// let suppliers = try store.links(graph: "fi2014", filter: LinkFilter(to: "17_18", limit: 5))
    /// ```
    /// - Throws: ``StoreError/unknownNodes(graph:keys:)`` when `from` or `to` is not a node key.
    public func links(graph: String, filter: LinkFilter = LinkFilter()) throws -> [LinkRecord] {
        try withGraphStream(graph) { stream in
            var records: [LinkRecord] = []
            try stream.forEachLink(filter: filter) { records.append($0.record) }
            return records
        }
    }

    /// The kinds of link stored in `graph` (`supplies`, `io`, …), sorted, each with its link count:
    /// what `--kind` may choose from.
    ///
    /// ```swift
    /// let kinds = try store.linkKinds(graph: "fi2014")   // [("io", 870), ("supplies", 12)]
    /// ```
    /// - Complexity: one pass over the graph's links.
    public func linkKinds(graph: String) throws -> [(kind: String, links: Int)] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM link WHERE graph_id = ? GROUP BY kind ORDER BY kind",
                                        arguments: [try Self.graphRow(graph, db).id])
            return rows.map { (kind: $0[0], links: $0[1]) }
        }
    }
}

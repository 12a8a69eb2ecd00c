import GRDB

/// A graph's id, direction, counts and revision as one read saw them: what a read spread over
/// several connections checks each connection against, so that a write in between is noticed.
///
/// ```swift
/// let state = try read { db in try StoredGraphState(graph: "firms", db) }
/// let part = try read { db in try state.isCurrent(db) ? readPart(db) : nil }
/// ```
struct StoredGraphState: Sendable {
    let id: Int64
    let isDirected: Bool
    let nodeCount: Int
    let linkCount: Int
    let revision: Int64

    /// - Throws: ``StoreError`` for an unknown graph.
    init(graph name: String, _ db: Database) throws {
        let graph = try LinkageStore.graphRow(name, db)
        let row = try Row.fetchOne(db, sql: "SELECT node_count, link_count, revision FROM graph WHERE id = ?", arguments: [graph.id])
        id = graph.id
        isDirected = graph.isDirected
        nodeCount = row?[0] ?? 0
        linkCount = row?[1] ?? 0
        revision = row?[2] ?? 0
    }

    /// Whether the graph is still at the revision first read.
    func isCurrent(_ db: Database) throws -> Bool {
        try Int64.fetchOne(db, sql: "SELECT revision FROM graph WHERE id = ?", arguments: [id]) == revision
    }
}

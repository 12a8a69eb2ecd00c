import GRDB

/// The names a query may use, looked up in the store: the graph, node kinds (labels), link kinds
/// (relationship types) and attribute names. An unknown graph is an error; a label, type or
/// property that nothing has is a warning (a likely typo, with the closest known name suggested),
/// as Cypher answers such a query with no rows or nulls.
final class QueryCatalog {
    /// Properties every node has, stored as columns rather than attributes.
    static let nodeColumns = ["key", "label", "kind", "graph"]
    /// Properties every relationship has; `source` and `target` give the end nodes' keys.
    static let linkColumns = ["weight", "kind", "graph", "source", "target"]

    let database: Database
    /// nil when the query runs across all graphs.
    let graphID: Int64?
    /// Whether the one graph is directed (nil across all graphs: decided per row).
    let graphIsDirected: Bool?
    private var checked: Set<String> = []
    private(set) var warnings: [String] = []

    /// Resolves `graph` (nil = all graphs).
    init(database: Database, graph: String?) throws {
        self.database = database
        guard let graph else {
            graphID = nil
            graphIsDirected = nil
            return
        }
        if let row = try Row.fetchOne(database, sql: "SELECT id, directed FROM graph WHERE name = ?", arguments: [graph]) {
            graphID = row[0]
            graphIsDirected = (row[1] as Int64) != 0
        } else {
            let names = try String.fetchAll(database, sql: "SELECT name FROM graph ORDER BY name")
            let hint = names.isEmpty ? " The database has no graphs yet; import one with `clusternet import`."
                : NameSuggestion.hint(for: graph, among: names)
            throw QueryError.unknownName("There is no graph named '\(graph)'.\(hint)", at: nil)
        }
    }

    private var graphFilter: String { graphID == nil ? "1" : "graph_id = \(graphID ?? 0)" }

    private var scopeDescription: String {
        graphID == nil ? "in any graph" : "in this graph"
    }

    func noteLabel(_ label: String) {
        note("label \(label)", exists: "SELECT 1 FROM node WHERE \(graphFilter) AND kind = ? LIMIT 1", label,
             candidates: "SELECT DISTINCT kind FROM node WHERE \(graphFilter)",
             message: "No node has the label (kind) '\(label)' \(scopeDescription).")
    }

    func noteType(_ type: String) {
        note("type \(type)", exists: "SELECT 1 FROM link WHERE \(graphFilter) AND kind = ? LIMIT 1", type,
             candidates: "SELECT DISTINCT kind FROM link WHERE \(graphFilter)",
             message: "No relationship has the type (link kind) '\(type)' \(scopeDescription).")
    }

    func noteNodeProperty(_ name: String) {
        if Self.nodeColumns.contains(name) { return }
        note("node property \(name)", exists: "SELECT 1 FROM node_attribute WHERE \(graphFilter) AND name = ? LIMIT 1", name,
             candidates: "SELECT DISTINCT name FROM node_attribute WHERE \(graphFilter)", extra: Self.nodeColumns,
             message: "No node has the property '\(name)' \(scopeDescription); its value is null.")
    }

    func noteLinkProperty(_ name: String) {
        if Self.linkColumns.contains(name) { return }
        note("link property \(name)", exists: "SELECT 1 FROM link_attribute WHERE \(graphFilter) AND name = ? LIMIT 1", name,
             candidates: "SELECT DISTINCT name FROM link_attribute WHERE \(graphFilter)", extra: Self.linkColumns,
             message: "No relationship has the property '\(name)' \(scopeDescription); its value is null.")
    }

    private func note(_ cacheKey: String, exists sql: String, _ name: String, candidates: String,
                      extra: [String] = [], message: String) {
        guard checked.insert(cacheKey).inserted else { return }
        // A failing look-up only costs the warning; the query itself reports database errors.
        guard (try? Int64.fetchOne(database, sql: sql, arguments: [name])) == .some(nil) else { return }
        let names = ((try? String.fetchAll(database, sql: candidates)) ?? []) + extra
        warnings.append(message + NameSuggestion.hint(for: name, among: names))
    }
}

import GRDB

/// The names a query may use, looked up in the store: the graph, node kinds (labels), link kinds
/// (relationship types) and attribute names. Unknown names become ``QueryError/unknownName(_:at:)``
/// with the closest known name suggested.
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
    private let text: String
    private var known: Set<String> = []

    /// Resolves `graph` (nil = all graphs).
    init(database: Database, graph: String?, text: String) throws {
        self.database = database
        self.text = text
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

    private func location(_ offset: Int) -> QueryLocation { QueryLocation(offset: offset, in: text) }

    private var scopeDescription: String {
        graphID == nil ? "in any graph" : "in this graph"
    }

    func requireLabel(_ label: String, at offset: Int) throws {
        try require("label \(label)", exists: "SELECT 1 FROM node WHERE \(graphFilter) AND kind = ? LIMIT 1", label,
                    candidates: "SELECT DISTINCT kind FROM node WHERE \(graphFilter)",
                    message: "No node has the label (kind) '\(label)' \(scopeDescription).", at: offset)
    }

    func requireType(_ type: String, at offset: Int) throws {
        try require("type \(type)", exists: "SELECT 1 FROM link WHERE \(graphFilter) AND kind = ? LIMIT 1", type,
                    candidates: "SELECT DISTINCT kind FROM link WHERE \(graphFilter)",
                    message: "No relationship has the type (link kind) '\(type)' \(scopeDescription).", at: offset)
    }

    func requireNodeProperty(_ name: String, at offset: Int) throws {
        if Self.nodeColumns.contains(name) { return }
        try require("node property \(name)", exists: "SELECT 1 FROM node_attribute WHERE \(graphFilter) AND name = ? LIMIT 1", name,
                    candidates: "SELECT DISTINCT name FROM node_attribute WHERE \(graphFilter)", extra: Self.nodeColumns,
                    message: "No node has the property '\(name)' \(scopeDescription).", at: offset)
    }

    func requireLinkProperty(_ name: String, at offset: Int) throws {
        if Self.linkColumns.contains(name) { return }
        try require("link property \(name)", exists: "SELECT 1 FROM link_attribute WHERE \(graphFilter) AND name = ? LIMIT 1", name,
                    candidates: "SELECT DISTINCT name FROM link_attribute WHERE \(graphFilter)", extra: Self.linkColumns,
                    message: "No relationship has the property '\(name)' \(scopeDescription).", at: offset)
    }

    private func require(_ cacheKey: String, exists sql: String, _ name: String, candidates: String,
                         extra: [String] = [], message: String, at offset: Int) throws {
        if known.contains(cacheKey) { return }
        if try Int64.fetchOne(database, sql: sql, arguments: [name]) != nil {
            known.insert(cacheKey)
            return
        }
        let names = try String.fetchAll(database, sql: candidates) + extra
        throw QueryError.unknownName(message + NameSuggestion.hint(for: name, among: names), at: location(offset))
    }
}

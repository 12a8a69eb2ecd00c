import ClusterGraph
import GRDB

/// One stored graph read row by row inside one consistent snapshot: what exports and listings
/// stream from instead of loading every node and link.
///
/// Valid only inside ``LinkageStore/withGraphStream(_:_:)``; rows handed to the callbacks are
/// valid only during the call. Nodes come in stored (import) order, links heaviest first (ties
/// by source id, target id and kind) — the orders ``LinkageStore/nodes(graph:kind:limit:)`` and
/// ``LinkageStore/links(graph:filter:)`` return.
///
/// ```swift
/// try store.withGraphStream("fi2014") { graph in
///     let columns = try graph.linkAttributeColumns()
///     try graph.forEachLink { link in print(link.source.string, link.target.string, link.weight) }
/// }
/// ```
public struct GraphStream {
    public let name: String
    public let isDirected: Bool
    public let description: String
    public let source: String
    let db: Database
    let graphId: Int64

    init(_ db: Database, name: String) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, directed, description, source FROM graph WHERE name = ?",
                                         arguments: [name]) else {
            throw try LinkageStore.unknownGraph(name, db)
        }
        self.db = db
        self.name = name
        graphId = row[0]
        isDirected = row[1]
        description = row[2]
        source = row[3]
    }

    // MARK: - Nodes

    /// Calls `body` with each node in stored order (only those of `kind`, at most `limit`).
    ///
    /// - Complexity: one pass over the nodes and, when the graph has node attributes, one over those.
    public func forEachNode(kind: String? = nil, limit: Int? = nil, _ body: (StreamedNode) throws -> Void) throws {
        let nodes = try RawStatement(db, sql: """
            SELECT id, key, label, kind FROM node WHERE graph_id = ?1 AND (?2 IS NULL OR kind = ?2) ORDER BY id LIMIT ?3
            """)
        nodes.bind(1, graphId)
        nodes.bind(2, kind)
        nodes.bind(3, Int64(limit ?? -1))
        // Attributes in node id order, merged with the nodes as both advance; read from the first
        // listed node on, so a short list of late nodes does not pass every earlier attribute.
        let attributes = try hasRows("node_attribute") ? try RawStatement(db, sql: """
            SELECT node_id, name, value FROM node_attribute WHERE graph_id = ? AND node_id >= ? ORDER BY node_id, name
            """) : nil
        attributes?.bind(1, graphId)
        var attributeRow: Bool?
        while try nodes.step() {
            let id = nodes.int64(0)
            var values: [(name: String, value: AttributeValue)] = []
            if let attributes {
                if attributeRow == nil {
                    attributes.bind(2, id)
                    attributeRow = try attributes.step()
                }
                while attributeRow == true, attributes.int64(0) < id { attributeRow = try attributes.step() }
                while attributeRow == true, attributes.int64(0) == id {
                    if let name = attributes.text(1), let value = attributes.attributeValue(2) { values.append((name, value)) }
                    attributeRow = try attributes.step()
                }
            }
            try body(StreamedNode(key: RowText(nodes.bytes(1) ?? Self.empty), label: nodes.bytes(2).map(RowText.init),
                                  kind: RowText(nodes.bytes(3) ?? Self.empty), attributes: Self.sortedByName(values)))
        }
    }

    /// The attribute names of the nodes ``forEachNode(kind:limit:_:)`` gives for the same
    /// arguments, sorted, each numeric when every value is a number.
    ///
    /// - Complexity: one pass over the graph's node attributes (an aggregate query).
    public func nodeAttributeColumns(kind: String? = nil, limit: Int? = nil) throws -> [AttributeColumn] {
        guard kind != nil || limit != nil else {
            return try attributeColumns(table: "node_attribute", selection: "", arguments: [graphId])
        }
        let selected = """
            AND node_id IN (SELECT id FROM node WHERE graph_id = ?1 AND (?2 IS NULL OR kind = ?2) ORDER BY id LIMIT ?3)
            """
        return try attributeColumns(table: "node_attribute", selection: selected,
                                    arguments: [graphId, kind, Int64(limit ?? -1)])
    }

    // MARK: - Links

    /// Calls `body` with each link `filter` selects, heaviest first; with `labels`, each end's
    /// label comes along. In an undirected graph `from` and `to` match either end, and a
    /// matching link comes with `from` as its source.
    ///
    /// - Complexity: one sorted pass over the selected links. The whole graph (no `from`, `to` or
    ///   `limit`) reads node keys once into memory instead of looking up both ends of every link.
    /// - Throws: ``StoreError/unknownNodes(graph:keys:)`` when `from` or `to` is not a node key.
    public func forEachLink(filter: LinkFilter = LinkFilter(), labels: Bool = false, _ body: (StreamedLink) throws -> Void) throws {
        let selection = try LinkSelection(filter, in: self)
        let attributes = try hasRows("link_attribute") ? try LinkAttributeLookup(db, graphId: graphId) : nil
        if selection.isWholeGraph {
            try forEachLink(of: selection, labels: labels, attributes: attributes, body)
        } else {
            try forEachLink(of: selection, limit: filter.limit, labels: labels, attributes: attributes, body)
        }
    }

    /// Every link the selection holds, the ends' keys looked up in memory.
    private func forEachLink(of selection: LinkSelection, labels: Bool, attributes: LinkAttributeLookup?,
                             _ body: (StreamedLink) throws -> Void) throws {
        let keys = try NodeKeyTable(db, graphId: graphId, labels: labels)
        // Equal weights come in (source, target, kind) order, the primary key's: when every link
        // weighs the same (an unweighted network), that order is the answer and nothing is sorted.
        var order = "source, target, kind"
        if try !selection.hasOneWeight(db) {
            WeightOrder.register(db)
            order = "\(WeightOrder.function)(weight) DESC, " + order
        }
        let links = try RawStatement(db, sql: """
            SELECT source, target, kind, weight FROM link WHERE \(selection.conditions) ORDER BY \(order)
            """)
        try links.bind(StatementArguments(selection.arguments))
        while try links.step() {
            let source = links.int64(0), target = links.int64(1), kind = links.bytes(2) ?? Self.empty
            // Links whose ends are missing are left out, as a join would.
            guard let sourceKey = keys.key(source), let targetKey = keys.key(target) else { continue }
            try body(StreamedLink(source: sourceKey, target: targetKey, sourceLabel: keys.label(source), targetLabel: keys.label(target),
                                  kind: RowText(kind), weight: links.double(3),
                                  attributes: try attributes?.values(source: source, target: target, kind: kind) ?? []))
        }
    }

    /// The heaviest `limit` links of the selection (or all), sorted and cut on ids first, then
    /// joined with their ends.
    private func forEachLink(of selection: LinkSelection, limit: Int?, labels: Bool, attributes: LinkAttributeLookup?,
                             _ body: (StreamedLink) throws -> Void) throws {
        let links = try RawStatement(db, sql: """
            SELECT s.key, t.key, l.kind, l.weight, l.source, l.target, s.label, t.label
            FROM (SELECT source, target, kind, weight FROM link WHERE \(selection.conditions)
                  ORDER BY weight DESC, source, target, kind LIMIT ?) l
            JOIN node s ON s.graph_id = ?1 AND s.id = l.source
            JOIN node t ON t.graph_id = ?1 AND t.id = l.target
            ORDER BY l.weight DESC, l.source, l.target, l.kind
            """)
        try links.bind(StatementArguments(selection.arguments + [limit ?? -1]))
        while try links.step() {
            let source = links.int64(4), target = links.int64(5), kind = links.bytes(2) ?? Self.empty
            var ends = (key: (links.bytes(0), links.bytes(1)), label: labels ? (links.bytes(6), links.bytes(7)) : (nil, nil))
            if selection.swaps(source: source, target: target) {
                ends = (key: (ends.key.1, ends.key.0), label: (ends.label.1, ends.label.0))
            }
            try body(StreamedLink(source: RowText(ends.key.0 ?? Self.empty), target: RowText(ends.key.1 ?? Self.empty),
                                  sourceLabel: ends.label.0.map(RowText.init), targetLabel: ends.label.1.map(RowText.init),
                                  kind: RowText(kind), weight: links.double(3),
                                  attributes: try attributes?.values(source: source, target: target, kind: kind) ?? []))
        }
    }

    /// The attribute names of the links ``forEachLink(filter:labels:_:)`` gives for `filter`,
    /// sorted, each numeric when every value is a number.
    ///
    /// - Complexity: one pass over the graph's link attributes (an aggregate query).
    public func linkAttributeColumns(filter: LinkFilter = LinkFilter()) throws -> [AttributeColumn] {
        let selection = try LinkSelection(filter, in: self)
        guard !selection.isWholeGraph || filter.kind != nil || filter.minWeight != nil else {
            return try attributeColumns(table: "link_attribute", selection: "", arguments: [graphId])
        }
        let selected = """
            AND (source, target, kind) IN (SELECT source, target, kind FROM link WHERE \(selection.conditions)
                                           ORDER BY weight DESC, source, target, kind LIMIT ?)
            """
        return try attributeColumns(table: "link_attribute", selection: selected,
                                    arguments: StatementArguments(selection.arguments + [filter.limit ?? -1]))
    }

    // MARK: - Support

    /// The id of node `key`, or ``StoreError/unknownNodes(graph:keys:)``.
    func nodeId(_ key: String) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM node WHERE graph_id = ? AND key = ?",
                                          arguments: [graphId, StoredText.normalised(key)]) else {
            throw StoreError.unknownNodes(graph: name, keys: [key])
        }
        return id
    }

    private func hasRows(_ table: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE graph_id = ?)", arguments: [graphId]) == true
    }

    /// Names with a value in `table` (NULL is none; booleans and lists are stored as blobs),
    /// restricted by `selection` (SQL after the graph condition, `?1` being the graph id).
    private func attributeColumns(table: String, selection: String, arguments: StatementArguments) throws -> [AttributeColumn] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT name, min(typeof(value) IN ('integer', 'real')) FROM \(table)
            WHERE graph_id = ?1 AND value IS NOT NULL \(selection)
            GROUP BY name
            """, arguments: arguments)
        return rows.map { AttributeColumn(name: $0[0], isNumeric: $0[1]) }.sorted { $0.name < $1.name }
    }

    /// Sorted as Swift orders strings, which is how the JSON of earlier versions ordered them.
    static func sortedByName(_ values: [(name: String, value: AttributeValue)]) -> [(name: String, value: AttributeValue)] {
        values.count < 2 ? values : values.sorted { $0.name < $1.name }
    }

    private static var empty: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }
}

import ClusterGraph
import GRDB

extension LinkageStore {
    /// Writes a whole graph atomically (one transaction): derived and generated graphs.
    ///
    /// Nodes named only by links are created with the default kind; parallel links (same source,
    /// target and kind) are summed.
    ///
    /// ```swift
    /// try store.writeGraph(GraphContents(name: "fi2014-strength", isDirected: false, links: links), mode: .replace)
    /// ```
    /// - Throws: ``StoreError/graphExists(_:)`` for `.create` on a taken name;
    ///   ``StoreError/invalidInput(graph:link:message:)`` for a weight or key that must never be stored.
    public func writeGraph(_ contents: GraphContents, mode: WriteMode) throws {
        try writeGraphs([contents], mode: mode)
    }

    /// Adds or overwrites node attributes of an existing graph: `[nodeKey: [name: value]]`.
    ///
    /// ```swift
    /// try store.setNodeAttributes(graph: "fi2014", ["17_18": ["exports": .number(9_140)]])
    /// ```
    /// - Throws: ``StoreError/unknownNodes(graph:keys:)`` naming every key the graph lacks
    ///   (nothing is written then).
    public func setNodeAttributes(graph: String, _ values: [String: [String: AttributeValue]]) throws {
        try write { db in
            let stored = try Self.graphRow(graph, db)
            let writer = try GraphWriter(db, name: graph, isDirected: stored.isDirected, description: "", source: "", mode: .append)
            let unknown = values.keys.filter { writer.existingId($0) == nil }
            if !unknown.isEmpty { throw StoreError.unknownNodes(graph: graph, keys: unknown.sorted(by: Partition.keyPrecedes)) }
            var entries: [(node: Int32, name: String, value: AttributeValue)] = []
            for (key, attributes) in values.sorted(by: { Partition.keyPrecedes($0.key, $1.key) }) {
                guard let id = writer.existingId(key) else { continue }
                for (name, value) in attributes.sorted(by: { $0.key < $1.key }) { entries.append((id, name, value)) }
            }
            try writer.writeNodeAttributes(entries)
            try writer.touch()
        }
    }
}

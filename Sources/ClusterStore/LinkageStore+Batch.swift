import ClusterGraph
import GRDB

extension LinkageStore {
    /// Writes several whole graphs in ONE transaction: all are stored or none. `import io` uses it
    /// to store a national table and its regional tables together.
    ///
    /// ```swift
    /// try store.writeGraphs([national, uusimaa, kymenlaakso], mode: .create)
    /// ```
    /// - Throws: ``StoreError/graphExists(_:)`` for `.create` on a taken name (nothing is written);
    ///   ``StoreError/invalidNumber(graph:what:)`` for a NaN or infinite weight.
    public func writeGraphs(_ graphs: [GraphContents], mode: WriteMode) throws {
        for contents in graphs {
            for link in contents.links where !link.weight.isFinite {
                throw StoreError.invalidNumber(graph: contents.name, what: "the weight of link \(link.source) → \(link.target)")
            }
        }
        try write { db in
            for contents in graphs { try Self.writeContents(contents, mode: mode, db) }
        }
    }

    /// Writes one graph inside the caller's transaction. Nodes named only by links are created
    /// with the default kind; parallel links (same source, target and kind) are summed.
    static func writeContents(_ contents: GraphContents, mode: WriteMode, _ db: Database) throws {
        var writer = try GraphWriter(db, name: contents.name, isDirected: contents.isDirected,
                                     description: contents.description, source: contents.source, mode: mode)
        var attributes: [(node: Int32, name: String, value: AttributeValue)] = []
        for node in contents.nodes {
            let id = writer.setNode(key: node.key, label: node.label, kind: node.kind)
            for (name, value) in node.attributes.sorted(by: { $0.key < $1.key }) { attributes.append((id, name, value)) }
        }
        var batch = LinkBatch()
        batch.reserveCapacity(contents.links.count)
        var attributeColumns: [String: [AttributeValue?]] = [:]
        for (index, link) in contents.links.enumerated() {
            let source = writer.nodeId(link.source), target = writer.nodeId(link.target)
            batch.append(source: source, target: target, weight: link.weight, kind: batch.kindIndex(link.kind))
            for (name, value) in link.attributes {
                attributeColumns[name, default: Array(repeating: nil, count: contents.links.count)][index] = value
            }
        }
        batch.attributes = attributeColumns.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        try writer.flushNodes()
        try writer.writeNodeAttributes(attributes)
        try writer.writeLinks(batch)
        try writer.touch()
    }
}

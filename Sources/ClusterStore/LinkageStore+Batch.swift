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
    ///   ``StoreError/invalidInput(graph:link:message:)`` for what must never be stored: a
    ///   negative, NaN or infinite weight, parallel weights summing past the largest number, a
    ///   node key that is empty or holds a NUL.
    public func writeGraphs(_ graphs: [GraphContents], mode: WriteMode) throws {
        for contents in graphs { try Self.validate(contents) }
        try write { db in
            for contents in graphs { try Self.writeContents(contents, mode: mode, db) }
        }
    }

    /// Applies the rules every importer applies (``LinkWeight``, ``NodeKey``) to contents that
    /// were assembled in memory, so no path stores what a file import would refuse.
    static func validate(_ contents: GraphContents) throws {
        for node in contents.nodes {
            if let problem = NodeKey.problem(node.key) {
                throw StoreError.invalidInput(graph: contents.name, link: nil, message: "node key '\(node.key)' \(problem)")
            }
        }
        for (index, link) in contents.links.enumerated() {
            for key in [link.source, link.target] {
                if let problem = NodeKey.problem(key) {
                    throw StoreError.invalidInput(graph: contents.name, link: index, message: "node key '\(key)' \(problem)")
                }
            }
            if let problem = LinkWeight.problem(link.weight) {
                throw StoreError.invalidInput(graph: contents.name, link: index, message: problem.message(String(link.weight)))
            }
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
        do {
            try writer.writeLinks(batch)
        } catch let overflow as WeightSumOverflow {
            throw StoreError.invalidInput(graph: contents.name, link: overflow.link, message: overflow.message(
                sourceKey: writer.key(of: overflow.source), targetKey: writer.key(of: overflow.target),
                shownWeight: String(contents.links[overflow.link].weight)))
        }
        try writer.touch()
    }
}

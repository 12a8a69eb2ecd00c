import ClusterGraph

/// The nodes of a generated graph as columns: numbered `0..<count`, node i keyed `key(i)`, all of
/// one kind, with number attributes given as one value per node.
///
/// ```swift
/// let nodes = NodeColumns(count: 1_000_000, key: { "n\($0)" }, kind: "node", numbers: [("community", planted)])
/// ```
public struct NodeColumns: Sendable {
    public var count: Int
    public var key: @Sendable (Int) -> String
    public var kind: String
    public var numbers: [(name: String, values: [Double])]

    public init(count: Int, key: @escaping @Sendable (Int) -> String, kind: String = NodeRecord.defaultKind,
                numbers: [(name: String, values: [Double])] = []) {
        self.count = count
        self.key = key
        self.kind = kind
        self.numbers = numbers
    }
}

extension LinkageStore {
    /// Writes a generated graph atomically from columns, without a record per node or link, so a
    /// graph of 10⁸ links is written as fast as the store takes it: `links` (weight 1, kind
    /// `kind`) must come sorted by (source, target), between node numbers below `nodes.count`,
    /// with source < target in an undirected graph — the link table's own order, so nothing is
    /// sorted again.
    ///
    /// ```swift
    /// try store.writeGraph(name: "lfr", isDirected: false, nodes: nodes, links: lfr.links, linkCount: lfr.links.count, replace: false)
    /// ```
    /// - Parameters:
    ///   - linkCount: how many links `links` holds (it sizes the bulk load).
    ///   - progress: told the links written so far out of `linkCount`.
    /// - Throws: ``StoreError/graphExists(_:)`` for a taken name unless `replace`.
    public func writeGraph(name: String, isDirected: Bool, description: String = "", source: String = "", nodes: NodeColumns,
                           links: some Sequence<(source: Int32, target: Int32)>, linkCount: Int, kind: String = "supplies",
                           replace: Bool, progress: ProgressHandler? = nil) throws {
        try write { db in
            var writer = try GraphWriter(db, name: name, isDirected: isDirected, description: description, source: source,
                                         mode: replace ? .replace : .create)
            for index in 0..<nodes.count { writer.setNode(key: nodes.key(index), label: nil, kind: nodes.kind) }
            precondition(writer.nodeCount == nodes.count, "node keys repeat")
            try writer.flushNodes()
            for column in nodes.numbers {
                try writer.writeNodeAttributes(column.values.lazy.enumerated().map { node, value in
                    (node: Int32(node), name: column.name, value: AttributeValue.number(value))
                })
            }
            try writer.insertLinks(kinds: [kind], expectedLinks: linkCount,
                                   progress: { written in progress?(written, max(linkCount, 1)) }) { inserter in
                var previous: (source: Int32, target: Int32) = (-1, -1)
                for link in links {
                    precondition(link > previous && (isDirected || link.source < link.target) && Int(link.target) < nodes.count,
                                 "generated links must be sorted, distinct and between the nodes")
                    previous = link
                    try inserter.add(source: link.source, target: link.target, kind: 0, weight: 1)
                }
            }
            try writer.touch()
        }
    }
}

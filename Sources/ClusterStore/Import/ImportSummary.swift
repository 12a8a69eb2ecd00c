import ClusterGraph
import GRDB

/// What an import did, for the command's report.
public struct ImportSummary: Sendable, Hashable {
    public var graph: String
    /// Data rows read from the file.
    public var rows: Int
    /// Nodes the import added to the graph.
    public var nodesAdded: Int
    /// Nodes of the graph after the import.
    public var nodeCount: Int
    /// Links of the graph after the import.
    public var linkCount: Int
    /// The attribute columns in file order, each with its type: `number` or `text`.
    public var attributes: [ImportedAttribute]

    public init(graph: String, rows: Int, nodesAdded: Int, nodeCount: Int, linkCount: Int, attributes: [ImportedAttribute]) {
        self.graph = graph
        self.rows = rows
        self.nodesAdded = nodesAdded
        self.nodeCount = nodeCount
        self.linkCount = linkCount
        self.attributes = attributes
    }
}

/// An attribute column an import stored, and the kind of its values.
public struct ImportedAttribute: Sendable, Hashable {
    public var name: String
    /// `number`, `text`, `integer`, `boolean` or `list`.
    public var type: String
}

extension ImportSummary {
    /// The summary of an import that wrote through `writer` (inside its transaction).
    init(_ writer: GraphWriter, rows: Int, nodesBefore: Int, attributes: [(name: String, values: [AttributeValue?])]) {
        self.init(graph: writer.name, rows: rows, nodesAdded: writer.nodeCount - nodesBefore, nodeCount: writer.nodeCount,
                  linkCount: writer.linkCount, attributes: attributes.map { column in
                      ImportedAttribute(name: column.name, type: Self.kind(of: column.values))
                  })
    }

    private static func kind(of values: [AttributeValue?]) -> String {
        switch values.lazy.compactMap({ $0 }).first {
        case .integer?: return "integer"
        case .boolean?: return "boolean"
        case .list?: return "list"
        case .text?: return "text"
        default: return "number"
        }
    }
}

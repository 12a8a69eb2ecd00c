import ClusterGraph

/// One cell of a query result.
///
/// Nodes and relationships come whole (key, label, kind, weight and every attribute) so the CLI
/// can print them as objects; booleans come from comparisons, lists from `collect`, `labels` and
/// list literals.
public enum QueryValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([QueryValue])
    case node(QueryNode)
    case relationship(QueryRelationship)
    case path(QueryPath)
}

/// A node as a query returns it.
public struct QueryNode: Sendable, Hashable {
    public var graph: String
    public var key: String
    public var label: String?
    public var kind: String
    /// Attributes sorted by name.
    public var attributes: [(name: String, value: AttributeValue)]

    public static func == (lhs: QueryNode, rhs: QueryNode) -> Bool {
        lhs.graph == rhs.graph && lhs.key == rhs.key
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(graph)
        hasher.combine(key)
    }
}

/// A link as a query returns it: `source` sells to `target`.
public struct QueryRelationship: Sendable, Hashable {
    public var graph: String
    public var source: String
    public var target: String
    public var kind: String
    public var weight: Double
    /// Attributes sorted by name.
    public var attributes: [(name: String, value: AttributeValue)]

    public static func == (lhs: QueryRelationship, rhs: QueryRelationship) -> Bool {
        lhs.graph == rhs.graph && lhs.source == rhs.source && lhs.target == rhs.target && lhs.kind == rhs.kind
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(graph)
        hasher.combine(source)
        hasher.combine(target)
        hasher.combine(kind)
    }
}

/// A matched path: its nodes in order; `length` relationships join them.
public struct QueryPath: Sendable, Hashable {
    public var nodes: [QueryNode]
    public var length: Int { nodes.count - 1 }
}

/// What a query printed: column names (aliases, else the expressions as written) and rows.
public struct QueryResult: Sendable {
    public var columns: [String]
    public var rows: [[QueryValue]]

    public init(columns: [String], rows: [[QueryValue]]) {
        self.columns = columns
        self.rows = rows
    }
}

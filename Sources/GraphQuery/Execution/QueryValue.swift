import ClusterGraph

/// One cell of a query result, or a parameter's value.
///
/// Integers stay exact 64-bit integers and floats stay floats (NaN and infinities included);
/// nodes and relationships come whole (key, label, kind, weight and every attribute) so front
/// ends can print them as objects.
///
/// ```swift
/// let parameters: [String: QueryValue] = ["sectors": .list([.string("17_18"), .string("20")]), "min": .integer(5)]
/// ```
public enum QueryValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    case float(Double)
    case string(String)
    case list([QueryValue])
    case map([String: QueryValue])
    case node(QueryNode)
    case relationship(QueryRelationship)
    case path(QueryPath)
}

/// A node as a query returns it.
public struct QueryNode: Sendable, Hashable {
    public var graph: String
    public var key: String
    public var label: String?
    /// The node's kind; empty for a node without a label.
    public var kind: String
    /// Attributes sorted by name.
    public var attributes: [(name: String, value: AttributeValue)]

    public init(graph: String, key: String, label: String?, kind: String, attributes: [(name: String, value: AttributeValue)]) {
        self.graph = graph
        self.key = key
        self.label = label
        self.kind = kind
        self.attributes = attributes
    }

    /// Cypher's labels of the node: its kind, none when the kind is empty.
    public var labels: [String] { kind.isEmpty ? [] : [kind] }

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

    public init(graph: String, source: String, target: String, kind: String, weight: Double,
                attributes: [(name: String, value: AttributeValue)]) {
        self.graph = graph
        self.source = source
        self.target = target
        self.kind = kind
        self.weight = weight
        self.attributes = attributes
    }

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

/// A matched path: its nodes in order and the relationships between them (`relationships[i]`
/// joins `nodes[i]` and `nodes[i + 1]`, in either direction).
public struct QueryPath: Sendable, Hashable {
    public var nodes: [QueryNode]
    public var relationships: [QueryRelationship]
    public var length: Int { relationships.count }

    public init(nodes: [QueryNode], relationships: [QueryRelationship]) {
        self.nodes = nodes
        self.relationships = relationships
    }
}

/// What a query printed: column names (aliases, else the expressions as written) and rows, with
/// warnings for names no node or relationship has (a likely typo; those values are null).
public struct QueryResult: Sendable {
    public var columns: [String]
    public var rows: [[QueryValue]]
    public var warnings: [String]
    /// How long compiling and running took (set by ``CypherQuery/run(_:graph:parameters:options:in:)``).
    public var timings: QueryTimings?

    public init(columns: [String], rows: [[QueryValue]], warnings: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.warnings = warnings
    }
}

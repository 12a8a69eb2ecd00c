/// A value while a query runs: what the compiled SQL passes between the query's own SQL
/// functions, and what the executor decodes from result rows.
///
/// Nodes, relationships and paths are references into the store (graph id and node ids); the
/// executor fetches their labels and properties only for the values a query returns.
///
/// ```swift
/// let value = CypherValue.list([.integer(1), .float(2.5), .string("a")])
/// value.databaseValue   // a BLOB holding [1,2.5,"a"]
/// ```
enum CypherValue: Sendable, Hashable {
    case null
    case boolean(Bool)
    case integer(Int64)
    case float(Double)
    case string(String)
    case list([CypherValue])
    case map([String: CypherValue])
    case node(NodeReference)
    case relationship(RelationshipReference)
    case path(PathReference)

    /// The type's name as Cypher's error messages and `valueType()` spell it.
    var typeName: String {
        switch self {
        case .null: return "NULL"
        case .boolean: return "BOOLEAN"
        case .integer: return "INTEGER"
        case .float: return "FLOAT"
        case .string: return "STRING"
        case .list: return "LIST"
        case .map: return "MAP"
        case .node: return "NODE"
        case .relationship: return "RELATIONSHIP"
        case .path: return "PATH"
        }
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as a number when it is one.
    var number: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .float(let value): return value
        default: return nil
        }
    }
}

/// A node of a stored graph: its graph id and node id.
struct NodeReference: Sendable, Hashable, Comparable {
    var graph: Int64
    var id: Int64

    static func < (lhs: NodeReference, rhs: NodeReference) -> Bool {
        (lhs.graph, lhs.id) < (rhs.graph, rhs.id)
    }
}

/// A link of a stored graph, identified as the store identifies it: graph, source, target, kind.
struct RelationshipReference: Sendable, Hashable, Comparable {
    var graph: Int64
    var source: Int64
    var target: Int64
    var kind: String

    static func < (lhs: RelationshipReference, rhs: RelationshipReference) -> Bool {
        (lhs.graph, lhs.source, lhs.target, lhs.kind) < (rhs.graph, rhs.source, rhs.target, rhs.kind)
    }

    /// The end that is not `node` (`node` itself for a self-loop).
    func otherEnd(from node: Int64) -> Int64 {
        source == node ? target : source
    }
}

/// A path: a start node and the relationships walked from it, each leading to its other end.
struct PathReference: Sendable, Hashable {
    var graph: Int64
    var start: Int64
    var relationships: [RelationshipReference]

    /// The nodes in order, one more than the relationships.
    var nodes: [NodeReference] {
        var current = start
        var nodes = [NodeReference(graph: graph, id: start)]
        for relationship in relationships {
            current = relationship.otherEnd(from: current)
            nodes.append(NodeReference(graph: graph, id: current))
        }
        return nodes
    }
}

import ClusterGraph
import Foundation
import GRDB

/// Runs a ``CompiledQuery`` and turns its SQL rows into ``QueryValue``s, fetching whole nodes and
/// relationships (with their attributes) for the columns that return them.
struct QueryExecutor {
    let database: Database
    private var graphNames: [Int64: String] = [:]
    private var nodes: [NodeReference: QueryNode] = [:]

    private struct NodeReference: Hashable {
        var graph: Int64
        var id: Int64
    }

    init(database: Database) {
        self.database = database
    }

    mutating func run(_ query: CompiledQuery) throws -> QueryResult {
        let statement = try database.makeStatement(sql: query.sql)
        let arguments = StatementArguments(query.arguments.mapValues { $0 as (any DatabaseValueConvertible)? })
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        var rows: [[QueryValue]] = []
        while let row = try cursor.next() {
            var values: [QueryValue] = []
            var index = 0
            for column in query.columns {
                let cells = (index..<index + column.decoder.width).map { row[$0] as DatabaseValue }
                values.append(try decode(cells, as: column.decoder))
                index += column.decoder.width
            }
            rows.append(values)
        }
        return QueryResult(columns: query.columns.map(\.name), rows: rows)
    }

    private mutating func decode(_ cells: [DatabaseValue], as decoder: OutputDecoder) throws -> QueryValue {
        if cells.allSatisfy(\.isNull) { return .null }
        switch decoder {
        case .scalar:
            return Self.scalar(cells[0])
        case .boolean:
            switch cells[0].storage {
            case .int64(let value): return .bool(value != 0)
            case .double(let value): return .bool(value != 0)
            default: return Self.scalar(cells[0])
            }
        case .list:
            guard case .string(let json) = cells[0].storage else { return Self.scalar(cells[0]) }
            return try JSONDecoder().decode(JSONElement.self, from: Data(json.utf8)).value
        case .nodeList:
            guard case .string(let json) = cells[0].storage else { return .null }
            let references = try JSONDecoder().decode([String].self, from: Data(json.utf8))
            return .list(try references.map { reference in
                let parts = reference.split(separator: ":")
                guard parts.count == 2, let graph = Int64(parts[0]), let id = Int64(parts[1]) else {
                    throw QueryError.database("an unreadable node reference '\(reference)'")
                }
                return .node(try node(graph: graph, id: id))
            })
        case .node:
            guard let graph = Int64.fromDatabaseValue(cells[0]), let id = Int64.fromDatabaseValue(cells[1]) else { return .null }
            return .node(try node(graph: graph, id: id))
        case .relationship:
            return try relationship(cells)
        case .path:
            guard let graph = Int64.fromDatabaseValue(cells[0]), let ids = String.fromDatabaseValue(cells[1]) else { return .null }
            let members = try ids.split(separator: ",").compactMap { Int64($0) }.map { try node(graph: graph, id: $0) }
            return .path(QueryPath(nodes: members))
        }
    }

    private static func scalar(_ value: DatabaseValue) -> QueryValue {
        switch value.storage {
        case .null: return .null
        case .int64(let number): return .number(Double(number))
        case .double(let number): return .number(number)
        case .string(let text): return .string(text)
        case .blob(let data): return .string(String(decoding: data, as: UTF8.self))
        }
    }

    private static func attribute(_ value: DatabaseValue) -> AttributeValue? {
        switch value.storage {
        case .int64(let number): return .number(Double(number))
        case .double(let number): return .number(number)
        case .string(let text): return .text(text)
        default: return nil
        }
    }

    private mutating func graphName(_ id: Int64) throws -> String {
        if graphNames.isEmpty {
            for row in try Row.fetchAll(database, sql: "SELECT id, name FROM graph") { graphNames[row[0]] = row[1] }
        }
        return graphNames[id] ?? "\(id)"
    }

    private mutating func node(graph: Int64, id: Int64) throws -> QueryNode {
        let reference = NodeReference(graph: graph, id: id)
        if let known = nodes[reference] { return known }
        let statement = try database.cachedStatement(sql: "SELECT key, label, kind FROM node WHERE graph_id = ? AND id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [graph, id]) else {
            throw QueryError.database("node \(id) of graph \(graph) is missing")
        }
        let attributes = try database.cachedStatement(sql: "SELECT name, value FROM node_attribute WHERE graph_id = ? AND node_id = ? ORDER BY name")
        let values = try Row.fetchAll(attributes, arguments: [graph, id]).compactMap { row -> (name: String, value: AttributeValue)? in
            Self.attribute(row[1]).map { (name: row[0], value: $0) }
        }
        let node = QueryNode(graph: try graphName(graph), key: row[0], label: row[1], kind: row[2], attributes: values)
        nodes[reference] = node
        return node
    }

    private mutating func relationship(_ cells: [DatabaseValue]) throws -> QueryValue {
        guard let graph = Int64.fromDatabaseValue(cells[0]), let source = Int64.fromDatabaseValue(cells[1]),
              let target = Int64.fromDatabaseValue(cells[2]), let kind = String.fromDatabaseValue(cells[3]) else { return .null }
        let arguments: StatementArguments = [graph, source, target, kind]
        let weight = try Double.fetchOne(database.cachedStatement(
            sql: "SELECT weight FROM link WHERE graph_id = ? AND source = ? AND target = ? AND kind = ?"), arguments: arguments) ?? 0
        let rows = try Row.fetchAll(database.cachedStatement(
            sql: "SELECT name, value FROM link_attribute WHERE graph_id = ? AND source = ? AND target = ? AND kind = ? ORDER BY name"),
            arguments: arguments)
        let attributes = rows.compactMap { row -> (name: String, value: AttributeValue)? in
            Self.attribute(row[1]).map { (name: row[0], value: $0) }
        }
        return .relationship(QueryRelationship(graph: try graphName(graph), source: try node(graph: graph, id: source).key,
                                               target: try node(graph: graph, id: target).key, kind: kind,
                                               weight: weight, attributes: attributes))
    }
}

/// A JSON value from SQLite's json functions, read back as a ``QueryValue``.
private struct JSONElement: Decodable {
    let value: QueryValue

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let number = try? container.decode(Double.self) {
            value = .number(number)
        } else if let text = try? container.decode(String.self) {
            value = .string(text)
        } else {
            value = .list(try container.decode([JSONElement].self).map(\.value))
        }
    }
}

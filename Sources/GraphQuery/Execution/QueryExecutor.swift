import ClusterGraph
import Dispatch
import Foundation
import GRDB
import GRDBSQLite

/// Runs a ``CompiledQuery`` and turns its SQL rows into ``QueryValue``s, fetching whole nodes and
/// relationships (with their attributes) for the values that hold them. A time limit stops the
/// statement through SQLite's progress handler (the statement fails as interrupted).
struct QueryExecutor {
    let database: Database
    private var graphNames: [Int64: String] = [:]
    private var nodes: [NodeReference: QueryNode] = [:]

    init(database: Database) {
        self.database = database
    }

    mutating func run(_ query: CompiledQuery, timeout: Duration?) throws -> QueryResult {
        SQLFunctions.register(query.functions, in: database)
        let limit = timeout.map { TimeLimit($0) }
        if let limit, let connection = database.sqliteConnection {
            sqlite3_progress_handler(connection, 1000, { context in
                guard let context else { return 0 }
                return Unmanaged<TimeLimit>.fromOpaque(context).takeUnretainedValue().hasPassed ? 1 : 0
            }, Unmanaged.passUnretained(limit).toOpaque())
        }
        defer {
            if limit != nil, let connection = database.sqliteConnection { sqlite3_progress_handler(connection, 0, nil, nil) }
        }
        do {
            let statement = try database.makeStatement(sql: query.sql)
            let arguments = StatementArguments(query.arguments.mapValues { $0 as (any DatabaseValueConvertible)? })
            let cursor = try Row.fetchCursor(statement, arguments: arguments)
            var rows: [[QueryValue]] = []
            while let row = try cursor.next() {
                if let limit, limit.hasPassed { throw QueryError.timeout(seconds: limit.seconds) }
                var values: [QueryValue] = []
                values.reserveCapacity(query.columns.count)
                for index in query.columns.indices {
                    values.append(try resolve(try CypherValue(row[index] as DatabaseValue)))
                }
                rows.append(values)
            }
            return QueryResult(columns: query.columns, rows: rows, warnings: query.warnings)
        } catch let error as DatabaseError {
            if let failure = FunctionFailure.decode(error.message) { throw failure }
            if error.resultCode == .SQLITE_INTERRUPT, let limit { throw QueryError.timeout(seconds: limit.seconds) }
            if let message = error.message, message.contains("parser stack overflow") || message.contains("Expression tree is too large") {
                throw QueryError.tooDeep
            }
            throw QueryError.database(error.message ?? "\(error.resultCode)")
        }
    }

    // MARK: Values

    private mutating func resolve(_ value: CypherValue) throws -> QueryValue {
        switch value {
        case .null: return .null
        case .boolean(let flag): return .bool(flag)
        case .integer(let number): return .integer(number)
        case .float(let number): return .float(number)
        case .string(let text): return .string(text)
        case .list(let values): return .list(try values.map { try resolve($0) })
        case .map(let entries): return .map(try entries.mapValues { try resolve($0) })
        case .node(let reference): return .node(try node(reference))
        case .relationship(let reference): return .relationship(try relationship(reference))
        case .path(let path):
            return .path(QueryPath(nodes: try path.nodes.map { try node($0) },
                                   relationships: try path.relationships.map { try relationship($0) }))
        }
    }

    private static func attribute(_ value: DatabaseValue) -> AttributeValue? {
        switch value.storage {
        case .int64(let number): return .integer(number)
        case .double(let number): return .number(number)
        case .string(let text): return .text(text)
        case .blob(let data): return AttributeValue(jsonText: Array(data))
        case .null: return nil
        }
    }

    private mutating func graphName(_ id: Int64) throws -> String {
        if graphNames.isEmpty {
            for row in try Row.fetchAll(database, sql: "SELECT id, name FROM graph") { graphNames[row[0]] = row[1] }
        }
        return graphNames[id] ?? "\(id)"
    }

    private func attributes(_ sql: String, _ arguments: StatementArguments) throws -> [(name: String, value: AttributeValue)] {
        try Row.fetchAll(database.cachedStatement(sql: sql), arguments: arguments).compactMap { row in
            Self.attribute(row[1]).map { (name: row[0], value: $0) }
        }
    }

    private mutating func node(_ reference: NodeReference) throws -> QueryNode {
        if let known = nodes[reference] { return known }
        let statement = try database.cachedStatement(sql: "SELECT key, label, kind FROM node WHERE graph_id = ? AND id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [reference.graph, reference.id]) else {
            throw QueryError.database("node \(reference.id) of graph \(reference.graph) is missing")
        }
        let node = QueryNode(graph: try graphName(reference.graph), key: row[0], label: row[1], kind: row[2],
                             attributes: try attributes("SELECT name, value FROM node_attribute WHERE graph_id = ? AND node_id = ? ORDER BY name",
                                                        [reference.graph, reference.id]))
        nodes[reference] = node
        return node
    }

    private mutating func relationship(_ reference: RelationshipReference) throws -> QueryRelationship {
        let arguments: StatementArguments = [reference.graph, reference.source, reference.target, reference.kind]
        let weight = try Double.fetchOne(database.cachedStatement(
            sql: "SELECT weight FROM link WHERE graph_id = ? AND source = ? AND target = ? AND kind = ?"), arguments: arguments) ?? 0
        let attributes = try attributes(
            "SELECT name, value FROM link_attribute WHERE graph_id = ? AND source = ? AND target = ? AND kind = ? ORDER BY name", arguments)
        return QueryRelationship(graph: try graphName(reference.graph),
                                 source: try node(NodeReference(graph: reference.graph, id: reference.source)).key,
                                 target: try node(NodeReference(graph: reference.graph, id: reference.target)).key,
                                 kind: reference.kind, weight: weight, attributes: attributes)
    }
}

/// A query's time limit, read by SQLite's progress handler every thousand virtual-machine steps.
final class TimeLimit: @unchecked Sendable {
    let seconds: Double
    private let end: UInt64

    init(_ timeout: Duration) {
        let (whole, fraction) = timeout.components
        seconds = Double(whole) + Double(fraction) / 1e18
        end = DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, seconds) * 1e9)
    }

    var hasPassed: Bool { DispatchTime.now().uptimeNanoseconds >= end }
}

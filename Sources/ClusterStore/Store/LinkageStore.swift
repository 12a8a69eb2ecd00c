import ClusterGraph
import GRDB

/// The SQLite file that holds named linkage graphs, their nodes, links and attributes, and saved
/// analysis results.
///
/// Opening migrates the file to the current schema (the numbered files in `Schemas/`). The file is
/// in WAL mode, so reading (browsing, analyses) is never blocked by an import running in another
/// process; every write is one transaction, so a failed or killed command leaves the file as it was.
///
/// ```swift
/// let store = try LinkageStore(path: "clusternet.sqlite")
/// for graph in try store.graphs() { print(graph.name, graph.linkCount) }
/// let fi = try store.loadGraph(named: "fi2014")
/// ```
public final class LinkageStore: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating and migrating when needed) the database at `path`.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // NORMAL is durable enough in WAL mode (a power cut may lose the last commit, never
            // corrupt); the writer's larger page cache keeps bulk imports off the disk until
            // commit. Readers keep SQLite's small default: loading a graph reads it once, front
            // to back, and 128 MB of cached pages would only add to an analysis's memory.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -131072") }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw Self.openingError(error, path: path)
        }
        try Self.migrate(pool, path: path)
    }

    /// Every stored graph, sorted by name.
    public func graphs() throws -> [GraphSummary] {
        try read { db in try Self.summaries(db, name: nil) }
    }

    /// The stored graph named `name`.
    /// - Throws: ``StoreError/unknownGraph(_:suggestions:)`` with close names when absent.
    public func graph(named name: String) throws -> GraphSummary {
        try read { db in
            guard let summary = try Self.summaries(db, name: name).first else {
                throw try Self.unknownGraph(name, db)
            }
            return summary
        }
    }

    static func summaries(_ db: Database, name: String?) throws -> [GraphSummary] {
        let sql = """
            SELECT g.name, g.directed, g.description, g.source, g.created_at, g.updated_at, g.node_count, g.link_count
            FROM graph g \(name == nil ? "" : "WHERE g.name = ?") ORDER BY g.name
            """
        let arguments: StatementArguments = name.map { [$0] } ?? []
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            GraphSummary(name: row[0], isDirected: row[1], description: row[2], source: row[3],
                         nodeCount: row[6], linkCount: row[7], createdAt: row[4], updatedAt: row[5])
        }
    }

    /// The id and direction of graph `name`, or ``StoreError/unknownGraph(_:suggestions:)``.
    static func graphRow(_ name: String, _ db: Database) throws -> (id: Int64, isDirected: Bool) {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, directed FROM graph WHERE name = ?", arguments: [name]) else {
            throw try unknownGraph(name, db)
        }
        return (row[0], row[1])
    }

    static func unknownGraph(_ name: String, _ db: Database) throws -> StoreError {
        let names = try String.fetchAll(db, sql: "SELECT name FROM graph ORDER BY name")
        return .unknownGraph(name, suggestions: NameSuggestions.closest(to: name, among: names))
    }

    // MARK: - Transactions

    /// Runs `body` on a reader connection (a consistent snapshot), mapping SQLite errors to ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw mapped(error)
        }
    }

    /// Runs `body` in one IMMEDIATE transaction: it takes the write lock up front (waiting for
    /// another writer up to the busy timeout) and commits all of `body` or nothing.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { preconditionFailure("a committed transaction produced its value") }
                return result
            }
        } catch let error as DatabaseError {
            throw mapped(error)
        }
    }

    func mapped(_ error: DatabaseError) -> StoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_NOTADB: return .notClusterNetDatabase(path: path, reason: "it is not a SQLite database")
        default: return .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    static func openingError(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notClusterNetDatabase(path: path, reason: "it is not a SQLite database")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        default: return .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}

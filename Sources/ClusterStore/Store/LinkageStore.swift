import ClusterGraph
import GRDB

/// The SQLite file that holds named linkage graphs, their nodes, links and attributes, and saved
/// analysis results.
///
/// Opening for writing checks that the file is ClusterNet's (or new) before anything touches it,
/// then switches it to WAL mode and migrates it to the current schema (the numbered files in
/// `Schemas/`). In WAL mode reading (browsing, analyses, the web server) is never blocked by an
/// import running in another process; every write is one transaction, so a failed or killed
/// command leaves the file as it was. Opening with ``StoreAccess/readOnly`` never changes the
/// file and leaves no `-wal`/`-shm` files behind (see `StoreFile`).
///
/// ```swift
/// let store = try LinkageStore(path: "clusternet.sqlite")
/// for graph in try store.graphs() { print(graph.name, graph.linkCount) }
/// let fi = try LinkageStore(path: "shared/clusternet.sqlite", access: .readOnly).loadGraph(named: "fi2014")
/// ```
public final class LinkageStore: Sendable {
    /// The database file.
    public let path: String
    public let access: StoreAccess
    let pool: DatabasePool
    /// Set when read-only connections created the WAL side files: tidied up when the store closes.
    private let sideFilesToRemove: StoreFile?

    /// Opens the database at `path`: with `.readWrite` (the default) creating and migrating it
    /// when needed; with `.readOnly` as it is, never writing.
    ///
    /// - Throws: ``StoreError/notClusterNetDatabase(path:reason:)`` for a file ClusterNet did not
    ///   write (left exactly as it was, journal mode included);
    ///   ``StoreError/readOnlyStore(path:reason:)`` for `.readWrite` on a file or folder this
    ///   process cannot write; ``StoreError/noDatabase(path:)`` and
    ///   ``StoreError/needsMigration(path:)`` for `.readOnly` on a missing or older file.
    public init(path: String, access: StoreAccess = .readWrite) throws {
        self.path = path
        self.access = access
        let file = StoreFile(path: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        switch access {
        case .readWrite:
            if let reason = file.whyNotWritable, file.exists { throw StoreError.readOnlyStore(path: path, reason: reason) }
            configuration.prepareDatabase { db in
                // Runs on each connection before GRDB switches the file to WAL: a file that is
                // not ours is refused while it is still untouched.
                if !db.configuration.readonly { try Self.checkOwnership(db, path: path) }
                // NORMAL is durable enough in WAL mode (a power cut may lose the last commit, never
                // corrupt); the writer's larger page cache keeps bulk imports off the disk until
                // commit. Readers keep SQLite's small default: loading a graph reads it once, front
                // to back, and 128 MB of cached pages would only add to an analysis's memory.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -131072") }
            }
            pool = try Self.openPool(path: path, configuration: configuration)
            sideFilesToRemove = nil
            try Self.migrate(pool, path: path)
        case .readOnly:
            guard file.exists else { throw StoreError.noDatabase(path: path) }
            configuration.readonly = true
            let plan = file.readOnlyPlan()
            pool = try Self.openPool(path: plan.sqlitePath, configuration: configuration, reportedPath: path)
            sideFilesToRemove = plan.removeSideFiles ? file : nil
            do {
                let pending = try pool.read { db in try Self.checkOwnership(db, path: path) }
                if pending { throw StoreError.needsMigration(path: path) }
            } catch let error as DatabaseError {
                throw Self.openingError(error, path: path)
            }
        }
    }

    /// Opens `path` for a command that only reads: read-only, except that a file that does not
    /// exist yet, or that an older ClusterNet wrote, is first created or migrated — as any
    /// command does — when this process can write it.
    ///
    /// ```swift
    /// let store = try LinkageStore.openForReading(path: "clusternet.sqlite")
    /// ```
    public static func openForReading(path: String) throws -> LinkageStore {
        do {
            return try LinkageStore(path: path, access: .readOnly)
        } catch let error as StoreError {
            switch error {
            case .noDatabase, .needsMigration:
                let file = StoreFile(path: path)
                if file.exists, file.whyNotWritable != nil { throw error }
                return try LinkageStore(path: path)
            default: throw error
            }
        }
    }

    deinit {
        guard let sideFilesToRemove else { return }
        try? pool.close()
        sideFilesToRemove.removeSideFilesIfUnused()
    }

    private static func openPool(path: String, configuration: Configuration, reportedPath: String? = nil) throws -> DatabasePool {
        do {
            return try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw openingError(error, path: reportedPath ?? path)
        }
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
        if access == .readOnly { throw StoreError.readOnlyStore(path: path, reason: "it was opened read-only") }
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
        case .SQLITE_READONLY: return .readOnlyStore(path: path, reason: StoreFile(path: path).whyNotWritable ?? "SQLite opened it read-only")
        case .SQLITE_CONSTRAINT: return .constraint(path: path, message: error.message ?? "\(error.resultCode)")
        case .SQLITE_FULL: return .writeFailed(path: path, reason: "the disk is full")
        case .SQLITE_IOERR: return .writeFailed(path: path, reason: "the disk refused a write (a full disk or a file-size limit does this)")
        default: return .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    static func openingError(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notClusterNetDatabase(path: path, reason: "it is not a SQLite database")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_READONLY: return .readOnlyStore(path: path, reason: StoreFile(path: path).whyNotWritable ?? "SQLite opened it read-only")
        default: return .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}

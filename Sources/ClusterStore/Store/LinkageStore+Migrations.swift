import GRDB

extension LinkageStore {
    /// The migrations the store applies: exactly the files of `Schemas/`, named by file name
    /// without `.sql`, in file-name order (embedded at build time by the EmbedPackageFiles plugin).
    static let migrations: [(name: String, sql: String)] = EmbeddedSchemas.files.map { (name: $0.name, sql: $0.text) }

    /// The newest schema this build knows: the name of the last file in `Schemas/`.
    public static var schemaVersion: String { migrations.last?.name ?? "" }

    /// `PRAGMA application_id` of a ClusterNet store ("CLNT"), set by migration 006.
    static let applicationID: Int32 = 0x434C_4E54

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            let sql = migration.sql
            migrator.registerMigration(migration.name) { db in try db.execute(sql: sql) }
        }
        return migrator
    }

    /// Refuses a file that ClusterNet did not create or that a newer ClusterNet migrated further,
    /// reading only (no journal-mode switch, no lock beyond a read); returns whether migrations
    /// are pending. A new (empty) file is ours.
    ///
    /// A file is ours when it carries ClusterNet's application id, or — written before migration
    /// 006 set one — when GRDB's migration table lists ClusterNet's first migration.
    static func checkOwnership(_ db: Database, path: String) throws -> Bool {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """)
        if tables.isEmpty { return true }
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let migrator = migrator
        let applied = tables.contains("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
        guard applicationID == Self.applicationID || (applicationID == 0 && migrations.first.map({ applied.contains($0.name) }) == true) else {
            let shown = tables.prefix(4).joined(separator: ", ") + (tables.count > 4 ? ", …" : "")
            let reason = applicationID == 0 ? "it holds other tables: \(shown)" : "it belongs to another application (application_id \(applicationID))"
            throw StoreError.notClusterNetDatabase(path: path, reason: reason)
        }
        let unknown = applied.subtracting(migrations.map(\.name))
        if !unknown.isEmpty { throw StoreError.newerDatabase(path: path, unknownMigrations: unknown.sorted()) }
        return try !migrator.hasCompletedMigrations(db)
    }

    /// Brings the file to the current schema. Only a file that needs migrating takes the write
    /// lock, so opening never waits for (or blocks) an import running in another process.
    static func migrate(_ pool: DatabasePool, path: String) throws {
        do {
            let pending = try pool.read { db in try checkOwnership(db, path: path) }
            if pending { try migrator.migrate(pool) }
        } catch let error as DatabaseError {
            throw openingError(error, path: path)
        }
    }
}

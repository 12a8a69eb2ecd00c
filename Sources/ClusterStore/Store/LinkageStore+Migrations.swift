import GRDB

extension LinkageStore {
    /// The migrations the store applies: exactly the files of `Schemas/`, named by file name
    /// without `.sql`, in file-name order (embedded at build time by the EmbedPackageFiles plugin).
    static let migrations: [(name: String, sql: String)] = EmbeddedSchemas.files.map { (name: $0.name, sql: $0.text) }

    /// The newest schema this build knows: the name of the last file in `Schemas/`.
    public static var schemaVersion: String { migrations.last?.name ?? "" }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            let sql = migration.sql
            migrator.registerMigration(migration.name) { db in try db.execute(sql: sql) }
        }
        return migrator
    }

    /// Brings the file to the current schema, refusing files that ClusterNet did not create or
    /// that a newer ClusterNet migrated further.
    static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = migrator
        do {
            // Only a file that needs migrating takes the write lock, so opening never waits for
            // (or blocks) an import running in another process.
            let pending = try pool.read { db in
                let tables = try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                    """)
                if !tables.isEmpty && !tables.contains("grdb_migrations") {
                    let shown = tables.prefix(4).joined(separator: ", ") + (tables.count > 4 ? ", …" : "")
                    throw StoreError.notClusterNetDatabase(path: path, reason: "it holds other tables: \(shown)")
                }
                let known = Set(migrations.map(\.name))
                let unknown = try migrator.appliedIdentifiers(db).subtracting(known)
                if !unknown.isEmpty { throw StoreError.newerDatabase(path: path, unknownMigrations: unknown.sorted()) }
                return try !migrator.hasCompletedMigrations(db)
            }
            if pending { try migrator.migrate(pool) }
        } catch let error as DatabaseError {
            throw openingError(error, path: path)
        }
    }
}

import ClusterGraph
@testable import ClusterStore
import Foundation
import GRDB
import Testing
import TestSupport

@Suite struct MigrationTests {
    /// `Schemas/` read from the source tree, not from anything the build produced.
    static let schemasDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Schemas")

    static func schemaFiles() throws -> [(name: String, sql: String)] {
        try FileManager.default.contentsOfDirectory(atPath: schemasDirectory.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
            .map { file in
                (String(file.dropLast(4)), try String(contentsOf: schemasDirectory.appendingPathComponent(file), encoding: .utf8))
            }
    }

    @Test func storeAppliesExactlyTheFilesInSchemas() throws {
        let files = try Self.schemaFiles()
        #expect(files.count >= 2)
        #expect(LinkageStore.migrations.map(\.name) == files.map(\.name))
        #expect(LinkageStore.migrations.map(\.sql) == files.map(\.sql))
        #expect(LinkageStore.schemaVersion == files.last?.name)

        let directory = try TemporaryDirectory()
        let path = directory.path("fresh.sqlite")
        _ = try LinkageStore(path: path)
        let applied = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(applied == files.map(\.name))
    }

    @Test func version1FileIsMigratedInPlaceKeepingItsData() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("v1.sqlite")
        let first = try #require(try Self.schemaFiles().first)
        #expect(first.name == "001_initial")
        // What ClusterNet with only the first migration left behind: its tables and the migrator's record.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: first.sql)
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('001_initial')")
            try db.execute(sql: """
                INSERT INTO graph (id, name, directed, description, source, created_at)
                    VALUES (1, 'старый', 1, 'v1 graph', 'hand', '2025-01-02T03:04:05Z');
                INSERT INTO node (graph_id, id, key, label, kind) VALUES (1, 0, 'лес', 'Лесное хозяйство', 'sector'),
                                                                       (1, 1, 'бумага', 'Бумага', 'sector');
                INSERT INTO node_attribute VALUES (1, 1, 'output', 14560.5);
                INSERT INTO link (graph_id, source, target, kind, weight) VALUES (1, 0, 1, 'supplies', 1250);
                """)
        }
        let store = try LinkageStore(path: path)
        let summary = try store.graph(named: "старый")
        #expect(summary.createdAt == "2025-01-02T03:04:05Z")
        #expect(summary.updatedAt == summary.createdAt)
        #expect(summary.linkCount == 1)
        let graph = try store.loadGraph(named: "старый")
        #expect(graph.keys == ["лес", "бумага"])
        #expect(graph.weight(from: 0, to: 1) == 1250)
        #expect(graph.attributes.number("output", at: 1) == 14560.5)
        let applied = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(applied == LinkageStore.migrations.map(\.name))
    }

    @Test func refusesDatabasesClusterNetDidNotWrite() throws {
        let directory = try TemporaryDirectory()
        let other = directory.path("other.sqlite")
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE customers (id INTEGER)") }
        let error = #expect(throws: StoreError.self) { try LinkageStore(path: other) }
        #expect(error?.description.contains("is not a ClusterNet database (it holds other tables: customers)") == true)

        let text = try directory.write("links.csv", "source,target\nA,B\n")
        #expect(throws: StoreError.notClusterNetDatabase(path: text, reason: "it is not a SQLite database")) {
            try LinkageStore(path: text)
        }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "source,target\nA,B\n")
    }

    @Test func refusesDatabasesFromANewerVersion() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("newer.sqlite")
        _ = try LinkageStore(path: path)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('999_future')") }
        #expect(throws: StoreError.newerDatabase(path: path, unknownMigrations: ["999_future"])) { try LinkageStore(path: path) }
    }
}

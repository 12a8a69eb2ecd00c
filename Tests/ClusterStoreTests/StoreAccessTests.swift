import ClusterGraph
@testable import ClusterStore
import Foundation
import GRDB
import Testing
import TestSupport

/// Opening read-only, refusing other programs' files untouched, and what must never be stored.
@Suite struct StoreAccessTests {
    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory()
        path = directory.path("store.sqlite")
        try LinkageStore(path: path).writeGraph(LinkageStoreTests.toy, mode: .create)
    }

    var sideFiles: [String] { ["-wal", "-shm"].filter { FileManager.default.fileExists(atPath: path + $0) } }

    @Test func readOnlyStoreReadsWritesNothingAndLeavesNoSideFiles() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let store = try LinkageStore(path: path, access: .readOnly)
            #expect(try store.graphs().map(\.name) == ["toy"])
            #expect(try store.loadGraph(named: "toy").nodeCount == 3)
            #expect(throws: StoreError.readOnlyStore(path: path, reason: "it was opened read-only")) {
                try store.writeGraph(GraphContents(name: "x", isDirected: true), mode: .create)
            }
        }
        #expect(sideFiles.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// The web server's case: it reads while an import writes the same file, and sees each commit.
    @Test func readOnlyStoreReadsWhileAnotherConnectionWrites() throws {
        let reader = try LinkageStore(path: path, access: .readOnly)
        let writer = try DatabaseQueue(path: path)
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "UPDATE graph SET description = 'changing' WHERE name = 'toy'")
            // Mid-transaction: the reader is not blocked and sees the last commit.
            #expect(try reader.graph(named: "toy").description == "three sectors")
            try db.execute(sql: "COMMIT")
        }
        #expect(try reader.graph(named: "toy").description == "changing")
    }

    @Test func readOnlyRefusesMissingAndOlderFiles() throws {
        let missing = directory.path("missing.sqlite")
        #expect(throws: StoreError.noDatabase(path: missing)) { try LinkageStore(path: missing, access: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: missing))
        // openForReading creates what does not exist yet, as every command does.
        #expect(try LinkageStore.openForReading(path: missing).graphs().isEmpty)

        let older = directory.path("older.sqlite")
        try DatabaseQueue(path: older).write { db in
            try db.execute(sql: LinkageStore.migrations[0].sql)
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('001_initial')")
        }
        #expect(throws: StoreError.needsMigration(path: older)) { try LinkageStore(path: older, access: .readOnly) }
        _ = try LinkageStore.openForReading(path: older)   // migrates, then reads
        #expect(try LinkageStore(path: older, access: .readOnly).graphs().isEmpty)
    }

    /// Another program's file is refused before the journal mode is touched.
    @Test(arguments: ["DELETE", "WAL"])
    func foreignFileIsRefusedUnchanged(journalMode: String) throws {
        let foreign = directory.path("foreign.db")
        try DatabaseQueue(path: foreign).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = \(journalMode); CREATE TABLE t (x); INSERT INTO t VALUES (1)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        for access in [StoreAccess.readWrite, .readOnly] {
            #expect(throws: StoreError.notClusterNetDatabase(path: foreign, reason: "it holds other tables: t")) {
                try LinkageStore(path: foreign, access: access)
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
        #expect(try DatabaseQueue(path: foreign).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == journalMode.lowercased())
    }

    @Test func storesCarryClusterNetsApplicationID() throws {
        #expect(try DatabaseQueue(path: path).read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == LinkageStore.applicationID)
    }

    @Test func weightsAndKeysThatMustNeverBeStoredAreRefused() throws {
        let store = try LinkageStore(path: path)
        func refused(_ links: [LinkRecord], nodes: [NodeRecord] = []) -> String? {
            do {
                try store.writeGraph(GraphContents(name: "bad", isDirected: true, nodes: nodes, links: links), mode: .create)
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(refused([LinkRecord(source: "a", target: "b", weight: -1)])
                == "cannot store graph 'bad': link 1: weight -1.0 is negative; flows must be zero or more")
        #expect(refused([LinkRecord(source: "a", target: "b", weight: .nan)])?.contains("is not a finite number") == true)
        #expect(refused([LinkRecord(source: "a", target: "b", weight: 1e308), LinkRecord(source: "a", target: "b", weight: 1e308)])?
            .hasPrefix("cannot store graph 'bad': link 2: links 'a' → 'b' (kind 'supplies') are summed") == true)
        #expect(refused([], nodes: [NodeRecord(key: "a\u{0}x")])?.contains("contains a NUL character") == true)
        #expect(try store.graphs().map(\.name) == ["toy"])

        // Appending past the largest double: the trigger refuses the sum SQLite computes.
        try store.writeGraph(GraphContents(name: "big", isDirected: true, links: [LinkRecord(source: "a", target: "b", weight: 1e308)]),
                             mode: .create)
        #expect(throws: StoreError.self) {
            try store.writeGraph(GraphContents(name: "big", isDirected: true, links: [LinkRecord(source: "a", target: "b", weight: 1e308)]),
                                 mode: .append)
        }
        #expect(try store.links(graph: "big", filter: LinkFilter()).map(\.weight) == [1e308])
    }

    @Test func textIsStoredInNFCAndKeysAreFoundInEitherSpelling() throws {
        let store = try LinkageStore(path: path)
        try store.writeGraph(GraphContents(name: "u", isDirected: true, nodes: [NodeRecord(key: "Cafe\u{301}", label: "Cre\u{300}me")],
                                           links: [LinkRecord(source: "Cafe\u{301}", target: "b")]), mode: .create)
        let stored = try DatabaseQueue(path: path).read { db in
            try Row.fetchOne(db, sql: "SELECT key, label FROM node WHERE key LIKE 'Caf%'")
        }
        #expect((stored?["key"] as String?)?.unicodeScalars.count == 4)
        #expect((stored?["label"] as String?)?.unicodeScalars.count == 5)
        #expect(try store.links(graph: "u", filter: LinkFilter(from: "Caf\u{E9}")).count == 1)
        #expect(try store.links(graph: "u", filter: LinkFilter(from: "Cafe\u{301}")).count == 1)
    }
}

import Foundation
import GRDB
import TestSupport

/// An in-memory store holding the test graphs of `Golden/graphs/` (`toy` directed, `ring` undirected),
/// built from `Schemas/` exactly as the store migrates a file.
enum QueryFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/graphs")

    static func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            let schemas = try FileManager.default.contentsOfDirectory(atPath: Repository.path("Schemas")).filter { $0.hasSuffix(".sql") }.sorted()
            for schema in schemas {
                try db.execute(sql: String(contentsOfFile: Repository.path("Schemas/\(schema)"), encoding: .utf8))
            }
            try load(db, name: "toy", id: 1, directed: true)
            try load(db, name: "ring", id: 2, directed: false)
        }
        return queue
    }

    /// Rows of a fixture CSV (no quoting in these files), header first.
    static func rows(_ graph: String, _ file: String) throws -> [[String]] {
        let text = try String(contentsOf: folder.appendingPathComponent("\(graph)/\(file)"), encoding: .utf8)
        return text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    private static func load(_ db: Database, name: String, id: Int64, directed: Bool) throws {
        try db.execute(sql: "INSERT INTO graph (id, name, directed, created_at) VALUES (?, ?, ?, '2026-01-01')",
                       arguments: [id, name, directed ? 1 : 0])
        var index: [String: Int64] = [:]
        for (position, row) in try rows(name, "nodes.csv").dropFirst().enumerated() {
            index[row[0]] = Int64(position)
            try db.execute(sql: "INSERT INTO node (graph_id, id, key, label, kind) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, position, row[0], row[1], row[2]])
            if let output = Double(row[3]) {
                try db.execute(sql: "INSERT INTO node_attribute VALUES (?, ?, 'output', ?)", arguments: [id, position, output])
            }
            if !row[4].isEmpty {
                try db.execute(sql: "INSERT INTO node_attribute VALUES (?, ?, 'region', ?)", arguments: [id, position, row[4]])
            }
        }
        for row in try rows(name, "links.csv").dropFirst() {
            let source = index[row[0]], target = index[row[1]]
            try db.execute(sql: "INSERT INTO link VALUES (?, ?, ?, ?, ?)", arguments: [id, source, target, row[3], Double(row[2])])
            if let share = Double(row[4]) {
                try db.execute(sql: "INSERT INTO link_attribute VALUES (?, ?, ?, ?, 'share', ?)",
                               arguments: [id, source, target, row[3], share])
            }
        }
    }
}

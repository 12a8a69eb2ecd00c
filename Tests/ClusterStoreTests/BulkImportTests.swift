import ClusterGraph
@testable import ClusterStore
import Foundation
import GRDB
import Testing
import TestSupport

@Suite struct BulkImportTests {
    @Test func runsComeOutInPairOrderKeepingFileOrderWithinAPair() throws {
        let directory = try TemporaryDirectory()
        var runs = LinkRuns(directory: directory.path(""), runCapacity: 7)
        var random = SystemRandomNumberGenerator()
        var expected: [(source: Int32, target: Int32, row: Int)] = []
        for row in 0..<200 {
            // Large ids too, so every radix digit is used.
            let source = Int32.random(in: 0..<5, using: &random) * 70_000, target = Int32.random(in: 0..<4, using: &random)
            try runs.append(LinkRuns.Entry(source: source, target: target, kind: 0, row: row, weight: Double(row)))
            expected.append((source, target, row))
        }
        #expect(runs.count == 200)
        var seen: [(source: Int32, target: Int32, row: Int)] = []
        try runs.drain { seen.append(($0.source, $0.target, Int($0.row))) }
        // A stable sort of the rows is the one right answer.
        let sorted = expected.enumerated().sorted { a, b in
            (a.element.source, a.element.target, a.offset) < (b.element.source, b.element.target, b.offset)
        }.map(\.element)
        #expect(seen.map(\.source) == sorted.map(\.source))
        #expect(seen.map(\.target) == sorted.map(\.target))
        #expect(seen.map(\.row) == sorted.map(\.row))
    }

    @Test func importSpillingSortedRunsToDiskStoresTheSameGraph() throws {
        let directory = try TemporaryDirectory()
        var lines = ["source,target,weight,kind,year"]
        for row in 0..<500 {
            // Repeated pairs (summed), two kinds, an attribute whose last value wins, both directions of a pair.
            lines.append("n\(row * 7 % 31),n\(row * 11 % 29),\(row % 5).5,\(row % 3 == 0 ? "io" : ""),\(2000 + row)")
        }
        let file = try directory.write("links.csv", lines.joined(separator: "\n") + "\n")
        var states: [String] = []
        for (name, capacity) in [("whole", LinkRuns.defaultRunCapacity), ("spilled", 16)] {
            let database = directory.path("\(name).sqlite")
            let store = try LinkageStore(path: database)
            for undirected in [false, true] {
                var options = LinkImportOptions(graph: undirected ? "u" : "d", isDirected: !undirected)
                options.runCapacity = capacity
                let summary = try store.importLinks(file: file, options: options)
                #expect(summary.rows == 500)
                #expect(summary.linkCount == (try store.graph(named: options.graph).linkCount))
            }
            states.append(try Self.contents(of: database))
        }
        #expect(states[0] == states[1])
        // No run file is left next to the database.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("")).allSatisfy { !$0.hasSuffix(".run") })
    }

    @Test func plainDecimalsAreReadExactlyAsDoubleParsesThem() throws {
        let directory = try TemporaryDirectory()
        let weights = ["0.1", "1250", "0.75", "123456789012345", "1234567890123456", "3.14159265358979", "2.5",
                       "0.0000000000000000000001", "9007199254740993", "1e3", "+2", " 4 ", "00017.500"]
        let text = "source,target,weight\n" + weights.enumerated().map { "a,n\($0.offset),\($0.element)" }.joined(separator: "\n")
        let store = try LinkageStore(path: directory.path("w.sqlite"))
        _ = try store.importLinks(file: try directory.write("w.csv", text), options: LinkImportOptions(graph: "w"))
        let graph = try store.loadGraph(named: "w")
        for (index, text) in weights.enumerated() {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            #expect(graph.weight(from: 0, to: index + 1)?.bitPattern == Double(trimmed)?.bitPattern, "\(text)")
        }
    }

    /// Every row of the node, link and link-attribute tables and the graphs' counts, in key order.
    static func contents(of database: String) throws -> String {
        try DatabaseQueue(path: database).read { db in
            try ["SELECT name, directed, node_count, link_count FROM graph ORDER BY name",
                 "SELECT * FROM node ORDER BY graph_id, id",
                 "SELECT * FROM link ORDER BY graph_id, source, target, kind",
                 "SELECT * FROM link_attribute ORDER BY graph_id, source, target, kind, name"].map { sql in
                try Row.fetchAll(db, sql: sql).map(\.description).joined(separator: "\n")
            }.joined(separator: "\n--\n")
        }
    }
}

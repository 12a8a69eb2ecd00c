import ClusterGraph
@testable import ClusterStore
import Foundation
import GRDB
import Testing
import TabularText
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

    @Test func weightsTheFileShowsToHaveADecimalCommaAreSettledAfterSpilledRuns() throws {
        let directory = try TemporaryDirectory()
        // 1.746 fits both formats until 1.234.567 (thousands dots) shows the file's decimal comma.
        let file = try directory.write("comma.csv", "source;target;weight\na;b;1.746\nb;c;2\nc;d;1.234.567\nd;a;0,5\na;b;1\n")
        let store = try LinkageStore(path: directory.path("comma.sqlite"))
        var options = LinkImportOptions(graph: "g")
        options.runCapacity = 2
        _ = try store.importLinks(file: file, options: options)
        let weights = Dictionary(uniqueKeysWithValues: try store.links(graph: "g", filter: LinkFilter()).map { ("\($0.source)>\($0.target)", $0.weight) })
        #expect(weights == ["a>b": 1747, "b>c": 2, "c>d": 1_234_567, "d>a": 0.5])

        // A comma-separated file that never shows its format reads a decimal point.
        let points = try directory.write("points.csv", "source,target,weight\na,b,1.746\nb,c,12.500\n")
        _ = try store.importLinks(file: points, options: LinkImportOptions(graph: "p"))
        #expect(try store.links(graph: "p", filter: LinkFilter()).map(\.weight).sorted() == [1.746, 12.5])

        // Nothing settles it: refused at its place, the store unchanged.
        let unclear = try directory.write("unclear.csv", "source;target;weight\na;b;2\nb;c;1.746\n")
        #expect(throws: TabularTextError.self) { try store.importLinks(file: unclear, options: LinkImportOptions(graph: "u")) }
        do {
            _ = try store.importLinks(file: unclear, options: LinkImportOptions(graph: "u"))
        } catch let error as TabularTextError {
            #expect((error.line, error.column) == (3, 5))
            #expect(error.message.hasPrefix("'1.746' could be 1746"))
        }
        #expect(try store.graphs().map(\.name) == ["g", "p"])
    }

    @Test func keysReadFromBytesAreNFCAndNeverHoldANUL() throws {
        let directory = try TemporaryDirectory()
        let store = try LinkageStore(path: directory.path("keys.sqlite"))
        let file = try directory.write("nfc.csv", "source,target\nCafe\u{301},b\nCaf\u{E9},b\n")
        _ = try store.importLinks(file: file, options: LinkImportOptions(graph: "g"))
        #expect(try store.nodes(graph: "g").map { Array($0.key.utf8) } == [Array("Caf\u{E9}".utf8), Array("b".utf8)])
        #expect(try store.links(graph: "g", filter: LinkFilter()).map(\.weight) == [2])

        let nul = try directory.write("nul.csv", "source,target\na,b\nx\u{0}y,b\n")
        #expect(throws: TabularTextError(file: nul, line: 3, column: 2, message: "a NUL byte (0x00) in a field; a text file holds none — "
            + "save the file as UTF-8 text (a binary file, or UTF-16 without a byte-order mark, looks like this)")) {
            try store.importLinks(file: nul, options: LinkImportOptions(graph: "n"))
        }
    }

    @Test func anAppendedSumPastTheLargestDoubleNamesTheRowThatTippedIt() throws {
        let directory = try TemporaryDirectory()
        let store = try LinkageStore(path: directory.path("append.sqlite"))
        // More links than one multi-row statement holds, so the refused statement is taken apart.
        let base = ["source,target,weight"] + (0..<300).map { "n\($0),m\($0),1e308" }
        _ = try store.importLinks(file: try directory.write("base.csv", base.joined(separator: "\n")), options: LinkImportOptions(graph: "g"))
        let more = ["source,target,weight"] + (0..<300).map { "n\($0),m\($0),\($0 == 200 ? "1e308" : "1")" }
        let file = try directory.write("more.csv", more.joined(separator: "\n"))
        do {
            _ = try store.importLinks(file: file, options: LinkImportOptions(graph: "g", mode: .append))
            Issue.record("the overflow is refused")
        } catch let error as TabularTextError {
            #expect((error.line, error.column) == (202, 11))
            #expect(error.message.hasPrefix("links 'n200' → 'm200' (kind 'supplies') are summed: weight 1e308 takes"))
        }
        #expect(try store.links(graph: "g", filter: LinkFilter()).allSatisfy { $0.weight == 1e308 })
    }

    @Test func countsStayCurrentAndHeaviestLinksComeFromTheWeightIndex() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("counts.sqlite")
        let store = try LinkageStore(path: path)
        let lines = ["source,target,weight"] + (0..<60_000).map { "n\($0 % 997),n\($0 % 991 + 1000),\($0 % 17)" }
        let file = try directory.write("links.csv", lines.joined(separator: "\n"))
        _ = try store.importLinks(file: file, options: LinkImportOptions(graph: "g"))
        let stored = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM link WHERE graph_id = (SELECT id FROM graph WHERE name = 'g')")
        }
        #expect(try store.graph(named: "g").linkCount == stored)
        #expect(try store.graph(named: "g").nodeCount == 1_988)
        let more = try directory.write("more.csv", "source,target,weight\nn1,n1001,1\nnew,n0,2\n")
        _ = try store.importLinks(file: more, options: LinkImportOptions(graph: "g", mode: .append))
        #expect(try store.graph(named: "g").linkCount == stored! + 1)
        #expect(try store.graph(named: "g").nodeCount == 1_989)
        // The bulk load dropped and rebuilt every index on the link table.
        let plan = try DatabaseQueue(path: path).read { db in
            #expect(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'link'")
                .contains("link_by_weight"))
            return try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT source, target, kind, weight FROM link WHERE graph_id = 1
                ORDER BY weight DESC, source, target, kind LIMIT 10
                """).map { $0["detail"] as String }.joined(separator: "; ")
        }
        #expect(plan.contains("link_by_weight") && !plan.contains("TEMP B-TREE"), "\(plan)")
        let heaviest = try store.links(graph: "g", filter: LinkFilter(limit: 3))
        #expect(heaviest.map(\.weight) == [16, 16, 16])
    }

    @Test(arguments: [false, true])
    func loadingOnSeveralConnectionsGivesTheSameGraph(undirected: Bool) throws {
        let directory = try TemporaryDirectory()
        let store = try LinkageStore(path: directory.path("load.sqlite"))
        // 20,000 nodes: several blocks of sources for each connection.
        let lines = ["source,target,weight,kind"]
            + (0..<40_000).map { "n\($0 % 19_997),n\($0 * 7 % 20_011),\($0 % 7 == 0 ? "2.5" : "1"),k\($0 % 3)" }
        let file = try directory.write("links.csv", lines.joined(separator: "\n"))
        _ = try store.importLinks(file: file, options: LinkImportOptions(graph: "g", isDirected: !undirected))
        let one = try store.loadGraph(named: "g")
        for threads in [2, 3, 7] {
            for kinds in [nil, Set(["k1"])] {
                let expected = kinds == nil ? one : try store.loadGraph(named: "g", linkKinds: kinds)
                let graph = try #require(try store.loadConcurrently("g", linkKinds: kinds, attributes: true, threads: threads, minimumLinks: 0))
                #expect(graph.keys == expected.keys && graph.isDirected == expected.isDirected)
                #expect(graph.outOffsets == expected.outOffsets)
                #expect(graph.outTargets == expected.outTargets)
                #expect(graph.outWeights == expected.outWeights && graph.outWeights.width == expected.outWeights.width)
                #expect(graph.linkCount == expected.linkCount)
            }
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

import Foundation
import Testing
import TestSupport

/// Issue 16's reproductions for stores, stored values, spreadsheet tables and the minor cases,
/// each run as a user would and each ending in a correct result or a one-line error that leaves
/// the store as it was (`Docs/reliability.md` lists them with what was tried).
@Suite struct ReliabilityTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    // MARK: - 7. Read-only stores

    /// Root may write anything, so as root the commands run without the capabilities that let it
    /// ignore file modes (`setpriv`, util-linux): then a 0444 file is read-only for them too.
    static let unprivileged: [String] = getuid() == 0
        ? ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"] : []

    func runUnprivileged(_ arguments: [String]) throws -> CommandResult {
        try ClusterNetCLI.run(arguments, launcher: Self.unprivileged)
    }

    func sideFiles(of database: String) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: database + $0) }
    }

    /// A shared copy: the file, or its whole folder, is read-only. Listing, browsing, querying and
    /// exporting work, nothing is left behind, and a command that writes says why it cannot.
    @Test(arguments: [false, true])
    func readOnlyStoreCanBeReadAndLeavesNothingBehind(folderReadOnly: Bool) throws {
        let folder = directory.path("shared")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let database = folder + "/store.sqlite"
        let links = try directory.write("links.csv", "source,target,weight\nA,B,2\nB,C,3\n")
        #expect(try ClusterNetCLI.run(["import", "links", links, "--graph", "g", "--db", database]).status == 0)
        #expect(sideFiles(of: database).isEmpty)
        let before = try Data(contentsOf: URL(fileURLWithPath: database))

        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        if folderReadOnly { try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder) }
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: database)
        }
        for command in [["graphs"], ["nodes", "--graph", "g"], ["links", "--graph", "g", "--from", "A"],
                        ["neighbors", "A", "--graph", "g"], ["query", "MATCH (a)-->(b) RETURN a.key, b.key"],
                        ["export", "--graph", "g", "--to", "json"], ["centrality", "--graph", "g", "--measure", "degree"]] {
            let result = try runUnprivileged(command + ["--db", database])
            #expect(result.status == 0, "\(command): \(result.standardError)")
            #expect(sideFiles(of: database).isEmpty, "\(command) left \(sideFiles(of: database))")
        }
        let graphs = try runUnprivileged(["graphs", "--db", database, "--format", "json"])
        #expect(graphs.standardOutput.contains("\"links\":2"))

        let write = try runUnprivileged(["import", "links", links, "--graph", "h", "--db", database])
        #expect(write.status != 0)
        #expect(write.standardError.hasPrefix("error: cannot change the database '\(database)': the file is read-only"))
        #expect(write.standardError.contains("commands that only read"))
        #expect(sideFiles(of: database).isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    /// A writable store read by a command that only reads: opened read-only, tidied afterwards.
    @Test func readingAWritableStoreLeavesNoSideFiles() throws {
        let (database, _) = try databaseWithBaseGraph(in: directory)
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        for command in [["graphs"], ["links", "--graph", "base"], ["query", "MATCH (n) RETURN count(*)"]] {
            #expect(try ClusterNetCLI.run(command + ["--db", database]).status == 0)
            #expect(sideFiles(of: database).isEmpty, "\(command) left \(sideFiles(of: database))")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    /// The disk fills up (here: a file-size limit) half-way through an import: one clear error,
    /// and the store as it was.
    @Test func aFullDiskLeavesTheStoreAsItWas() throws {
        let (database, dump) = try databaseWithBaseGraph(in: directory)
        var lines = "source,target,weight\n"
        for index in 0..<200_000 { lines += "n\(index % 5_000),m\(index / 7),\(index % 97 + 1)\n" }
        let file = try directory.write("big.csv", lines)
        // SIGXFSZ ignored, so a write past the limit fails with EFBIG instead of killing the process.
        let limited = ["/bin/sh", "-c", "trap '' XFSZ; ulimit -f 400; exec \"$0\" \"$@\""]
        let result = try ClusterNetCLI.run(["import", "links", file, "--graph", "big", "--db", database], launcher: limited)
        #expect(result.status == 1)
        #expect(result.standardError == "error: cannot write the database '\(database)': the disk refused a write (a full disk or a "
                + "file-size limit does this); nothing was changed — free some space and run the command again\n")
        #expect(try databaseDump(database) == dump)
    }

    // MARK: - 8. Foreign SQLite files

    /// Runs the sqlite3 shell on `file`.
    func sqlite(_ file: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [file, sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Another program's database, in rollback-journal or WAL mode, is refused by commands that
    /// read and that write, and is left byte for byte as it was — journal mode included.
    @Test(arguments: ["delete", "wal"])
    func foreignDatabaseIsRefusedUnchanged(journalMode: String) throws {
        let file = directory.path("foreign.db")
        #expect(try sqlite(file, "PRAGMA journal_mode = \(journalMode); CREATE TABLE t (x); INSERT INTO t VALUES (1);") == journalMode)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let links = try directory.write("links.csv", "source,target\nA,B\n")
        for command in [["graphs"], ["init"], ["import", "links", links, "--graph", "g"]] {
            let result = try ClusterNetCLI.run(command + ["--db", file])
            #expect(result.status == 1)
            #expect(result.standardError == "error: '\(file)' is not a ClusterNet database (it holds other tables: t); "
                    + "give another file with --db, or a new file name to create one\n")
            #expect(sideFiles(of: file).isEmpty)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        #expect(try sqlite(file, "PRAGMA journal_mode") == journalMode)
    }

    // MARK: - 9. Weights that must never be stored

    @Test func weightsSummingToInfinityAreRefusedAtTheRowThatTippedThem() throws {
        let (database, dump) = try databaseWithBaseGraph(in: directory)
        let file = try directory.write("huge.csv", "source,target,weight\na,b,1.7976931348623157e308\nc,d,1\na,b,1.7976931348623157e308\n")
        let result = try ClusterNetCLI.run(["import", "links", file, "--graph", "huge", "--db", database])
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(file):4:5: links 'a' → 'b' (kind 'supplies') are summed: weight "
                + "1.7976931348623157e308 takes their sum past the largest number ClusterNet can hold (about 1.8e308); "
                + "check these weights for a misplaced exponent\n")
        #expect(try databaseDump(database) == dump)

        // Appending to a stored link: the store's trigger catches the sum SQLite computes.
        let big = try directory.write("big.csv", "source,target,weight\nA,B,1e308\n")
        #expect(try ClusterNetCLI.run(["import", "links", big, "--graph", "big", "--db", database]).status == 0)
        let stored = try databaseDump(database)
        let more = try directory.write("more.csv", "source,target,weight\nB,C,1\nA,B,1e308\n")
        let append = try ClusterNetCLI.run(["import", "links", more, "--graph", "big", "--append", "--db", database])
        #expect(append.status == 1)
        #expect(append.standardError.hasPrefix("error: \(more):3:5: links 'A' → 'B' (kind 'supplies') are summed: weight 1e308 takes"))
        #expect(try databaseDump(database) == stored)
    }

    @Test func jsonWeightsFollowTheCSVRule() throws {
        let (database, dump) = try databaseWithBaseGraph(in: directory)
        let negative = try directory.write("negative.json", #"{"nodes": [], "links": [{"source": "a", "target": "b", "weight": -1}]}"#)
        let result = try ClusterNetCLI.run(["import", "json", negative, "--graph", "j", "--db", database])
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(negative): links[0] weight -1 is negative; flows must be zero or more\n")
        let csv = try directory.write("negative.csv", "source,target,weight\na,b,-1\n")
        #expect(try ClusterNetCLI.run(["import", "links", csv, "--graph", "j", "--db", database]).standardError
                == "error: \(csv):2:5: weight -1 is negative; flows must be zero or more\n")

        let huge = try directory.write("huge.json", #"{"nodes": [], "links": [{"source": "a", "target": "b", "weight": 1e308}, "#
                                       + #"{"source": "a", "target": "b", "weight": 1e308}]}"#)
        let overflow = try ClusterNetCLI.run(["import", "json", huge, "--graph", "j", "--db", database])
        #expect(overflow.status == 1)
        #expect(overflow.standardError.hasPrefix("error: cannot store graph 'j': link 2: links 'a' → 'b' (kind 'supplies') are summed"))
        #expect(try databaseDump(database) == dump)
    }

    // MARK: - 10. NUL bytes in keys

    @Test func nulBytesInKeysAreRefusedWhereTheyStand() throws {
        let (database, dump) = try databaseWithBaseGraph(in: directory)
        // Two keys that a NUL would have cut to the same 'a' (a raw UNIQUE constraint failure before).
        let nodes = directory.path("nul-nodes.csv"), links = directory.path("nul-links.csv")
        try Data("key\na\u{0}x\na\u{0}y\n".utf8).write(to: URL(fileURLWithPath: nodes))
        try Data("source,target\nb,a\u{0}x\n".utf8).write(to: URL(fileURLWithPath: links))
        let fromNodes = try ClusterNetCLI.run(["import", "nodes", nodes, "--graph", "n", "--db", database])
        #expect(fromNodes.status == 1)
        #expect(fromNodes.standardError.hasPrefix("error: \(nodes):2:2: a NUL byte (0x00) in a field"))
        #expect(!fromNodes.standardError.contains("UNIQUE"))
        let fromLinks = try ClusterNetCLI.run(["import", "links", links, "--graph", "n", "--db", database])
        #expect(fromLinks.standardError.hasPrefix("error: \(links):2:4: a NUL byte (0x00) in a field"))

        let json = try directory.write("nul.json", #"{"nodes": [{"id": "a\u0000x"}, {"id": "a\u0000y"}], "links": []}"#)
        let fromJSON = try ClusterNetCLI.run(["import", "json", json, "--graph", "n", "--db", database])
        #expect(fromJSON.standardError.hasPrefix("error: \(json): nodes[0].id contains a NUL character (byte 0x00)"))
        #expect(try databaseDump(database) == dump)
    }

    // MARK: - 11. One spelling of a key (NFC)

    /// é as one code point (U+00E9) and as e + U+0301 are one key on every path in and out.
    @Test func keysThatDifferOnlyInNormalisationAreOneKeyEverywhere() throws {
        let composed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        let database = directory.path("db.sqlite")
        let file = try directory.write("links.csv", "source,target,weight\n\(composed),b,1\n\(decomposed),c,2\nb,\(decomposed),3\n")
        let report = try cliJSON(["import", "links", file, "--graph", "u", "--db", database])
        #expect(report["nodes"] as? Int == 3)
        for spelling in [composed, decomposed] {
            let links = try cliJSON(["links", "--graph", "u", "--from", spelling, "--db", database])
            #expect((links["links"] as? [[String: Any]])?.compactMap { $0["target"] as? String }.sorted() == ["b", "c"])
            let literal = try cliJSON(["query", "MATCH (a {key: '\(spelling)'})-->(b) RETURN b.key ORDER BY b.key", "--graph", "u",
                                       "--db", database])
            #expect((literal["rows"] as? [[String]]) == [["b"], ["c"]])
            let parameter = try cliJSON(["query", "MATCH (a)-->(b {key: $k}) RETURN a.key", "--param", "k=\(spelling)",
                                         "--graph", "u", "--db", database])
            #expect((parameter["rows"] as? [[String]])?.count == 1)
            let neighbors = try ClusterNetCLI.run(["neighbors", spelling, "--graph", "u", "--db", database])
            #expect(neighbors.status == 0, "\(neighbors.standardError)")
            #expect(try ClusterNetCLI.run(["path", spelling, "c", "--graph", "u", "--db", database]).status == 0)
        }
        // Stored, and so exported, in the composed form.
        let exported = try ClusterNetCLI.run(["export", "--graph", "u", "--to", "csv", "--db", database]).standardOutput
        #expect(exported.contains(composed) && !exported.unicodeScalars.contains("\u{301}"))
    }

    // MARK: - 12. Totals in spreadsheet tables

    @Test func totalRowsAndColumnsAreLeftOutWithANotice() throws {
        let database = directory.path("db.sqlite")
        let labelled = try directory.write("total.csv", ";A;B;C;Total;output\nA;1;2;3;6;20\nB;4;5;6;15;30\nC;7;8;9;24;40\nTotal;12;15;18;45;90\n")
        let result = try ClusterNetCLI.run(["import", "io", labelled, "--graph", "t", "--db", database])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "left out as totals (not sectors): row 'Total'; column 'Total'\n")
        let linkages = try cliJSON(["linkages", "--graph", "t", "--db", database])
        #expect((linkages["sectors"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["A", "B", "C"])

        // Unlabelled: a row and column that add up to the others (rounded to whole numbers).
        let summed = try directory.write("summed.csv", ",A,B,C,D,ALL\nA,1,2,3,4,10\nB,4,5,6,1,16\nC,7,8,9,2,26\nD,1,1,1,1,4\n"
                                         + "ALL,13,16,19,8,56\n")
        let second = try ClusterNetCLI.run(["import", "io", summed, "--graph", "s", "--db", database, "--format", "json"])
        #expect(second.standardError == "left out as totals (not sectors): row 'ALL'; column 'ALL'\n")
        #expect(second.standardOutput.contains(#""totals":{"rows":["ALL"],"columns":["ALL"]}"#))
        let clusters = try cliJSON(["nodes", "--graph", "s", "--db", database])
        #expect((clusters["nodes"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["A", "B", "C", "D"])
    }

    // MARK: - 13. Number formats

    func flows(_ graph: String, _ database: String) throws -> [String: Double] {
        let links = try cliJSON(["links", "--graph", graph, "--db", database])["links"] as? [[String: Any]] ?? []
        var flows: [String: Double] = [:]
        for link in links {
            flows["\(link["source"] ?? "")>\(link["target"] ?? "")"] = link["weight"] as? Double
        }
        return flows
    }

    @Test func numberFormatIsDetectedPerFile() throws {
        let database = directory.path("db.sqlite")
        // A decimal comma elsewhere in the file makes 1.746 a thousands dot; spaces group thousands.
        let comma = try directory.write("comma.csv", ";A;B\nA;1.746;2,5\nB;1 234,5;1\u{A0}000\n")
        #expect(try ClusterNetCLI.run(["import", "io", comma, "--graph", "comma", "--db", database]).status == 0)
        #expect(try flows("comma", database) == ["A>A": 1746, "A>B": 2.5, "B>A": 1234.5, "B>B": 1000])

        // Excel's sep= line names the delimiter.
        let excel = try directory.write("excel.csv", "sep=;\n;A;B\nA;1,5;2\nB;3;4\n")
        let imported = try ClusterNetCLI.run(["import", "io", excel, "--graph", "excel", "--db", database])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(try flows("excel", database)["A>A"] == 1.5)

        // Nothing tells what 1.746 is: refused at its place, and either option settles it.
        let unclear = try directory.write("unclear.csv", ";A;B\nA;1;2\nB;1.746;4\n")
        let refused = try ClusterNetCLI.run(["import", "io", unclear, "--graph", "unclear", "--db", database])
        #expect(refused.status == 1)
        #expect(refused.standardError == "error: \(unclear):3:3: '1.746' could be 1746 (with '.' between thousands) or 1.746 "
                + "(with a decimal point), and no other number in the file tells which; give --decimal-comma if '.' separates "
                + "thousands, or --thousands none if it is a decimal point\n")
        #expect(try ClusterNetCLI.run(["import", "io", unclear, "--graph", "dc", "--decimal-comma", "--db", database]).status == 0)
        #expect(try flows("dc", database)["B>A"] == 1746)
        #expect(try ClusterNetCLI.run(["import", "io", unclear, "--graph", "dp", "--thousands", "none", "--db", database]).status == 0)
        #expect(try flows("dp", database)["B>A"] == 1.746)

        // One file, one format.
        let mixed = try directory.write("mixed.csv", "source;target;weight\na;b;3,75\nb;c;1.5\n")
        let both = try ClusterNetCLI.run(["import", "links", mixed, "--graph", "mixed", "--db", database])
        #expect(both.standardError == "error: \(mixed):3:5: weight '1.5' is written with a decimal point, but line 2 ('3,75') "
                + "uses a decimal comma; one file uses one number format — fix the file, or give it with --decimal-comma or --thousands SEP\n")
    }

    // MARK: - 14. Wide tables

    /// 2 rows × 20,000 columns (the file the issue timed at 8.8 s); the time is measured by
    /// Tools/bench (case 11-wide-table), this checks the result.
    @Test func wideTableImports() throws {
        let columns = 20_000
        var text = "," + (0..<columns).map { "c\($0)" }.joined(separator: ",") + "\n"
        text += "c0," + (0..<columns).map { String($0 % 7) }.joined(separator: ",") + "\n"
        text += "c1," + (0..<columns).map { String($0 % 5) }.joined(separator: ",") + "\n"
        let file = try directory.write("wide.csv", text)
        let report = try cliJSON(["import", "io", file, "--graph", "wide", "--db", directory.path("db.sqlite")])
        #expect((report["graphs"] as? [[String: Any]])?.first?["sectors"] as? Int == 2)
        #expect(((report["ignored"] as? [String: Any])?["columns"] as? [String])?.count == columns - 2)
    }

    // MARK: - 16. Minor

    @Test func aHugeHeaderIsCutInTheMessage() throws {
        let file = try directory.write("header.csv", String(repeating: "a", count: 10_000_000))
        let result = try ClusterNetCLI.run(["import", "links", file, "--graph", "h", "--db", directory.path("db.sqlite")])
        #expect(result.status == 1)
        #expect(result.standardError.count < 400)
        #expect(result.standardError.contains("…' (10,000,000 characters)"))
    }

    @Test func aDoubledBacktickIsOneBacktickInAName() throws {
        let (database, _) = try databaseWithBaseGraph(in: directory)
        let result = try cliJSON(["query", "MATCH (n {key: 'A'}) RETURN n.key AS `a``b`", "--db", database])
        #expect(result["columns"] as? [String] == ["a`b"])
    }
}

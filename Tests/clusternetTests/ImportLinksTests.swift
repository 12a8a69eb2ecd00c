import Foundation
import Testing
import TestSupport

@Suite struct ImportLinksTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }


    @Test func importsLinksWithAttributesAndReportsThem() throws {
        let database = directory.path("db.sqlite")
        let file = try directory.write("links.csv", """
            source,target,weight,kind,year,channel
            02_03,17_18,1250,,2014,road
            17_18,22,830.5,io,2014,
            02_03,17_18,50,,,rail

            """)
        let report = try cliJSON(["import", "links", file, "--graph", "fi", "--db", database, "--description", "toy", "--source", "hand"])
        #expect(report["rows"] as? Int == 3)
        #expect(report["nodes_added"] as? Int == 3)
        #expect(report["links"] as? Int == 2)
        #expect((report["attributes"] as? [[String: String]]) == [["name": "year", "type": "number"], ["name": "channel", "type": "text"]])

        let result = try ClusterNetCLI.run(["links", "--graph", "fi", "--db", database, "--format", "json"])
        // Parallel rows are summed; the last non-empty attribute value wins; an empty cell is no attribute.
        #expect(result.standardOutput == """
            {"graph":"fi","links":[{"source":"02_03","target":"17_18","weight":1300,"kind":"supplies","attributes":{"channel":"rail","year":2014}},\
            {"source":"17_18","target":"22","weight":830.5,"kind":"io","attributes":{"year":2014}}]}

            """)
        let graphs = try cliJSON(["graphs", "--db", database])
        let graph = (graphs["graphs"] as? [[String: Any]])?.first
        #expect(graph?["description"] as? String == "toy")
        #expect(graph?["source"] as? String == "hand")
        #expect(graph?["directed"] as? Bool == true)
    }

    @Test func readsSemicolonsDecimalCommasTabsAndQuotes() throws {
        let database = directory.path("db.sqlite")
        let semicolons = try directory.write("semi.csv", "source;target;weight\n\"A; Ltd\";B;3,75\n")
        #expect(try ClusterNetCLI.run(["import", "links", semicolons, "--graph", "semi", "--db", database]).status == 0)
        let semi = try cliJSON(["links", "--graph", "semi", "--db", database])
        #expect((semi["links"] as? [[String: Any]])?.first?["weight"] as? Double == 3.75)
        #expect((semi["links"] as? [[String: Any]])?.first?["source"] as? String == "A; Ltd")

        let tabs = try directory.write("tabs.tsv", "source\ttarget\tweight\nA\tB\t1\n")
        #expect(try ClusterNetCLI.run(["import", "links", tabs, "--graph", "tabs", "--delimiter", "tab", "--db", database]).status == 0)
        #expect((try cliJSON(["graphs", "--graph", "tabs", "--db", database])["graphs"] as? [[String: Any]])?.first?["links"] as? Int == 1)
    }

    @Test func cyrillicKeysAndLabelsEndToEnd() throws {
        let database = directory.path("db.sqlite")
        let nodes = try directory.write("nodes.csv", "key,label\nлес,Лесное хозяйство\nбумага,Целлюлозно-бумажная промышленность\n")
        let links = try directory.write("links.csv", "source,target,weight\nлес,бумага,1250\nхимия,бумага,300\n")
        #expect(try ClusterNetCLI.run(["import", "nodes", nodes, "--graph", "рф", "--db", database]).status == 0)
        #expect(try ClusterNetCLI.run(["import", "links", links, "--graph", "рф", "--db", database]).status == 0)
        let table = try ClusterNetCLI.run(["links", "--graph", "рф", "--to", "бумага", "--db", database])
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("лес     Лесное хозяйство  бумага  Целлюлозно-бумажная промышленность    1250  supplies"))
        let document = try cliJSON(["links", "--graph", "рф", "--to", "бумага", "--limit", "1", "--db", database])
        #expect((document["links"] as? [[String: Any]])?.first?["source"] as? String == "лес")
        let error = try ClusterNetCLI.run(["links", "--graph", "рф", "--from", "сталь", "--db", database])
        #expect(error.standardError == "error: graph 'рф' has no node 'сталь'; check the keys with `clusternet nodes --graph рф`\n")
    }

    @Test func undirectedLinksAreStoredOncePerPair() throws {
        let database = directory.path("db.sqlite")
        let file = try directory.write("u.csv", "source,target,weight\nB,A,1\nA,B,2\nC,C,1\n")
        let report = try cliJSON(["import", "links", file, "--graph", "u", "--undirected", "--db", database])
        #expect(report["links"] as? Int == 2)
        let links = try cliJSON(["links", "--graph", "u", "--from", "A", "--db", database])
        #expect((links["links"] as? [[String: Any]])?.map { "\($0["source"] ?? "")-\($0["target"] ?? "")-\($0["weight"] ?? "")" } == ["A-B-3"])
    }

    @Test func existingGraphNeedsReplaceOrAppend() throws {
        let (database, dump) = try databaseWithBaseGraph(in: directory)
        let more = try directory.write("more.csv", "source,target,weight\nC,D,4\nA,B,1\n")
        let refused = try ClusterNetCLI.run(["import", "links", more, "--graph", "base", "--db", database])
        #expect(refused.status == 1)
        #expect(refused.standardError == "error: a graph named 'base' already exists; add --replace to overwrite it, --append to add to it, or choose another --graph name\n")
        #expect(try databaseDump(database) == dump)

        #expect(try ClusterNetCLI.run(["import", "links", more, "--graph", "base", "--append", "--db", database]).status == 0)
        let appended = try cliJSON(["links", "--graph", "base", "--db", database])
        #expect((appended["links"] as? [[String: Any]])?.map { $0["weight"] as? Double ?? -1 } == [4, 3, 3])

        #expect(try ClusterNetCLI.run(["import", "links", more, "--graph", "base", "--replace", "--db", database]).status == 0)
        let replaced = try cliJSON(["graphs", "--graph", "base", "--db", database])
        #expect((replaced["graphs"] as? [[String: Any]])?.first?["nodes"] as? Int == 4)
        #expect((replaced["graphs"] as? [[String: Any]])?.first?["links"] as? Int == 2)

        let both = try ClusterNetCLI.run(["import", "links", more, "--graph", "base", "--replace", "--append", "--db", database])
        #expect(both.status != 0)
        #expect(both.standardError.contains("--replace or --append, not both"))
    }

    /// Each bad file: the exact message with file:line:column, exit status 1, and the database as before
    /// (no graph created, the existing one untouched).
    @Test(arguments: [
        ("ragged.csv", "source,target,weight\nA,B,1\nB,C\n", [String](),
         "ragged.csv:3:4: this row has 2 fields but the header has 3; check for a missing or extra ',' or an unclosed quote"),
        ("word.csv", "source,target,weight\nA,B,1\nB,C,lots\n", [],
         "word.csv:3:5: weight 'lots' is not a number; write a plain number such as 1250 or 0.75"),
        ("nan.csv", "source,target,weight\nA,B,NaN\n", [],
         "nan.csv:2:5: weight 'NaN' is not a finite number; write a plain number such as 1250 or 0.75"),
        ("inf.csv", "source,target,weight\nA,B,1\nA,C,inf\n", [],
         "inf.csv:3:5: weight 'inf' is not a finite number; write a plain number such as 1250 or 0.75"),
        ("negative.csv", "source,target,weight\nлес,бумага,-3\n", [],
         "negative.csv:2:12: weight -3 is negative; flows must be zero or more"),
        ("empty-weight.csv", "source,target,weight\nA,B,\n", [],
         "empty-weight.csv:2:5: the weight is empty; give every link a weight (or drop the weight column for weight 1)"),
        ("strict.csv", "source,target\nA,B\nA,Z\n", ["--strict", "--append"],
         "strict.csv:3:3: graph 'base' has no node 'Z'; with --strict every key must already be a node (import them first with `clusternet import nodes FILE --graph base`), or drop --strict to create nodes from the links"),
        ("header.csv", "from,to,weight\nA,B,1\n", [],
         "header.csv:1:1: the header has no 'source' or 'target' column (found 'from', 'to', 'weight'); the first line must name the columns, for example `source,target,weight`"),
        ("twice.csv", "source,target,Weight,weight\nA,B,1,2\n", [],
         "twice.csv:1:22: the header names column 'weight' twice (columns 3 and 4); give each column its own name"),
        ("empty-key.csv", "source,target\nA,\n", [],
         "empty-key.csv:2:3: target is empty; every row needs a target"),
        ("quote.csv", "source,target\nA,\"B\n", [],
         "quote.csv:2:3: a quoted field is never closed; add the closing '\"' (a quote inside a field is written '\"\"')"),
        ("empty.csv", "", [],
         "empty.csv:1:1: the file is empty; it needs a header line naming its columns"),
    ])
    func badInputFailsAtItsPlaceAndChangesNothing(file: String, contents: String, options: [String], message: String) throws {
        let (database, dump) = try databaseWithBaseGraph(in: directory)
        let path = try directory.write(file, contents)
        let graph = options.contains("--append") ? "base" : "new"
        let result = try ClusterNetCLI.run(["import", "links", path, "--graph", graph, "--db", database] + options)
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(directory.path(message))\n")
        #expect(result.standardOutput.isEmpty)
        #expect(try databaseDump(database) == dump)
    }

    @Test func invalidUTF8FailsAtItsByteAndChangesNothing() throws {
        let (database, dump) = try databaseWithBaseGraph(in: directory)
        let path = directory.path("latin1.csv")
        try (Data("source,target\nA,Mets".utf8) + [0xE4, 0x0A]).write(to: URL(fileURLWithPath: path))
        let result = try ClusterNetCLI.run(["import", "links", path, "--graph", "new", "--db", database])
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(path):2:7: invalid UTF-8 (byte 0xE4); save the file as UTF-8 (for example `iconv -f LATIN1 -t UTF-8`)\n")
        #expect(try databaseDump(database) == dump)
    }

    @Test func missingFileIsNamed() throws {
        let (database, dump) = try databaseWithBaseGraph(in: directory)
        let result = try ClusterNetCLI.run(["import", "links", directory.path("nope.csv"), "--graph", "new", "--db", database])
        #expect(result.status == 1)
        #expect(result.standardError == "error: cannot read '\(directory.path("nope.csv"))': there is no such file; check the file name\n")
        #expect(try databaseDump(database) == dump)
    }

    /// SIGKILL while reading the file (40%) and while writing rows inside the transaction (85%):
    /// the database is as before, and usable. Just before the kill, with the import stopped
    /// mid-transaction, every browsing command still reads the database (WAL: readers never wait).
    @Test(arguments: [40, 85])
    func killedImportLeavesDatabaseAsBefore(atPercent threshold: Int) throws {
        let (database, dump) = try databaseWithBaseGraph(in: directory)
        var lines = "source,target,weight\n"
        for index in 0..<400_000 { lines += "n\(index % 50_000),m\(index / 8),\(index % 97 + 1)\n" }
        let file = try directory.write("big.csv", lines)

        // Progress is drawn only on a terminal: give the import one, and kill it when it reports the threshold.
        let (terminal, secondary) = try #require(Self.openPseudoTerminal())
        let process = Process()
        process.executableURL = ClusterNetCLI.executableURL
        process.arguments = ["import", "links", file, "--graph", "big", "--db", database]
        process.standardError = FileHandle(fileDescriptor: secondary, closeOnDealloc: true)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = "", killedAt: Int?, readDuringImport: String?
        var buffer = [UInt8](repeating: 0, count: 256)
        while killedAt == nil {
            let count = read(terminal, &buffer, buffer.count)
            if count <= 0 { break }
            seen += String(decoding: buffer[0..<count], as: UTF8.self)
            let percents = seen.split(separator: "\r").compactMap { $0.split(separator: ":").last?.split(separator: "%").first }
                .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            if let percent = percents.last, percent >= threshold, percent < 100 {
                // Frozen mid-transaction, the import holds the write lock: readers still see the old state.
                kill(process.processIdentifier, SIGSTOP)
                readDuringImport = try databaseDump(database)
                kill(process.processIdentifier, SIGKILL)
                killedAt = percent
            }
        }
        process.waitUntilExit()
        close(terminal)
        #expect(killedAt != nil, "the import finished before it could be killed; progress seen: \(seen)")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(readDuringImport == dump)
        #expect(try databaseDump(database) == dump)
        let retry = try ClusterNetCLI.run(["import", "links", file, "--graph", "big", "--db", database])
        #expect(retry.status == 0, "\(retry.standardError)")
    }

    /// A pseudo-terminal pair (controller, device) through /dev/ptmx: glibc's posix_openpt
    /// helpers are not visible to Swift, and the ioctl request macros are not importable, hence
    /// the Linux values of TIOCSPTLCK and TIOCGPTN.
    private static func openPseudoTerminal() -> (Int32, Int32)? {
        let controller = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard controller >= 0 else { return nil }
        var unlock: Int32 = 0, number: UInt32 = 0
        guard ioctl(controller, 0x4004_5431, &unlock) == 0, ioctl(controller, 0x8004_5430, &number) == 0 else { return nil }
        let device = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        return device >= 0 ? (controller, device) : nil
    }
}

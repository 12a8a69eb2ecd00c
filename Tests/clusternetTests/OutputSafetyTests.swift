import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Every command that writes a file goes through one safe writer: the database and its files are
/// refused, regular files are replaced whole (keeping their mode) or not at all, symbolic links,
/// devices and FIFOs are written through, and a failed write is an error. Also: every diagram
/// kind writes every format it accepts, and tables show control characters as escapes.
@Suite struct OutputSafetyTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("store.sqlite")
        let links = try directory.write("links.csv", "source,target,weight\na,b,2\nb,c,1.5\nc,a,0.5\n")
        let result = try ClusterNetCLI.run(["import", "links", links, "--graph", "g", "--db", database])
        #expect(result.status == 0, "\(result.standardError)")
    }

    private func run(_ arguments: [String]) throws -> CommandResult {
        try ClusterNetCLI.run(arguments + ["--db", database])
    }

    private func contents(_ name: String) throws -> String {
        try String(contentsOfFile: directory.path(name), encoding: .utf8)
    }

    private func fileType(_ path: String) throws -> FileAttributeType? {
        try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    }

    /// Names left in the directory that the writer may have created and not removed.
    private func temporaryFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.url.path).filter { $0.hasPrefix(".clusternet-") }
    }

    // MARK: - The store is never an output

    @Test(arguments: ["store.sqlite", "./store.sqlite", "store.sqlite-wal", "store.sqlite-shm", "store.sqlite-journal", "link-to-store"])
    func theStoreAndItsFilesAreRefused(name: String) throws {
        try FileManager.default.createSymbolicLink(atPath: directory.path("link-to-store"), withDestinationPath: database)
        let before = try ClusterNetCLI.databaseState(database)
        for command in [["export", "--graph", "g", "--to", "json"], ["render", "--graph", "g", "--format", "svg"]] {
            // Relative names resolve against the directory, as the user's shell would.
            let path = name.hasPrefix("./") ? directory.path(String(name.dropFirst(2))) : directory.path(name)
            let result = try run(command + ["--output", path])
            #expect(result.status == 1)
            #expect(result.standardError.hasPrefix("error: '\(path)' is the database"), "\(result.standardError)")
            #expect(result.standardError.hasSuffix("choose another output file\n"))
        }
        #expect(try ClusterNetCLI.databaseState(database) == before)
        #expect(try fileType(directory.path("link-to-store")) == .typeSymbolicLink)
    }

    @Test func aChartLinkedToTheStoreIsRefusedBeforeComparing() throws {
        try FileManager.default.createSymbolicLink(atPath: directory.path("chart.svg"), withDestinationPath: database)
        let before = try ClusterNetCLI.databaseState(database)
        let result = try run(["compare", "--template", "none", "--graph", "g", "--chart", directory.path("chart.svg")])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: '\(directory.path("chart.svg"))' is the database"), "\(result.standardError)")
        #expect(try ClusterNetCLI.databaseState(database) == before)
    }

    // MARK: - Regular files, links, devices, FIFOs

    @Test func aReplacedFileKeepsItsModeAndOnlyTheNewContent() throws {
        let path = try directory.write("out.csv", String(repeating: "old content that is longer than the export\n", count: 50))
        chmod(path, 0o600)
        let result = try run(["export", "--graph", "g", "--to", "csv", "--output", path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try contents("out.csv") == "source,target,weight,kind\na,b,2,supplies\nb,c,1.5,supplies\nc,a,0.5,supplies\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try temporaryFiles().isEmpty)
    }

    @Test func aFailedExportLeavesTheOldFileAsItWas() throws {
        let path = try directory.write("keep.json", "precious\n")
        let result = try run(["export", "--graph", "nope", "--to", "json", "--output", path])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: "))
        #expect(try contents("keep.json") == "precious\n")
        #expect(try temporaryFiles().isEmpty)
    }

    @Test func aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws {
        let target = try directory.write("target.json", "old\n")
        chmod(target, 0o640)
        try FileManager.default.createSymbolicLink(atPath: directory.path("link.json"), withDestinationPath: "target.json")
        let result = try run(["export", "--graph", "g", "--to", "json", "--output", directory.path("link.json")])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try fileType(directory.path("link.json")) == .typeSymbolicLink)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.path("link.json")) == "target.json")
        #expect(try contents("target.json").hasPrefix("{\n  \"directed\": true,"))
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o640)
    }

    @Test func aDanglingLinkGetsItsTargetCreated() throws {
        try FileManager.default.createSymbolicLink(atPath: directory.path("dangling.csv"), withDestinationPath: "made.csv")
        let result = try run(["export", "--graph", "g", "--to", "csv", "--output", directory.path("dangling.csv")])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try fileType(directory.path("dangling.csv")) == .typeSymbolicLink)
        #expect(try contents("made.csv").hasPrefix("source,target,weight,kind\n"))
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        let fifo = directory.path("pipe")
        #expect(mkfifo(fifo, 0o644) == 0)
        final class Received: @unchecked Sendable { var data = Data() }   // written before leave, read after wait
        let received = Received()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            // Opening for reading waits for the writer, as a shell's `cat pipe` would.
            received.data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            group.leave()
        }
        let result = try run(["export", "--graph", "g", "--to", "csv", "--output", fifo])
        group.wait()
        #expect(result.status == 0, "\(result.standardError)")
        #expect(String(decoding: received.data, as: UTF8.self).hasPrefix("source,target,weight,kind\na,b,2,supplies\n"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try temporaryFiles().isEmpty)
    }

    @Test func aDeviceIsWrittenInPlaceAndNeverReplaced() throws {
        let result = try run(["export", "--graph", "g", "--to", "json", "--output", "/dev/null"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try fileType("/dev/null") == .typeCharacterSpecial)
    }

    @Test(arguments: [["export", "--graph", "g", "--to", "json"], ["export", "--graph", "g", "--to", "csv"],
                      ["render", "--graph", "g", "--format", "svg"]])
    func aFullDeviceIsAnErrorNotASuccess(command: [String]) throws {
        let result = try run(command + ["--output", "/dev/full"])
        #expect(result.status == 1)
        #expect(result.standardError == "error: writing '/dev/full' failed: No space left on device; the output is incomplete\n")
        #expect(try fileType("/dev/full") == .typeCharacterSpecial)
    }

    @Test(arguments: [["nodes", "--graph", "g"], ["links", "--graph", "g", "--format", "csv"], ["graphs"],
                      ["export", "--graph", "g", "--to", "graphml"], ["query", "MATCH (n) RETURN n.key", "--graph", "g"]])
    func aFullStandardOutputIsAnError(command: [String]) throws {
        let process = Process()
        process.executableURL = ClusterNetCLI.executableURL
        process.arguments = command + ["--db", database]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message == "error: writing standard output failed: No space left on device; the output is incomplete\n")
    }

    @Test(arguments: [["export", "--graph", "g", "--to", "json"], ["render", "--graph", "g", "--format", "svg"]])
    func aMissingFolderIsOneReadableLine(command: [String]) throws {
        let path = directory.path("no/such/folder/out.x")
        let result = try run(command + ["--output", path])
        #expect(result.status == 1)
        #expect(result.standardError == "error: cannot write '\(path)': the folder '\(directory.path("no/such/folder"))' does not exist; "
                + "create it first or choose another path\n")
        #expect(!result.standardError.contains("NSCocoaErrorDomain"))
    }

    @Test func aFolderIsNotAnOutputFile() throws {
        let result = try run(["export", "--graph", "g", "--to", "json", "--output", directory.url.path])
        #expect(result.status == 1)
        #expect(result.standardError == "error: cannot write '\(directory.url.path)': it is a folder; name a file inside it\n")
    }

    // MARK: - Diagrams: every kind writes every format it accepts, or refuses it

    @Test func everyDiagramKindWritesEveryFormatItAccepts() throws {
        let table = Repository.path("Graphs/germany-1995/Beutel_15_4.csv")
        let imported = try run(["import", "io", table, "--graph", "de", "--labels", Repository.path("Graphs/germany-1995/sectors.csv")])
        #expect(imported.status == 0, "\(imported.standardError)")
        let signatures: [String: [UInt8]] = ["svg": Array("<?xml".utf8), "png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
                                             "pdf": Array("%PDF-".utf8), "dot": Array("digraph".utf8)]
        let kinds: [(String, [String])] = [("linkage", ["--graph", "g"]), ("pyramid", ["--graph", "g", "--lead", "a"]),
                                           ("maturity", ["--graph", "de", "--maturity"])]
        for (kind, arguments) in kinds {
            for (format, signature) in signatures {
                let path = directory.path("\(kind).\(format)")
                let result = try run(["render"] + arguments + ["--output", path])
                #expect(result.status == 0, "\(kind) as \(format): \(result.standardError)")
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
                #expect(bytes.starts(with: signature), "\(kind) as \(format) does not start with its signature")
            }
        }
        let chart = try run(["render", "--graph", "de", "--key-sectors", "--output", directory.path("chart.svg")])
        #expect(chart.status == 0, "\(chart.standardError)")
        #expect(try contents("chart.svg").hasPrefix("<?xml") || (try contents("chart.svg")).hasPrefix("<svg"))
        for refused in [["--output", directory.path("chart.png")], ["--output", directory.path("chart.pdf")],
                        ["--output", directory.path("chart.dot")], ["--format", "png"], ["--output", directory.path("chart.svg"), "--format", "pdf"]] {
            let result = try run(["render", "--graph", "de", "--key-sectors"] + refused)
            #expect(result.status != 0)
            #expect(result.standardError.hasPrefix("error: The key-sector chart is drawn as SVG only"), "\(result.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("chart.png")))
    }

    // MARK: - Terminal safety of tables

    @Test func controlCharactersInKeysAreEscapedInTablesOnly() throws {
        let nodes = try directory.write("odd.csv", "key,label\n\"esc\u{1B}[31mred\",\"two\nlines\ttab\"\n")
        #expect(try run(["import", "nodes", nodes, "--graph", "odd"]).status == 0)
        let table = try run(["nodes", "--graph", "odd"])
        #expect(table.status == 0)
        #expect(!table.standardOutput.contains("\u{1B}"))
        #expect(table.standardOutput.contains("esc\\u{1B}[31mred"))
        #expect(table.standardOutput.contains("two\\nlines\\ttab"))
        #expect(table.standardOutput.split(separator: "\n").count == 3)
        let json = try run(["nodes", "--graph", "odd", "--format", "json"])
        #expect(json.standardOutput.contains(#""key":"esc\u001b[31mred","label":"two\nlines\ttab""#))
        let csv = try run(["nodes", "--graph", "odd", "--format", "csv"])
        #expect(csv.standardOutput == "key,label,kind\nesc\u{1B}[31mred,\"two\nlines\ttab\",sector\n")
    }
}

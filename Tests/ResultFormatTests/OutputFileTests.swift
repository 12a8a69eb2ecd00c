import Foundation
import ResultFormat
import Testing
import TestSupport

@Suite struct OutputFileTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOfFile: directory.path(name), encoding: .utf8)
    }

    @Test func aFileIsReplacedOnlyWhenEveryByteWasWritten() throws {
        let path = try directory.write("out.txt", "old\n")
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try OutputFile.write(to: path) { writer in
                try writer.write(String(repeating: "new\n", count: 100_000))
                throw Interrupted()
            }
        }
        #expect(try read("out.txt") == "old\n")
        try OutputFile.write(to: path) { try $0.write("new\n") }
        #expect(try read("out.txt") == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["out.txt"])
    }

    @Test func theModeOfTheReplacedFileIsKept() throws {
        let path = try directory.write("secret.txt", "old\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try OutputFile.write(to: path) { try $0.write("new\n") }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }

    @Test func aDatabaseAndItsCompanionFilesAreRefused() throws {
        let database = try directory.write("store.sqlite", "SQLite format 3\0")
        for name in ["store.sqlite", "store.sqlite-wal", "store.sqlite-shm", "store.sqlite-journal"] {
            #expect(throws: OutputError.isTheStore(path: directory.path(name), store: database)) {
                _ = try OutputFile(path: directory.path(name), protecting: [database])
            }
        }
        // Another spelling of the same folder names the same file.
        let spelled = directory.url.path + "/./store.sqlite-wal"
        #expect(throws: OutputError.isTheStore(path: spelled, store: database)) {
            _ = try OutputFile(path: spelled, protecting: [database])
        }
        #expect(try read("store.sqlite") == "SQLite format 3\0")
    }

    @Test func pathsThatCannotBeFilesSaySo() throws {
        let missing = directory.path("none/out.txt")
        #expect(throws: OutputError.missingFolder(path: missing, folder: directory.path("none"))) {
            _ = try OutputFile(path: missing)
        }
        #expect(throws: OutputError.isAFolder(path: directory.url.path)) {
            _ = try OutputFile(path: directory.url.path)
        }
        let file = try directory.write("plain", "")
        #expect(throws: OutputError.notAFolder(path: file + "/x", folder: file)) {
            _ = try OutputFile(path: file + "/x")
        }
    }

    @Test func aFullDeviceFailsTheFlush() throws {
        #expect(throws: OutputError.writeFailed(path: "/dev/full", reason: "No space left on device", unchanged: false)) {
            try OutputFile.write(to: "/dev/full") { try $0.write("lost\n") }
        }
    }
}

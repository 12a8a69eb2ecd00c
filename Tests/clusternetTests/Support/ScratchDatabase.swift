import Foundation
import Testing
import TestSupport

/// A fresh database in its own temporary directory, and `clusternet` runs against it.
///
/// ```swift
/// let db = try ScratchDatabase()
/// let output = try db.json(["models", "--graph", "kz"])   // expects exit 0
/// ```
struct ScratchDatabase {
    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory()
        path = directory.path("db.sqlite")
    }

    /// Runs `clusternet` with `--db` pointing here.
    func run(_ arguments: [String]) throws -> CommandResult {
        try ClusterNetCLI.run(arguments + ["--db", path])
    }

    /// Runs with `--format json`, records an issue unless it exits 0, and parses the object printed.
    func json(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = try run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.standardError)", sourceLocation: sourceLocation)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
                            sourceLocation: sourceLocation)
    }
}

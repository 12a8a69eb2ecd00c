import Foundation
import Testing
import TestSupport

/// A temporary database and the commands run against it, for end-to-end tests.
///
/// ```swift
/// let session = try DatabaseSession()
/// let output = try session.json(["linkages", "--graph", "de1995", "--format", "json"])
/// ```
struct DatabaseSession {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("clusternet.sqlite")
    }

    /// Runs `clusternet` with `--db` pointing at the session's database.
    func run(_ arguments: [String]) throws -> CommandResult {
        try ClusterNetCLI.run(arguments + ["--db", database])
    }

    /// Runs a command that must succeed and parses its JSON object.
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        return try #require(object as? [String: Any])
    }
}

import Foundation
import Testing
import TestSupport

/// Everything a user can see of a database through the CLI: ``ClusterNetCLI/databaseState(_:)``
/// (graphs with their counts and update times, every graph's links) plus every graph's nodes with
/// attributes and the saved results, to show that a failed command left the database as it was.
func databaseDump(_ database: String) throws -> String {
    var dump = try ClusterNetCLI.databaseState(database)
    let graphs = try cliJSON(["graphs", "--db", database])["graphs"] as? [[String: Any]] ?? []
    for name in graphs.compactMap({ $0["name"] as? String }) {
        dump += try ClusterNetCLI.run(["nodes", "--graph", name, "--db", database, "--format", "json"]).standardOutput
    }
    dump += try ClusterNetCLI.run(["results", "--db", database, "--format", "json"]).standardOutput
    return dump
}

/// Runs `clusternet` with `--format json`, records an issue unless it exits 0, and parses the object printed.
func cliJSON(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let result = try ClusterNetCLI.run(arguments + ["--format", "json"])
    #expect(result.status == 0, "\(arguments): \(result.standardError)", sourceLocation: sourceLocation)
    return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any] ?? [:]
}

/// A database holding one small graph `base`, and its dump.
func databaseWithBaseGraph(in directory: TemporaryDirectory) throws -> (path: String, dump: String) {
    let database = directory.path("db.sqlite")
    let links = try directory.write("base.csv", "source,target,weight\nA,B,2\nB,C,3\n")
    let result = try ClusterNetCLI.run(["import", "links", links, "--graph", "base", "--db", database])
    precondition(result.status == 0, result.standardError)
    return (database, try databaseDump(database))
}

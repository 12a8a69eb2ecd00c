import Foundation
import TestSupport

/// Everything a user can see of a database through the CLI (graphs with their counts and times,
/// every graph's nodes and links with attributes, saved results) as one string, to show that a
/// failed command left the database exactly as it was.
func databaseDump(_ database: String) throws -> String {
    let graphs = try ClusterNetCLI.run(["graphs", "--db", database, "--format", "json"])
    guard graphs.status == 0 else { return "graphs failed: \(graphs.standardError)" }
    var dump = graphs.standardOutput
    let document = try JSONSerialization.jsonObject(with: Data(graphs.standardOutput.utf8)) as? [String: Any]
    let names = (document?["graphs"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    for name in names {
        for command in ["nodes", "links"] {
            dump += try ClusterNetCLI.run([command, "--graph", name, "--db", database, "--format", "json"]).standardOutput
        }
    }
    dump += try ClusterNetCLI.run(["results", "--db", database, "--format", "json"]).standardOutput
    return dump
}

/// A database holding one small graph `base`, and its dump.
func databaseWithBaseGraph(in directory: TemporaryDirectory) throws -> (path: String, dump: String) {
    let database = directory.path("db.sqlite")
    let links = try directory.write("base.csv", "source,target,weight\nA,B,2\nB,C,3\n")
    let result = try ClusterNetCLI.run(["import", "links", links, "--graph", "base", "--db", database])
    precondition(result.status == 0, result.standardError)
    return (database, try databaseDump(database))
}

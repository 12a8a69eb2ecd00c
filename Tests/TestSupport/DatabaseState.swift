import Foundation

extension ClusterNetCLI {
    /// What a database holds, as the CLI prints it: every graph's summary (with its update time)
    /// and links. Equal before and after a failed command means the command left it unchanged.
    public static func databaseState(_ database: String) throws -> String {
        let graphs = try run(["graphs", "--db", database, "--format", "json"])
        var state = graphs.standardOutput
        let names = (try? JSONSerialization.jsonObject(with: Data(graphs.standardOutput.utf8)))
            .flatMap { ($0 as? [String: Any])?["graphs"] as? [[String: Any]] }?.compactMap { $0["name"] as? String } ?? []
        for name in names {
            state += try run(["links", "--graph", name, "--db", database, "--format", "csv"]).standardOutput
        }
        return state
    }
}

import ArgumentParser
import ClusterStore
import ResultFormat

/// `clusternet init`: create the database file, or migrate an older one to the current schema.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, or migrate an older one in place.",
        discussion: "Other commands do this too when they open the file; `init` only makes it explicit.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.openStore()
        let graphs = try store.graphs()
        CommandOutput(
            json: .object([("database", .string(store.path)), ("schema", .string(LinkageStore.schemaVersion)),
                           ("graphs", .number(graphs.count))]),
            table: ResultTable(columns: ["database", "schema", "graphs"],
                               rows: [[.string(store.path), .string(LinkageStore.schemaVersion), .number(graphs.count)]])
        ).print(as: global.format)
    }
}

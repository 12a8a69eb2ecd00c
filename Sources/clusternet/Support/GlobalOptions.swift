import ArgumentParser
import Foundation

/// Options every command takes: where the database is and how to print results.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file.", discussion: "Default: $CLUSTERNET_DB, else ./clusternet.sqlite.", valueName: "path"))
    var db: String?

    @Option(name: .long, help: "Output format: table (for people), json or csv (for programs).")
    var format: OutputFormat = .table

    /// The database path after applying the default rules.
    var databasePath: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["CLUSTERNET_DB"], !environment.isEmpty { return environment }
        return "clusternet.sqlite"
    }
}

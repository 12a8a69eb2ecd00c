import ArgumentParser
import ClusterServer
import Foundation

/// `clusternet serve`: the store as web pages and a JSON API, read-only.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the store as web pages and a JSON API (read-only).",
        discussion: """
            Pages: the graphs; one graph (largest sectors and links, key sectors, where industries \
            concentrate); its clusters with class, members, indicators and every reason; one cluster \
            (reasons, model ranking, links to other clusters, regions); a query page. Diagrams are \
            inline SVG with SVG, PNG, PDF and DOT downloads; every page shows the command line that \
            gives the same answer. The JSON API (/api, described at /api/openapi.json) returns the \
            documents of --format json.

            The server only reads the store. It listens on 127.0.0.1 unless --host says otherwise, \
            and then needs --token (or $CLUSTERNET_TOKEN): every request must carry it, as \
            `Authorization: Bearer TOKEN` or the cookie set by opening the printed link once. \
            Queries and analyses stop after --time-limit seconds. Ctrl-C (or SIGTERM) stops it.

              $ clusternet serve --db demo-output/clusternet.sqlite
              ClusterNet serves demo-output/clusternet.sqlite (read-only) at http://127.0.0.1:8080/
            """)

    @Option(help: "The address to listen on; other than 127.0.0.1 or localhost needs --token.")
    var host = "127.0.0.1"

    @Option(help: "The port; 0 picks a free one.")
    var port = 8080

    @Option(help: ArgumentHelp("The token every request must carry (default: $CLUSTERNET_TOKEN).", valueName: "token"))
    var token: String?

    @Option(name: .customLong("time-limit"), help: "Seconds a query or analysis may take before the request is stopped.")
    var timeLimit = 10.0

    @Option(help: ArgumentHelp("The database file.", discussion: "Default: $CLUSTERNET_DB, else ./clusternet.sqlite.", valueName: "path"))
    var db: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let database = try GlobalOptions.parse(db.map { ["--db", $0] } ?? []).databasePath
        let chosenToken = token ?? environment["CLUSTERNET_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        let server = try ClusterWebServer(options: ServerOptions(database: database, host: host, port: port, token: chosenToken,
                                                                  timeLimit: timeLimit))
        let finished = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        Task {
            do {
                try await server.run { address in
                    Terminal.writeStandardOutput("ClusterNet serves \(database) (read-only) at \(address)\n")
                }
            } catch {
                outcome.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error { throw error }
    }
}

/// How the server stopped: set by the serving task before it signals, read after.
private final class ServeOutcome: @unchecked Sendable {
    var error: (any Error)?
}

import ArgumentParser
import ClusterGraph
import Foundation

/// `clusternet`: keep inter-sectoral linkage graphs in a SQLite file, find and classify
/// industrial clusters, query and draw them.
///
/// ```
/// $ clusternet import io Graphs/finland-io-2014/io2014.csv --graph fi2014
/// $ clusternet links --graph fi2014 --to 17_18 --limit 5
/// $ clusternet communities --graph fi2014-strength --save forest
/// ```
@main
struct ClusterNet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusternet",
        abstract: "Industrial clusters from inter-sectoral linkage graphs, kept in a SQLite file.",
        discussion: """
            A graph is a set of sectors or firms (nodes, named by their key) and the flows between \
            them (links: source sells to target). Import an input-output table or a links file, \
            analyse it, classify clusters, query and render it. Every command takes --db PATH \
            (default $CLUSTERNET_DB, else ./clusternet.sqlite) and, where it prints results, \
            --format table|json|csv.

            Start with `clusternet demo` to see the whole job: Finland's clusters classified from WIOD's \
            national tables 1995–2011 with world exports, and where they concentrate among the 2014 \
            regional tables.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, ImportCommand.self,
            GraphsCommand.self, NodesCommand.self, LinksCommand.self, ResultsCommand.self,
            NeighborsCommand.self, PathCommand.self, QueryCommand.self,
            CommunitiesCommand.self, CentralityCommand.self, CoresCommand.self, ComponentsCommand.self,
            BackboneCommand.self,
            LinkagesCommand.self, SpecialisationCommand.self,
            ClustersCommand.self, ModelsCommand.self, RecommendCommand.self, TiersCommand.self,
            TemplateCommand.self, CompareCommand.self, DescribeCommand.self,
            RenderCommand.self, ExportCommand.self, GenerateCommand.self, ReportCommand.self, DemoCommand.self,
            ServeCommand.self,
        ]
    )

    /// Runs the tool: errors from ClusterNet's modules print as one `error: …` line on stderr
    /// with exit status 1; argument errors as swift-argument-parser words them, with usage.
    static func main() {
        HeapPolicy.keepFreedMemoryForReuse()
        do {
            var command = try parseAsRoot(NegativeNumberArguments.joined(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let error as any UserFacingError {
            Terminal.writeStandardError("error: \(error.description)\n")
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message = "error: " + message.dropFirst("Error: ".count) }
            if !message.hasPrefix("error: ") && !message.contains("Usage:") { message = "error: " + message }
            Terminal.writeStandardError(message + "\n")
            Foundation.exit(code.rawValue)
        }
    }
}

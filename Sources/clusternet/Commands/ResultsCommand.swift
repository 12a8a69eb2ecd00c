import ArgumentParser
import ClusterStore
import ResultFormat

/// `clusternet results`: saved analyses (partitions and scores) by graph.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "List saved analysis results (partitions, scores).")

    @Option(help: "Only results of this graph.")
    var graph: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let results = try global.openStore(writing: false).results(graph: graph)
        func parameters(_ result: SavedResultSummary) -> [(String, String)] { result.parameters.sorted { $0.key < $1.key } }
        CommandOutput(
            json: .object([("results", .array(results.map { result in
                .object([("graph", .string(result.graph)), ("name", .string(result.name)), ("type", .string(result.type)),
                         ("method", .string(result.method)),
                         ("parameters", .object(parameters(result).map { ($0.0, .string($0.1)) })),
                         ("created_at", .string(result.createdAt))])
            }))]),
            table: ResultTable(columns: ["graph", "name", "type", "method", "parameters", "created_at"], rows: results.map { result in
                [.string(result.graph), .string(result.name), .string(result.type), .string(result.method),
                 .string(parameters(result).map { "\($0.0)=\($0.1)" }.joined(separator: " ")), .string(result.createdAt)]
            })
        ).print(as: global.format)
    }
}

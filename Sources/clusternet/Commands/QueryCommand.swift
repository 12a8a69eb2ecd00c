import ArgumentParser
import ClusterStore
import ClusterWorkflows
import GraphQuery
import ResultFormat

/// `clusternet query 'MATCH … RETURN …'`: the read-only openCypher subset of `Docs/query-language.md`.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a read-only Cypher query (MATCH … RETURN …) on the stored graphs.",
        discussion: """
            Labels are node kinds (sector, firm, …), relationship types are link kinds (supplies, io, \
            strength); properties are key, label, kind, weight and every stored attribute. Without \
            --graph the query runs in every graph, and n.graph names each row's graph.
            Example: clusternet query 'MATCH (s)-[r:io]->(p {key: $sector}) RETURN s.key, r.weight \
            ORDER BY r.weight DESC LIMIT 5' --graph fi2014 --param sector=17_18
            JSON: {"columns": [names], "rows": [[values]]}; nodes print whole as {key, label, kind, …attributes}.
            """)

    @Argument(help: "The query, e.g. 'MATCH (a {key: $k})-->(b) RETURN b.key'.")
    var query: String

    @Option(help: "The graph to query (default: every graph).")
    var graph: String?

    @Option(name: .customLong("param"), help: ArgumentHelp(
        "A query parameter: $name in the query takes this value (numbers are numbers; quote with '…' to keep text).",
        valueName: "name=value"))
    var parameters: [String] = []

    @Flag(help: "Print `timings: open=S query=S` on stderr.")
    var timings = false

    @Flag(help: "Print the SQL the query compiles to (with its arguments) instead of running it.")
    var sql = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var timer = PhaseTimer()
        let values = try QueryParameters.parse(parameters)
        let store = try global.openStore()
        timer.finish("open")
        if sql {
            Terminal.writeStandardOutput(try store.compiledQuery(query, graph: graph, parameters: values) + "\n")
            return
        }
        let result = try store.runQuery(query, graph: graph, parameters: values)
        timer.finish("query")
        CommandOutput(json: result.json(), table: result.table()).print(as: global.format)
        timer.report(if: timings)
    }
}

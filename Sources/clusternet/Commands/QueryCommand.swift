import ArgumentParser
import ClusterStore
import GraphQuery
import ResultFormat

/// `clusternet query 'MATCH … RETURN …'`: read-only Cypher (`Docs/query-language.md`).
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
            A query running longer than --timeout seconds (default 300) is stopped with an error.
            """)

    @Argument(help: "The query, e.g. 'MATCH (a {key: $k})-->(b) RETURN b.key'.")
    var query: String

    @Option(help: "The graph to query (default: every graph).")
    var graph: String?

    @Option(name: .customLong("param"), help: ArgumentHelp(
        "A query parameter: $name takes this value (numbers, true/false/null and JSON lists or maps are themselves; quote with '…' to keep text).",
        valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("Stop the query after this many seconds.", valueName: "seconds"))
    var timeout: Double = 300

    @Flag(help: "Print `timings: open=S compile=S run=S query=S` on stderr.")
    var timings = false

    @Flag(help: "Print the SQL the query compiles to (with its arguments) instead of running it.")
    var sql = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout takes a number of seconds above 0, such as --timeout 30.")
        }
    }

    func run() throws {
        var timer = PhaseTimer()
        let values = try QueryParameters.parse(parameters)
        let store = try global.openStore(writing: false)
        timer.finish("open")
        if sql {
            Terminal.writeStandardOutput(try store.compiledQuery(query, graph: graph, parameters: values) + "\n")
            return
        }
        let result = try store.runQuery(query, graph: graph, parameters: values,
                                        options: QueryOptions(timeout: .milliseconds(Int64(timeout * 1000))))
        if let spent = result.timings {
            timer.record("compile", seconds: spent.compileSeconds)
            timer.record("run", seconds: spent.runSeconds)
        }
        timer.finish("query")
        for warning in result.warnings { Terminal.writeStandardError("warning: \(warning)\n") }
        try CommandDestination.standardOutput { writer in
            let stream = try ResultStream(writer, format: global.format.stream(), columns: result.columns,
                                          jsonHead: [("columns", JSONValue.strings(result.columns))], rowsKey: "rows")
            for row in result.rows {
                try stream.append(json: .array(row.map(JSONValue.init(queryValue:))), cells: row.map(JSONValue.init(cell:)))
            }
            try stream.finish()
        }
        timer.report(if: timings)
    }
}

import ArgumentParser
import ClusterStore
import ResultFormat

/// `clusternet describe GRAPH [--economy E] [--year Y] [--unit U]`: what a graph stands for.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Record or show what a graph stands for: its economy, year and unit.",
        discussion: """
            `compare` reads these to tell a series of one economy from a cross-section of one year, \
            and to refuse graphs in different units. Options not given keep their value; --clear \
            forgets all three. Replacing the graph by a new import forgets them too.

            $ clusternet describe FIN-2011 --economy FIN --year 2011 --unit "USD million"
            """)

    @Argument(help: "The graph.")
    var graph: String

    @Option(help: "The economy: a country or region code or name (FIN, Uusimaa).")
    var economy: String?

    @Option(help: "The year the table describes.")
    var year: Int?

    @Option(help: "The unit of flows and output (USD million, EUR million).")
    var unit: String?

    @Flag(help: "Forget the economy, year and unit.")
    var clear = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if clear && (economy != nil || year != nil || unit != nil) {
            throw ValidationError("--clear forgets everything; give it alone, or give only the values to set.")
        }
    }

    func run() throws {
        let store = try global.openStore(writing: clear || economy != nil || year != nil || unit != nil)
        var context = clear ? GraphContext() : try store.context(of: graph)
        if let economy { context.economy = economy }
        if let year { context.year = year }
        if let unit { context.unit = unit }
        if clear || economy != nil || year != nil || unit != nil { try store.setContext(context, of: graph) }
        CommandOutput(
            json: .object([("graph", .string(graph)), ("economy", context.economy.map(JSONValue.string) ?? .null),
                           ("year", context.year.map { .number($0) } ?? .null), ("unit", context.unit.map(JSONValue.string) ?? .null)]),
            table: ResultTable(columns: ["graph", "economy", "year", "unit"], rows: [[
                .string(graph), context.economy.map(JSONValue.string) ?? .null,
                context.year.map { .number($0) } ?? .null, context.unit.map(JSONValue.string) ?? .null,
            ]])
        ).print(as: global.format)
    }
}

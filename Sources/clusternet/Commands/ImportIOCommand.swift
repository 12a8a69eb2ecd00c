import ArgumentParser
import ClusterWorkflows
import ClusterGraph
import ClusterStore
import InputOutput
import ResultFormat

/// `clusternet import io FILE --graph G`: an input-output table as a directed graph of flows z_ij
/// (links of kind `io`) with sector attributes; a long file with regions gives `G` (the national
/// sum) and `G/REGION` for each region, all written in one transaction.
struct ImportIOCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "io",
        abstract: "Import an input-output table (wide matrix or long REGION;ROW;COLUMN;value file).",
        discussion: """
            Sectors are the labels standing both as a row and as a column; a link A → B of kind io \
            carries the flow z_AB (zero flows are not stored, self-loops are). Other rows and \
            columns become sector attributes — output, value_added, wages, exports, \
            domestic_exports, final_demand, imported_inputs, employment — when named by the options \
            below or recognised (output, output_bp, P1, Tuotos perushintaan, exports, P6K…, B1G, \
            D1, EMP, …; see Docs/input-output-import.md). A long file with a region column gives \
            the graph G (sum over regions) and G/REGION for each region.
            """)

    @Argument(help: "The table file (comma, semicolon or tab separated, UTF-8).")
    var file: String

    @Option(help: "The graph to create (regions go to GRAPH/REGION).")
    var graph: String

    @Option(help: "wide (a matrix) or long (REGION;ROW;COLUMN;value). Default: detected from the header.")
    var layout: IOTableLayout?

    @Option(name: .customLong("output-row"), help: "The row holding sector output.")
    var outputRow: String?
    @Option(name: .customLong("output-column"), help: "The column holding sector output.")
    var outputColumn: String?
    @Option(name: .customLong("export-column"), help: "The column of exports abroad.")
    var exportColumn: String?
    @Option(name: .customLong("domestic-export-column"), help: "The column of sales to other regions of the country.")
    var domesticExportColumn: String?
    @Option(name: .customLong("final-demand-column"), help: "A final-demand column (repeat to add several up).")
    var finalDemandColumns: [String] = []
    @Option(name: .customLong("value-added-row"), help: "The row of gross value added.")
    var valueAddedRow: String?
    @Option(name: .customLong("wages-row"), help: "The row of wages (compensation of employees).")
    var wagesRow: String?
    @Option(name: .customLong("imported-inputs-row"), help: "The row of intermediate inputs bought abroad.")
    var importedInputsRow: String?
    @Option(name: .customLong("employment-row"), help: "The row of employment.")
    var employmentRow: String?

    @Option(help: "A CSV file key,label giving sector labels (e.g. Graphs/finland-io-2014/sectors.csv).")
    var labels: String?

    @Option(name: .customLong("world-exports"),
            help: "A CSV file year,industry,world_exports: adds world_exports, world_share and rca (Balassa) to each sector.")
    var worldExports: String?

    @Option(help: "The year of the world exports to use.")
    var year: Int?

    @Option(help: "The field separator: ',', ';' or 'tab'.")
    var delimiter: DelimiterOption?

    @Flag(help: "Replace the graphs if they exist.")
    var replace = false

    @Flag(help: "Add to the graphs if they exist.")
    var append = false

    @Option(help: "What the graph shows (default: the file name).")
    var description: String?

    @Option(help: "Where the data comes from.")
    var source = ""

    @OptionGroup var numberFormat: NumberFormatArguments

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if replace && append { throw ValidationError("give --replace or --append, not both") }
        if outputRow != nil && outputColumn != nil { throw ValidationError("give --output-row or --output-column, not both") }
        if year != nil && worldExports == nil { throw ValidationError("--year needs --world-exports FILE") }
    }

    var mappings: [AttributeMapping] {
        var mappings: [AttributeMapping] = []
        func add(_ attribute: String, _ axis: TableAxis, _ label: String?) {
            if let label { mappings.append(AttributeMapping(attribute: attribute, axis: axis, label: label)) }
        }
        add("output", .row, outputRow)
        add("output", .column, outputColumn)
        add("exports", .column, exportColumn)
        add("domestic_exports", .column, domesticExportColumn)
        for column in finalDemandColumns { add("final_demand", .column, column) }
        add("value_added", .row, valueAddedRow)
        add("wages", .row, wagesRow)
        add("imported_inputs", .row, importedInputsRow)
        add("employment", .row, employmentRow)
        return mappings
    }

    func run() throws {
        let set = try InputOutputImport.tables(
            table: (try InputFile.bytes(file), file), labels: try labels.map { (try InputFile.bytes($0), $0) },
            worldExports: try worldExports.map { (try InputFile.bytes($0), $0) }, year: year,
            options: IOTableOptions(layout: layout, mappings: mappings, delimiter: delimiter?.byte, numberFormat: numberFormat.options))
        let contents = InputOutputImport.contents(set, graph: graph, description: description ?? "Input-output table \(file)",
                                                  source: source.isEmpty ? file : source)
        if let notice = set.totalsNotice { Terminal.writeStandardError(notice + "\n") }
        try global.openStore().writeGraphs(contents, mode: replace ? .replace : append ? .append : .create)
        output(set: set, contents: contents).print(as: global.format)
    }

    /// `{"graphs": [{"name", "sectors", "links"}], "attributes": [{"name", "axis", "labels"}], "ignored": {"rows", "columns"},
    /// "totals": {"rows", "columns"}}`.
    private func output(set: IOTableSet, contents: [GraphContents]) -> CommandOutput {
        let attributeNames = Set(set.national.attributes.keys).sorted()
        let sources = set.attributeSources.map { source in
            JSONValue.object([("name", .string(source.attribute)), ("axis", .string(source.axis.rawValue)),
                              ("labels", .strings(source.labels))])
        }
        var notes = set.attributeSources.map { "\($0.attribute): \($0.axis.rawValue) \($0.labels.map { "'\($0)'" }.joined(separator: " + "))" }
        if !set.ignoredRows.isEmpty { notes.append("ignored rows: \(set.ignoredRows.map { "'\($0)'" }.joined(separator: ", "))") }
        if !set.ignoredColumns.isEmpty { notes.append("ignored columns: \(set.ignoredColumns.map { "'\($0)'" }.joined(separator: ", "))") }
        return CommandOutput(
            json: .object([
                ("graphs", .array(contents.map { .object([("name", .string($0.name)), ("sectors", .number($0.nodes.count)),
                                                          ("links", .number($0.links.count))]) })),
                ("attributes", .array(sources)),
                ("ignored", .object([("rows", .strings(set.ignoredRows)), ("columns", .strings(set.ignoredColumns))])),
                ("totals", .object([("rows", .strings(set.totalRows)), ("columns", .strings(set.totalColumns))])),
            ]),
            table: ResultTable(columns: ["graph", "sectors", "links", "attributes"], rows: contents.map {
                [.string($0.name), .number($0.nodes.count), .number($0.links.count), .string(attributeNames.joined(separator: ", "))]
            }),
            notes: notes)
    }
}

extension IOTableLayout: ExpressibleByArgument {}

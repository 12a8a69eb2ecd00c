import ArgumentParser
import ClusterAssessment
import ClusterStore
import ResultFormat

/// `clusternet import sources FILE --graph G`: where a graph's numbers come from.
///
/// ```
/// $ clusternet import sources Graphs/kazakhstan-construction-materials/sources.csv --graph kz
/// saved sources of 10 attributes of kz (10 marked illustrative)
/// $ clusternet models --graph kz
/// …
/// Illustrative: internationalisation, … rest on values marked illustrative (`exports`, …); do not cite the result as a finding.
/// ```
struct ImportSourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Import where a graph's numbers come from (header attribute,source), marking illustrative ones.",
        discussion: """
            One row per node attribute, or `links` for the links and their weights. A source that \
            begins with the word "illustrative" marks numbers set to show a method rather than \
            measured: `models` (table, JSON and CSV) and the report say when a result rests on them. \
            A row for an attribute already noted replaces its note.
            """)

    @Argument(help: "The file: a header attribute,source and one row per attribute.")
    var file: String

    @Option(help: "The graph whose attributes the file describes.")
    var graph: String

    @Option(help: "The field separator: ',', ';' or 'tab'.")
    var delimiter: DelimiterOption?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let notes = try global.openStore().importAttributeSources(file: file, graph: graph, delimiter: delimiter?.byte)
        let sorted = notes.sorted { $0.key < $1.key }
        let illustrative = SourceNotes(notes).illustrative(among: sorted.map(\.key)).count
        CommandOutput(
            json: .object([("graph", .string(graph)),
                           ("sources", .object(sorted.map { ($0.key, .string($0.value)) }))]),
            table: ResultTable(columns: ["attribute", "source"], rows: sorted.map { [.string($0.key), .string($0.value)] }),
            notes: ["saved sources of \(notes.count) attributes of \(graph) (\(illustrative) marked illustrative)"]
        ).print(as: global.format)
    }
}

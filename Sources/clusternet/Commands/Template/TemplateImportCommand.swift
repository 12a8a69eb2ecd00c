import ArgumentParser
import ClusterGraph
import ClusterStore
import ClusterWorkflows

/// `clusternet template import FILE --name NAME`: a template from a key,cluster file.
struct TemplateImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a template from a key,cluster file (an official cluster definition).",
        discussion: """
            The clusters and their names are the file's. With --graph (repeatable), member labels \
            come from the graphs and each cluster gets its extended cluster: the suppliers whose \
            dependence, averaged over the graphs, is at least --extension-threshold.

            $ clusternet template import Graphs/wiod-2013/clusters.csv --name etla --graph FIN-2011
            """)

    @Argument(help: "The file: a header key,cluster and one row per sector.")
    var file: String

    @Option(help: "The template's name.")
    var name: String

    @Option(name: .customLong("graph"), help: "A graph for labels and extended clusters (repeat for several).")
    var graphs: [String] = []

    @Option(name: .customLong("extension-threshold"), help: "The least dependence that puts a supplier in a cluster's extended cluster.")
    var extensionThreshold = 0.2

    @Option(help: "The field separator: ',', ';' or 'tab'.")
    var delimiter: DelimiterOption?

    @Flag(help: "Replace a template of the same name.")
    var replace = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.openStore()
        let contents = try KeyClusterFile(path: file, delimiter: delimiter?.byte)
        let template = try ClusterTemplate.imported(contents, name: name, graphs: graphs, store: store, extensionThreshold: extensionThreshold)
        try store.saveTemplate(template, replace: replace)
        TemplateOutput.output(try store.template(named: name)).print(as: global.format)
    }
}

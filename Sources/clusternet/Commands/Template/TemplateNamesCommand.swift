import ArgumentParser
import ClusterStore
import ClusterWorkflows

/// `clusternet template names NAME FILE`: names from a key,cluster file.
struct TemplateNamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Name a template's clusters from a key,cluster file: each takes the name most of its members have there.",
        discussion: """
            Clusters none of whose members the file lists keep their names; a name two clusters \
            would share gets a number on the second (`trade and transport 2`).

            $ clusternet template names nordic Graphs/wiod-2013/clusters.csv
            """)

    @Argument(help: "The template.")
    var name: String

    @Argument(help: "The key,cluster file.")
    var file: String

    @Option(help: "The field separator: ',', ';' or 'tab'.")
    var delimiter: DelimiterOption?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let template = try TemplateEditing.name(template: name, from: KeyClusterFile(path: file, delimiter: delimiter?.byte),
                                                in: try global.openStore())
        TemplateOutput.output(template).print(as: global.format)
    }
}

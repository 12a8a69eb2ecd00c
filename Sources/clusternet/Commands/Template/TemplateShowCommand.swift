import ArgumentParser
import ClusterStore

/// `clusternet template show NAME`: a template's clusters, members with their stability, and
/// extended clusters.
struct TemplateShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a template: clusters, members with their stability, and the suppliers of each extended cluster.",
        discussion: """
            JSON: {"name", "description", "method", "parameters", "sources", "extension_threshold", \
            "created_at", "updated_at", "clusters": [{"id", "name", "named_by", "stability", \
            "members": [{"key", "label", "stability"}], "suppliers": [{"key", "label", "dependence"}]}]}.
            """)

    @Argument(help: "The template.")
    var name: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        TemplateOutput.output(try global.openStore(writing: false).template(named: name)).print(as: global.format)
    }
}

import ArgumentParser
import ClusterWorkflows

/// `clusternet template rename NAME CLUSTER NEW`: one cluster's name.
struct TemplateRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Rename one cluster of a template (given by its name, the start of it, or its id).",
        discussion: """
            $ clusternet template rename nordic "Pulp, paper, printing +2" forest
            """)

    @Argument(help: "The template.")
    var name: String

    @Argument(help: "The cluster: a name, the start of one, or an id.")
    var cluster: String

    @Argument(help: "Its new name (not a number).")
    var newName: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let template = try TemplateEditing.rename(cluster: cluster, to: newName, template: name, in: try global.openStore())
        TemplateOutput.output(template).print(as: global.format)
    }
}

import ArgumentParser
import ResultFormat

/// `clusternet template delete NAME`.
struct TemplateDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a template (partitions already saved from it stay).")

    @Argument(help: "The template.")
    var name: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try global.openStore().deleteTemplate(named: name)
        CommandOutput(json: .object([("deleted", .string(name))]), table: ResultTable(columns: ["deleted"], rows: [[.string(name)]]))
            .print(as: global.format)
    }
}

import ArgumentParser
import ClusterStore
import ResultFormat

/// `clusternet template list`: the stored templates.
struct TemplateListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stored templates.",
        discussion: "JSON: {\"templates\": [{\"name\", \"method\", \"clusters\", \"keys\", \"sources\", \"created_at\", \"updated_at\"}]}.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let templates = try global.openStore(writing: false).templates()
        CommandOutput(
            json: .object([("templates", .array(templates.map { template in
                .object([("name", .string(template.name)), ("method", .string(template.method.rawValue)),
                         ("clusters", .number(template.clusters.count)), ("keys", .number(template.keys.count)),
                         ("sources", .strings(template.sources)), ("created_at", .string(template.createdAt)),
                         ("updated_at", .string(template.updatedAt))])
            }))]),
            table: ResultTable(columns: ["name", "method", "clusters", "keys", "sources", "updated"], rows: templates.map { template in
                [.string(template.name), .string(template.method.rawValue), .number(template.clusters.count), .number(template.keys.count),
                 .string(template.sources.joined(separator: ", ")), .string(template.updatedAt)]
            })
        ).print(as: global.format)
    }
}

import ArgumentParser
import ClusterWorkflows
import ResultFormat

/// `clusternet template apply NAME --graph G [--save PARTITION]`: a template's clusters on a graph.
struct TemplateApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Lay a template over a graph: its clusters there, and the keys that are missing or extra.",
        discussion: """
            Keys the template assigns but the graph lacks are listed as missing; graph keys the \
            template does not assign are extra and stand alone. --save NAME keeps the result as a \
            partition of the graph with the template's cluster names, for `clusters --partition \
            NAME`, `render --partition NAME` and `models --partition NAME --cluster forest`.

            $ clusternet template apply etla --graph DEU-2011 --save etla
            """)

    @Argument(help: "The template.")
    var name: String

    @Option(help: "The graph.")
    var graph: String

    @Option(help: "Save the clusters as a partition of --graph under this name (replacing one of the same name).")
    var save: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.openStore()
        let applied = try TemplateApplication(store: store, template: name, graph: graph)
        if let save { try applied.save(as: save, in: store, replace: true) }
        let fit = applied.fit
        var notes = ["template '\(name)' on \(graph): \(fit.templateCluster.compactMap { $0 }.count) of \(applied.template.clusters.count) clusters"]
        notes.append("missing (in the template, not in the graph): " + (fit.missing.isEmpty ? "none" : fit.missing.joined(separator: ", ")))
        notes.append("extra (in the graph, not in the template; each alone): " + (fit.extra.isEmpty ? "none" : fit.extra.joined(separator: ", ")))
        if let save { notes.append("saved as partition '\(save)' of \(graph)") }
        CommandOutput(
            json: .templateApplication(applied, savedAs: save),
            table: ResultTable(columns: ["id", "name", "members"], rows: applied.members.enumerated().map { community, members in
                [.number(community), fit.names[community].map(JSONValue.string) ?? .null, .strings(members)]
            }),
            notes: notes
        ).print(as: global.format)
    }
}

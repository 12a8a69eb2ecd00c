import ClusterGraph
import ClusterWorkflows
import ResultFormat

/// How `template` subcommands print a template: its JSON, and a table of clusters for people.
enum TemplateOutput {
    static func output(_ template: ClusterTemplate, notes extra: [String] = []) -> CommandOutput {
        let table = ResultTable(
            columns: ["id", "name", "stability", "members", "extended by"],
            rows: template.clusters.map { cluster in
                [.number(cluster.id), .string(cluster.name), .rounded(cluster.stability, places: 3),
                 .string(cluster.members.map { member in member.key + (member.stability.map { " (\(rounded($0)))" } ?? "") }.joined(separator: ", ")),
                 .string(cluster.suppliers.map { "\($0.key) (\(rounded($0.dependence)))" }.joined(separator: ", "))]
            })
        var notes = ["template '\(template.name)' (\(template.method.rawValue)): \(template.clusters.count) clusters of \(template.keys.count) keys"]
        if !template.description.isEmpty { notes.append(template.description) }
        if let threshold = template.extensionThreshold {
            notes.append("extended by: suppliers with a dependence of at least \(rounded(threshold)) (the larger of the cluster's purchase share and the supplier's sales share)")
        }
        return CommandOutput(json: .template(template), table: table, notes: notes + extra)
    }

    static func rounded(_ value: Double) -> String {
        JSONValue.rounded(value, places: 2).serialized()
    }
}

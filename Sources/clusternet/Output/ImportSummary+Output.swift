import ClusterStore
import ResultFormat

extension ImportSummary {
    /// The import report: `{"graph", "rows", "nodes_added", "nodes", "links", "attributes": [{"name", "type"}]}`.
    var output: CommandOutput {
        let attributeList = attributes.map { "\($0.name) (\($0.type))" }.joined(separator: ", ")
        return CommandOutput(
            json: .object([
                ("graph", .string(graph)), ("rows", .number(rows)), ("nodes_added", .number(nodesAdded)),
                ("nodes", .number(nodeCount)), ("links", .number(linkCount)),
                ("attributes", .array(attributes.map { .object([("name", .string($0.name)), ("type", .string($0.type))]) })),
            ]),
            table: ResultTable(columns: ["graph", "rows", "nodes added", "nodes", "links", "attributes"],
                               rows: [[.string(graph), .number(rows), .number(nodesAdded), .number(nodeCount), .number(linkCount),
                                       .string(attributeList)]]))
    }
}

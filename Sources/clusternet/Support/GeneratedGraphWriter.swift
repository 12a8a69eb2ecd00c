import ClusterAssessment
import ClusterStore
import ResultFormat

/// Writes a generated firm graph to the store and prints what was written.
enum GeneratedGraphWriter {
    static func write(_ generated: GeneratedGraph, graph: String, replace: Bool, global: GlobalOptions) throws {
        try global.openStore().writeGraph(
            GraphContents(name: graph, isDirected: generated.isDirected, description: generated.description,
                          source: "clusternet generate", nodes: generated.nodes, links: generated.links),
            mode: replace ? .replace : .create)
        CommandOutput(
            json: .object([("graph", .string(graph)), ("nodes", .number(generated.nodes.count)),
                           ("links", .number(generated.links.count)), ("description", .string(generated.description))]),
            table: ResultTable(columns: ["graph", "nodes", "links", "description"],
                               rows: [[.string(graph), .number(generated.nodes.count), .number(generated.links.count),
                                       .string(generated.description)]])
        ).print(as: global.format)
    }
}

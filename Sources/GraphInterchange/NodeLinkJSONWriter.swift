import ResultFormat
/// networkx's node-link JSON (`networkx.node_link_graph(data, edges="links")` reads it):
/// `{"directed", "multigraph", "graph": {"name", "description", "source"}, "nodes": [{"id",
/// "label", "kind", attributes…}], "links": [{"source", "target", "weight", "kind", attributes…}]}`.
public enum NodeLinkJSONWriter {
    public static func document(_ graph: ExportedGraph) -> JSONValue {
        let summary = graph.summary
        // Attributes named like the fixed fields would overwrite them; the fixed fields win.
        let nodeFields: Set<String> = ["id", "label", "kind"], linkFields: Set<String> = ["source", "target", "weight", "kind"]
        return .object([
            ("directed", .bool(summary.isDirected)), ("multigraph", .bool(false)),
            ("graph", .object([("name", .string(summary.name)), ("description", .string(summary.description)),
                               ("source", .string(summary.source))])),
            ("nodes", .array(graph.nodes.map { node in
                var members: [(String, JSONValue)] = [("id", .string(node.key))]
                if let label = node.label { members.append(("label", .string(label))) }
                members.append(("kind", .string(node.kind)))
                members += node.attributes.sorted { $0.key < $1.key }.filter { !nodeFields.contains($0.key) }.map { ($0.key, JSONValue($0.value)) }
                return .object(members)
            })),
            ("links", .array(graph.links.map { link in
                .object([("source", .string(link.source)), ("target", .string(link.target)), ("weight", .number(link.weight)),
                         ("kind", .string(link.kind))]
                        + link.attributes.sorted { $0.key < $1.key }.filter { !linkFields.contains($0.key) }.map { ($0.key, JSONValue($0.value)) })
            })),
        ])
    }
}

import ClusterGraph

extension JSONValue {
    /// The JSON document of `nodes --format json`: `{"graph", "nodes": [{"key", "label", "kind", "attributes"}]}`.
    ///
    /// ```swift
    /// let document = JSONValue.nodeList(graph: "fi2014", try store.nodes(graph: "fi2014"))
    /// ```
    public static func nodeList(graph: String, _ nodes: [NodeRecord]) -> JSONValue {
        .object([("graph", .string(graph)), ("nodes", .array(nodes.map { node in
            .object([("key", .string(node.key)), ("label", node.label.map(JSONValue.string) ?? .null),
                     ("kind", .string(node.kind)), ("attributes", .attributes(node.attributes))])
        }))])
    }

    /// The JSON document of `links --format json`:
    /// `{"graph", "links": [{"source", "target", "weight", "kind", "attributes"}]}`.
    public static func linkList(graph: String, _ links: [LinkRecord]) -> JSONValue {
        .object([("graph", .string(graph)), ("links", .array(links.map { link in
            .object([("source", .string(link.source)), ("target", .string(link.target)), ("weight", .number(link.weight)),
                     ("kind", .string(link.kind)), ("attributes", .attributes(link.attributes))])
        }))])
    }
}

import ClusterStore
import ResultFormat

extension GraphSummary {
    /// The fields `graphs` prints for one graph, in the CLI contract's order: name, directed,
    /// nodes, links, description, source, created_at, updated_at.
    public var jsonFields: [(String, JSONValue)] {
        [
            ("name", .string(name)), ("directed", .bool(isDirected)),
            ("nodes", .number(nodeCount)), ("links", .number(linkCount)),
            ("description", .string(description)), ("source", .string(source)),
            ("created_at", .string(createdAt)), ("updated_at", .string(updatedAt)),
        ]
    }
}

extension JSONValue {
    /// The JSON document of `graphs --format json`: `{"graphs": [{"name", "directed", "nodes", "links",
    /// "description", "source", "created_at", "updated_at"}]}`.
    ///
    /// ```swift
    /// print(JSONValue.graphList(try store.graphs()).serialized())
    /// ```
    public static func graphList(_ summaries: [GraphSummary]) -> JSONValue {
        .object([("graphs", .array(summaries.map { .object($0.jsonFields) }))])
    }
}

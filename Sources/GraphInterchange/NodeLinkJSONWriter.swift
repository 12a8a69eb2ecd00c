import ClusterGraph
import ClusterStore
import ResultFormat

/// networkx's node-link JSON (`networkx.node_link_graph(data, edges="links")` reads it):
/// `{"directed", "multigraph", "graph": {"name", "description", "source"}, "nodes": [{"id",
/// "label", "kind", attributes…}], "links": [{"source", "target", "weight", "kind", attributes…}]}`,
/// indented by two spaces and streamed node by node and link by link.
///
/// ```swift
/// try store.withGraphStream("fi2014") { try NodeLinkJSONWriter.write($0, to: writer) }
/// ```
public enum NodeLinkJSONWriter {
    public static func write(_ graph: GraphStream, to writer: BufferedWriter) throws {
        // Attributes named like the fixed fields would overwrite them; the fixed fields win.
        let nodeFields: Set<String> = ["id", "label", "kind"], linkFields: Set<String> = ["source", "target", "weight", "kind"]
        var document = try JSONObjectWriter(writer, pretty: true, indent: 0)
        try document.member("directed", .bool(graph.isDirected))
        try document.member("multigraph", .bool(false))
        try document.member("graph", .object([("name", .string(graph.name)), ("description", .string(graph.description)),
                                              ("source", .string(graph.source))]))
        try document.memberArray("nodes") { nodes in
            try graph.forEachNode { node in
                try nodes.appendObject { object in
                    try object.member("id", string: node.key.bytes)
                    if let label = node.label { try object.member("label", string: label.bytes) }
                    try object.member("kind", string: node.kind.bytes)
                    for attribute in node.attributes where !nodeFields.contains(attribute.name) {
                        try object.member(attribute.name, JSONValue(attribute.value))
                    }
                }
            }
        }
        try document.memberArray("links") { links in
            try graph.forEachLink { link in
                try links.appendObject { object in
                    try object.member("source", string: link.source.bytes)
                    try object.member("target", string: link.target.bytes)
                    try object.member("weight", .number(link.weight))
                    try object.member("kind", string: link.kind.bytes)
                    for attribute in link.attributes where !linkFields.contains(attribute.name) {
                        try object.member(attribute.name, JSONValue(attribute.value))
                    }
                }
            }
        }
        try document.finish()
        try writer.write(UInt8(ascii: "\n"))
    }
}

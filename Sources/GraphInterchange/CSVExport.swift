import ResultFormat
/// The CSV files `import links` and `import nodes` read back: links `source,target,weight,kind,…`
/// and nodes `key,label,kind,…`, one column per attribute.
public enum CSVExport {
    public static func links(_ graph: ExportedGraph) -> String {
        ResultTable(columns: ["source", "target", "weight", "kind"] + graph.linkAttributes.map(\.name), rows: graph.links.map { link in
            [.string(link.source), .string(link.target), .number(link.weight), .string(link.kind)]
                + graph.linkAttributes.map { link.attributes[$0.name].map(JSONValue.init) ?? .null }
        }).csv()
    }

    public static func nodes(_ graph: ExportedGraph) -> String {
        ResultTable(columns: ["key", "label", "kind"] + graph.nodeAttributes.map(\.name), rows: graph.nodes.map { node in
            [.string(node.key), node.label.map(JSONValue.string) ?? .null, .string(node.kind)]
                + graph.nodeAttributes.map { node.attributes[$0.name].map(JSONValue.init) ?? .null }
        }).csv()
    }
}

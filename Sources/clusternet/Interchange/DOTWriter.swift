/// Plain Graphviz DOT text: every node with its label, every link with its weight and kind.
/// Identifiers and labels are always quoted, with `"` and `\` escaped and line breaks as `\n`.
enum DOTWriter {
    static func document(_ graph: ExportedGraph) -> String {
        let directed = graph.summary.isDirected
        var out = "\(directed ? "digraph" : "graph") \(quoted(graph.summary.name)) {\n"
        for node in graph.nodes {
            out += "  \(quoted(node.key)) [label=\(quoted(node.label ?? node.key)), kind=\(quoted(node.kind))];\n"
        }
        let arrow = directed ? "->" : "--"
        for link in graph.links {
            out += "  \(quoted(link.source)) \(arrow) \(quoted(link.target)) [weight=\(quoted(JSONValue.format(link.weight))), kind=\(quoted(link.kind))];\n"
        }
        out += "}\n"
        return out
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n", "\r\n": result += "\\n"
            case "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}

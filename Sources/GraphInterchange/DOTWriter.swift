import ClusterRender
import ResultFormat

/// Plain Graphviz DOT text: every node with its label and kind, every link with its weight (exact,
/// as a string) and kind; the graph's name as a comment. Escaping is ClusterRender's
/// ``DOTEscaping``, so Graphviz shows each label as stored.
public enum DOTWriter {
    public static func document(_ graph: ExportedGraph) -> String {
        var document = DOTDocument(directed: graph.summary.isDirected)
        document.graph(["comment": .text(graph.summary.name)])
        for node in graph.nodes {
            document.node(node.key, ["label": .text(node.label ?? node.key), "kind": .text(node.kind)])
        }
        for link in graph.links {
            document.edge(from: link.source, to: link.target, ["weight": .text(JSONValue.format(link.weight)), "kind": .text(link.kind)])
        }
        return document.text
    }
}

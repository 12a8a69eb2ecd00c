import ClusterRender
import ClusterStore
import ResultFormat

/// Plain Graphviz DOT text: every node with its label and kind, every link with its weight (exact,
/// as a string) and kind; the graph's name as a comment. Labels are escaped as Graphviz shows
/// labels (``DOTEscaping/quoted(_:)``); node ids, kinds, weights and the comment so that
/// Graphviz's parser reads back exactly the stored text (``DOTEscaping/literal(_:)``).
///
/// ```swift
/// try store.withGraphStream("fi2014") { try DOTWriter.write($0, to: writer) }
/// ```
public enum DOTWriter {
    /// - Throws: ``ExportError/dotCannotHold(place:)`` for text no DOT string can hold.
    public static func write(_ graph: GraphStream, to writer: BufferedWriter) throws {
        try writer.write(graph.isDirected ? "digraph G {\n  graph [comment=" : "graph G {\n  graph [comment=")
        try writer.write(try literal(graph.name, place: "the graph's name"))
        try writer.write("]\n")
        try graph.forEachNode { node in
            let key = node.key.string
            try writer.write("  " + (try literal(key, place: ExportPlace.node(node.key))))
            try writer.write(" [label=" + DOTEscaping.quoted(node.label?.string ?? key))
            try writer.write(", kind=" + (try literal(node.kind.string, place: "the kind of \(ExportPlace.node(node.key))")) + "]\n")
        }
        let connector = graph.isDirected ? " -> " : " -- "
        try graph.forEachLink { link in
            try writer.write("  " + (try literal(link.source.string, place: ExportPlace.node(link.source))) + connector
                             + (try literal(link.target.string, place: ExportPlace.node(link.target))))
            try writer.write(" [weight=\"" + JSONValue.format(link.weight) + "\", kind="
                             + (try literal(link.kind.string, place: "the kind of \(ExportPlace.link(link))")) + "]\n")
        }
        try writer.write("}\n")
    }

    private static func literal(_ text: String, place: @autoclosure () -> String) throws -> String {
        guard let literal = DOTEscaping.literal(text) else { throw ExportError.dotCannotHold(place: place()) }
        return literal
    }
}

import ClusterGraph
import ClusterStore
import ResultFormat

/// GraphML (http://graphml.graphdrawing.org) for Gephi, yEd, networkx and igraph: typed `<key>`
/// declarations for the label, kind and every attribute, `edgedefault` from the graph's
/// direction, link weights as the `weight` key. Streamed: attribute types come from an aggregate
/// query first, then nodes and links are written as they are read.
///
/// ```swift
/// try store.withGraphStream("fi2014") { try GraphMLWriter.write($0, to: writer) }
/// ```
public enum GraphMLWriter {
    /// - Throws: ``ExportError/xmlCannotHold(format:place:character:)`` for text XML cannot hold
    ///   (the file written so far is then incomplete: write it through ``OutputFile``).
    public static func write(_ graph: GraphStream, to writer: BufferedWriter) throws {
        let xml = XMLTextWriter(writer: writer, format: "GraphML")
        let nodeColumns = try graph.nodeAttributeColumns(), linkColumns = try graph.linkAttributeColumns()
        try writer.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        func key(_ id: String, _ domain: String, _ name: String, numeric: Bool) throws {
            try writer.write("  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"")
            try xml.write(name, place: "the attribute name '\(TerminalText.escaped(name))'")
            try writer.write("\" attr.type=\"\(numeric ? "double" : "string")\"/>\n")
        }
        try key("description", "graph", "description", numeric: false)
        try key("source", "graph", "source", numeric: false)
        try key("label", "node", "label", numeric: false)
        try key("kind", "node", "kind", numeric: false)
        for (index, column) in nodeColumns.enumerated() { try key("n\(index)", "node", column.name, numeric: column.isNumeric) }
        try key("weight", "edge", "weight", numeric: true)
        try key("link_kind", "edge", "kind", numeric: false)
        for (index, column) in linkColumns.enumerated() { try key("e\(index)", "edge", column.name, numeric: column.isNumeric) }

        try writer.write("  <graph id=\"")
        try xml.write(graph.name, place: "the graph's name")
        try writer.write("\" edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n    <data key=\"description\">")
        try xml.write(graph.description, place: "the graph's description")
        try writer.write("</data>\n    <data key=\"source\">")
        try xml.write(graph.source, place: "the graph's source")
        try writer.write("</data>\n")

        let nodeKeys = Dictionary(uniqueKeysWithValues: nodeColumns.enumerated().map { ($1.name, "n\($0)") })
        try graph.forEachNode { node in
            try writer.write("    <node id=\"")
            try xml.write(node.key.bytes, place: ExportPlace.node(node.key))
            try writer.write("\">")
            if let label = node.label {
                try writer.write("<data key=\"label\">")
                try xml.write(label.bytes, place: "the label of \(ExportPlace.node(node.key))")
                try writer.write("</data>")
            }
            try writer.write("<data key=\"kind\">")
            try xml.write(node.kind.bytes, place: "the kind of \(ExportPlace.node(node.key))")
            try writer.write("</data>")
            try writeData(node.attributes, keys: nodeKeys, xml: xml) { ExportPlace.attribute($0, of: ExportPlace.node(node.key)) }
            try writer.write("</node>\n")
        }
        let linkKeys = Dictionary(uniqueKeysWithValues: linkColumns.enumerated().map { ($1.name, "e\($0)") })
        try graph.forEachLink { link in
            try writer.write("    <edge source=\"")
            try xml.write(link.source.bytes, place: ExportPlace.node(link.source))
            try writer.write("\" target=\"")
            try xml.write(link.target.bytes, place: ExportPlace.node(link.target))
            try writer.write("\"><data key=\"weight\">")
            try writer.writeNumber(link.weight)
            try writer.write("</data><data key=\"link_kind\">")
            try xml.write(link.kind.bytes, place: "the kind of \(ExportPlace.link(link))")
            try writer.write("</data>")
            try writeData(link.attributes, keys: linkKeys, xml: xml) { ExportPlace.attribute($0, of: ExportPlace.link(link)) }
            try writer.write("</edge>\n")
        }
        try writer.write("  </graph>\n</graphml>\n")
    }

    /// `<data>` elements for attributes, in the order their keys were declared (both sorted by name).
    private static func writeData(_ attributes: [(name: String, value: AttributeValue)], keys: [String: String],
                                  xml: XMLTextWriter, place: (String) -> String) throws {
        for attribute in attributes {
            guard let key = keys[attribute.name] else { continue }
            try xml.writer.write("<data key=\"\(key)\">")
            try xml.write(attribute.value.exportText, place: place(attribute.name))
            try xml.writer.write("</data>")
        }
    }
}

import ClusterGraph
import ClusterStore
import ResultFormat

/// GEXF 1.2 (https://gexf.net), Gephi's own format: node labels, typed attribute declarations,
/// `defaultedgetype` from the graph's direction and link weights. Streamed like ``GraphMLWriter``.
///
/// ```swift
/// try store.withGraphStream("fi2014") { try GEXFWriter.write($0, to: writer) }
/// ```
public enum GEXFWriter {
    /// - Throws: ``ExportError/xmlCannotHold(format:place:character:)`` for text XML cannot hold.
    public static func write(_ graph: GraphStream, to writer: BufferedWriter) throws {
        let xml = XMLTextWriter(writer: writer, format: "GEXF")
        let nodeColumns = try graph.nodeAttributeColumns(), linkColumns = try graph.linkAttributeColumns()
        try writer.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <meta>
                <creator>ClusterNet</creator>
                <description>
            """)
        try xml.write(graph.description.isEmpty ? graph.name : graph.description, place: "the graph's description")
        try writer.write("""
            </description>
              </meta>
              <graph defaultedgetype="\(graph.isDirected ? "directed" : "undirected")" mode="static">

            """)
        // Attribute 0 is the kind; the graph's own attributes follow.
        func declarations(_ domain: String, _ columns: [AttributeColumn]) throws {
            try writer.write("    <attributes class=\"\(domain)\">\n      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n")
            for (index, column) in columns.enumerated() {
                try writer.write("      <attribute id=\"\(index + 1)\" title=\"")
                try xml.write(column.name, place: "the attribute name '\(TerminalText.escaped(column.name))'")
                try writer.write("\" type=\"\(column.isNumeric ? "double" : "string")\"/>\n")
            }
            try writer.write("    </attributes>\n")
        }
        try declarations("node", nodeColumns)
        try declarations("edge", linkColumns)

        let nodeIds = Dictionary(uniqueKeysWithValues: nodeColumns.enumerated().map { ($1.name, $0 + 1) })
        try writer.write("    <nodes>\n")
        try graph.forEachNode { node in
            try writer.write("      <node id=\"")
            try xml.write(node.key.bytes, place: ExportPlace.node(node.key))
            try writer.write("\" label=\"")
            try xml.write((node.label ?? node.key).bytes, place: "the label of \(ExportPlace.node(node.key))")
            try writer.write("\">")
            try writeValues(kind: node.kind, node.attributes, ids: nodeIds, xml: xml, owner: ExportPlace.node(node.key))
            try writer.write("</node>\n")
        }
        try writer.write("    </nodes>\n    <edges>\n")
        let linkIds = Dictionary(uniqueKeysWithValues: linkColumns.enumerated().map { ($1.name, $0 + 1) })
        var index = 0
        try graph.forEachLink { link in
            try writer.write("      <edge id=\"\(index)\" source=\"")
            try xml.write(link.source.bytes, place: ExportPlace.node(link.source))
            try writer.write("\" target=\"")
            try xml.write(link.target.bytes, place: ExportPlace.node(link.target))
            try writer.write("\" weight=\"")
            try writer.writeNumber(link.weight)
            try writer.write("\">")
            try writeValues(kind: link.kind, link.attributes, ids: linkIds, xml: xml, owner: ExportPlace.link(link))
            try writer.write("</edge>\n")
            index += 1
        }
        try writer.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    /// `<attvalues>`: the kind, then each attribute in the order of its declaration (both sorted by name).
    private static func writeValues(kind: RowText, _ attributes: [(name: String, value: AttributeValue)], ids: [String: Int],
                                    xml: XMLTextWriter, owner: @autoclosure () -> String) throws {
        try xml.writer.write("<attvalues><attvalue for=\"0\" value=\"")
        try xml.write(kind.bytes, place: "the kind of \(owner())")
        try xml.writer.write("\"/>")
        for attribute in attributes {
            guard let id = ids[attribute.name] else { continue }
            try xml.writer.write("<attvalue for=\"\(id)\" value=\"")
            try xml.write(attribute.value.exportText, place: ExportPlace.attribute(attribute.name, of: owner()))
            try xml.writer.write("\"/>")
        }
        try xml.writer.write("</attvalues>")
    }
}

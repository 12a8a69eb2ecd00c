import ClusterGraph
import ClusterRender
import ResultFormat

/// GEXF 1.2 (https://gexf.net), Gephi's own format: node labels, typed attribute declarations,
/// `defaultedgetype` from the graph's direction and link weights.
public enum GEXFWriter {
    public static func document(_ graph: ExportedGraph) -> String {
        let summary = graph.summary
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <meta>
                <creator>ClusterNet</creator>
                <description>\(XMLText.escaped(summary.description.isEmpty ? summary.name : summary.description))</description>
              </meta>
              <graph defaultedgetype="\(summary.isDirected ? "directed" : "undirected")" mode="static">

            """
        // Attribute 0 is the kind; the graph's own attributes follow.
        func declarations(_ domain: String, _ attributes: [(name: String, numeric: Bool)]) {
            out += "    <attributes class=\"\(domain)\">\n"
            out += "      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n"
            for (index, attribute) in attributes.enumerated() {
                out += "      <attribute id=\"\(index + 1)\" title=\"\(XMLText.escaped(attribute.name))\" type=\"\(attribute.numeric ? "double" : "string")\"/>\n"
            }
            out += "    </attributes>\n"
        }
        func values(kind: String, _ attributes: [(name: String, numeric: Bool)], of values: [String: AttributeValue]) -> String {
            var text = "<attvalues><attvalue for=\"0\" value=\"\(XMLText.escaped(kind))\"/>"
            for (index, attribute) in attributes.enumerated() {
                if let value = values[attribute.name] {
                    text += "<attvalue for=\"\(index + 1)\" value=\"\(XMLText.escaped(ExportedGraph.text(value)))\"/>"
                }
            }
            return text + "</attvalues>"
        }
        declarations("node", graph.nodeAttributes)
        declarations("edge", graph.linkAttributes)
        out += "    <nodes>\n"
        for node in graph.nodes {
            out += "      <node id=\"\(XMLText.escaped(node.key))\" label=\"\(XMLText.escaped(node.label ?? node.key))\">"
            out += values(kind: node.kind, graph.nodeAttributes, of: node.attributes) + "</node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, link) in graph.links.enumerated() {
            out += "      <edge id=\"\(index)\" source=\"\(XMLText.escaped(link.source))\" target=\"\(XMLText.escaped(link.target))\" "
                + "weight=\"\(JSONValue.format(link.weight))\">"
            out += values(kind: link.kind, graph.linkAttributes, of: link.attributes) + "</edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}

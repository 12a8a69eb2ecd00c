import ClusterRender
import ResultFormat

/// GraphML (http://graphml.graphdrawing.org) for Gephi, yEd, networkx and igraph: typed `<key>`
/// declarations for the label, kind and every attribute, `edgedefault` from the graph's
/// direction, link weights as the `weight` key.
public enum GraphMLWriter {
    public static func document(_ graph: ExportedGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        func key(_ id: String, _ domain: String, _ name: String, numeric: Bool) {
            out += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escaped(name))\" attr.type=\"\(numeric ? "double" : "string")\"/>\n"
        }
        key("description", "graph", "description", numeric: false)
        key("source", "graph", "source", numeric: false)
        key("label", "node", "label", numeric: false)
        key("kind", "node", "kind", numeric: false)
        for (index, attribute) in graph.nodeAttributes.enumerated() { key("n\(index)", "node", attribute.name, numeric: attribute.numeric) }
        key("weight", "edge", "weight", numeric: true)
        key("link_kind", "edge", "kind", numeric: false)
        for (index, attribute) in graph.linkAttributes.enumerated() { key("e\(index)", "edge", attribute.name, numeric: attribute.numeric) }

        let summary = graph.summary
        out += "  <graph id=\"\(XMLText.escaped(summary.name))\" edgedefault=\"\(summary.isDirected ? "directed" : "undirected")\">\n"
        out += "    <data key=\"description\">\(XMLText.escaped(summary.description))</data>\n"
        out += "    <data key=\"source\">\(XMLText.escaped(summary.source))</data>\n"
        for node in graph.nodes {
            out += "    <node id=\"\(XMLText.escaped(node.key))\">"
            if let label = node.label { out += "<data key=\"label\">\(XMLText.escaped(label))</data>" }
            out += "<data key=\"kind\">\(XMLText.escaped(node.kind))</data>"
            for (index, attribute) in graph.nodeAttributes.enumerated() {
                if let value = node.attributes[attribute.name] {
                    out += "<data key=\"n\(index)\">\(XMLText.escaped(ExportedGraph.text(value)))</data>"
                }
            }
            out += "</node>\n"
        }
        for link in graph.links {
            out += "    <edge source=\"\(XMLText.escaped(link.source))\" target=\"\(XMLText.escaped(link.target))\">"
            out += "<data key=\"weight\">\(JSONValue.format(link.weight))</data>"
            out += "<data key=\"link_kind\">\(XMLText.escaped(link.kind))</data>"
            for (index, attribute) in graph.linkAttributes.enumerated() {
                if let value = link.attributes[attribute.name] {
                    out += "<data key=\"e\(index)\">\(XMLText.escaped(ExportedGraph.text(value)))</data>"
                }
            }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}

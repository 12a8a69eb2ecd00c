import ClusterStore
import ResultFormat

/// A stored graph written in an interchange format, streamed from the store into any
/// ``BufferedWriter`` — a file (``OutputFile``), standard output or an HTTP response body: the
/// CLI's `export` and a web server give the same bytes for the same graph.
///
/// ```swift
/// try OutputFile.write(to: "fi2014.graphml", protecting: [store.path]) { writer in
///     try GraphExport.write(store, graph: "fi2014", as: .graphml, to: writer)
/// }
/// ```
public enum GraphExport {
    public enum Format: String, CaseIterable, Sendable {
        /// GraphML for Gephi, yEd, networkx, igraph.
        case graphml
        /// GEXF 1.2 for Gephi.
        case gexf
        /// networkx node-link JSON; `import json` reads it back.
        case json
        /// The links file `import links` reads.
        case csv
        /// The nodes file `import nodes` reads.
        case csvNodes = "csv-nodes"
        /// Graphviz DOT text.
        case dot

    }

    /// Writes graph `name` as `format` into `writer` (flushed, not finished: the caller finishes
    /// its sink, which is where a file is put in place).
    ///
    /// - Complexity: one pass over the nodes and one over the links (GraphML and GEXF first run
    ///   one aggregate query per attribute table for the declared types); memory does not grow
    ///   with the number of links.
    /// - Throws: ``StoreError`` for an unknown graph; ``ExportError`` for text the format cannot hold.
    public static func write(_ store: LinkageStore, graph name: String, as format: Format, to writer: BufferedWriter) throws {
        try store.withGraphStream(name) { graph in
            switch format {
            case .graphml: try GraphMLWriter.write(graph, to: writer)
            case .gexf: try GEXFWriter.write(graph, to: writer)
            case .json: try NodeLinkJSONWriter.write(graph, to: writer)
            case .csv: try CSVExport.writeLinks(graph, to: writer)
            case .csvNodes: try CSVExport.writeNodes(graph, to: writer)
            case .dot: try DOTWriter.write(graph, to: writer)
            }
        }
        try writer.flush()
    }
}

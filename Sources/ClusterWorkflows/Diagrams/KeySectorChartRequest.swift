import ClusterRender
import ClusterStore
import InputOutput

extension KeySectorChart {
    /// The key-sector chart of input-output graph `graph` as `render --key-sectors` draws it: the
    /// Rasmussen–Hirschman indices of its `io` links, backward against forward.
    ///
    /// ```swift
    /// let svg = try KeySectorChart.svg(store: store, graph: "fi2014", title: "Finland 2014: key sectors")
    /// ```
    /// - Throws: ``InputOutput/LinkageAnalysisError`` when the graph has no flows or cannot be inverted.
    public static func svg(store: LinkageStore, graph: String, title: String?) throws -> String {
        let analysis = try LinkageAnalysis(graph: store.loadGraph(named: graph, linkKinds: ["io"]), graphName: graph)
        return svg(analysis.keySectorPoints, title: title)
    }
}

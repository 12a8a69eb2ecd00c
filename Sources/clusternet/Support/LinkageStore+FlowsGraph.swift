import ClusterStore

extension LinkageStore {
    /// The graph holding the flows behind `graph`: `explicit` when given; else, for a derived
    /// undirected graph (`linkages --derive strength` records the input-output graph it came from
    /// as its source), that source graph when it exists; else `graph` itself.
    func flowsGraphName(for graph: String, explicit: String?) throws -> String {
        if let explicit { return explicit }
        let summary = try self.graph(named: graph)
        guard !summary.isDirected, !summary.source.isEmpty, summary.source != graph,
              try graphs().contains(where: { $0.name == summary.source }) else { return graph }
        return summary.source
    }
}

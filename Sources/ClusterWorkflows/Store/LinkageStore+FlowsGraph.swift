import ClusterGraph
import ClusterStore

extension LinkageStore {
    /// The graph holding the flows behind `graph`: `explicit` when given; else, for a derived
    /// undirected graph (`linkages --derive strength` records the input-output graph it came from
    /// as its source), that source graph when it exists; else `graph` itself.
    public func flowsGraphName(for graph: String, explicit: String?) throws -> String {
        if let explicit { return explicit }
        let summary = try self.graph(named: graph)
        guard !summary.isDirected, !summary.source.isEmpty, summary.source != graph,
              try graphs().contains(where: { $0.name == summary.source }) else { return graph }
        return summary.source
    }

    /// The graph named by ``flowsGraphName(for:explicit:)`` and its name: `structure` itself
    /// (already loaded as `graph`) when that is the one, else loaded.
    public func loadFlowsGraph(for graph: String, structure: LinkageGraph,
                        explicit: String?) throws -> (name: String, graph: LinkageGraph) {
        let name = try flowsGraphName(for: graph, explicit: explicit)
        return (name, name == graph ? structure : try loadGraph(named: name))
    }
}

/// What a ``ClusterReport`` covers: a series of graphs of one economy (earliest first; the last is
/// reported in full), how clusters are defined on them, and optionally the regional tables that say
/// where each cluster concentrates.
///
/// ```swift
/// var request = ReportRequest(graphs: ["FIN-1995", "FIN-2000", "FIN-2005", "FIN-2011"], options: ClusterAssessmentOptions(graph: "FIN-2011"))
/// request.definition = try ClusterDefinition.load(path: "Graphs/wiod-2013/clusters.csv")
/// request.regions = "fi2014"
/// request.concordance = try SectorConcordance.load(path: "Graphs/finland-io-2014/wiod-concordance.csv", target: "wiod")
/// ```
public struct ReportRequest: Sendable {
    /// The graphs in time order; each is compared with the one before for dynamics.
    public var graphs: [String]
    /// The assessment options for every graph (the graph and earlier graph are set per step).
    public var options: ClusterAssessmentOptions
    /// A fixed cluster definition applied to every graph; nil: `options.partition` saved on each
    /// graph, else clusters detected on each.
    public var definition: ClusterDefinition?
    /// The national sum of a set of regional graphs (`import io` names them `GRAPH/REGION`).
    public var regions: String?
    /// Maps the regional sectors onto the keys of ``graphs``.
    public var concordance: SectorConcordance?
    public var title: String

    public init(graphs: [String], options: ClusterAssessmentOptions, definition: ClusterDefinition? = nil,
                regions: String? = nil, concordance: SectorConcordance? = nil, title: String? = nil) {
        self.graphs = graphs
        self.options = options
        self.definition = definition
        self.regions = regions
        self.concordance = concordance
        self.title = title ?? "Industrial clusters of \(graphs.last ?? options.graph)"
    }
}

import InputOutput

/// What decides a regional specialisation report: the national graph (its regions are the graphs
/// named `GRAPH/REGION`), the size measure, filters, and optionally a saved partition whose
/// communities replace sectors.
///
/// ```swift
/// var options = SpecialisationOptions(graph: "fi2014")
/// options.partition = "clusters"
/// options.partitionGraph = "fi2014-strength"
/// let report = try SpecialisationReport(store: store, options: options)
/// ```
public struct SpecialisationOptions: Sendable {
    public var graph: String
    public var measure: SizeMeasure
    /// Only this region (nil: every region).
    public var region: String?
    /// Only this sector, or cluster id with a partition.
    public var sector: String?
    /// Sum sectors into the communities of this saved partition.
    public var partition: String?
    /// The graph the partition is saved on; nil finds it by name.
    public var partitionGraph: String?

    public init(graph: String, measure: SizeMeasure = .output, region: String? = nil, sector: String? = nil,
                partition: String? = nil, partitionGraph: String? = nil) {
        self.graph = graph
        self.measure = measure
        self.region = region
        self.sector = sector
        self.partition = partition
        self.partitionGraph = partitionGraph
    }
}

import ClusterAlgorithms
import ClusterAssessment

/// What decides a derived cluster template: the graphs, the consensus runs, and the rule for
/// extended clusters.
///
/// ```swift
/// var options = TemplateDerivationOptions(name: "wiod", graphs: ["FIN-2011", "SWE-2011", "DEU-2011"])
/// options.consensus.runsPerResolution = 30
/// options.consensus.seed = 7
/// let derived = try TemplateDerivation(store: store, options: options)
/// try store.saveTemplate(derived.template, replace: false)
/// ```
public struct TemplateDerivationOptions: Sendable {
    /// Which graph the clusters are detected on.
    public enum Basis: String, Sendable, CaseIterable {
        /// The linkage-strength graph of each input-output graph (computed in memory, as
        /// `linkages --derive strength` would store it); an undirected graph is used as it is.
        case strength
        /// Each graph as stored (a directed graph symmetrised).
        case graph
    }

    public var name: String
    /// One graph, or several of the same sectors (years, countries) pooled into one definition.
    public var graphs: [String]
    public var basis: Basis
    public var consensus: ConsensusOptions
    /// A supplier joins a cluster's extended cluster when its dependence (see
    /// ``ClusterAssessment/SupplierDependence``), averaged over the graphs, is at least this.
    public var extensionThreshold: Double
    /// Cluster names by member key (a `key,cluster` file): each cluster takes the name most of
    /// its members carry; clusters with none keep their derived name.
    public var names: [String: String]
    public var description: String?
    /// Traded/local classifications: the first that lists every key applies, and its local
    /// sectors are left out of detection and form one cluster, the local economy (clusters are
    /// found among traded sectors; Delgado, Porter & Stern 2016). None: every sector is detected.
    public var sectorTypes: [SectorTypes]
    /// Detect clusters among local sectors too.
    public var includeLocal: Bool

    public init(name: String, graphs: [String], basis: Basis = .strength, consensus: ConsensusOptions = ConsensusOptions(),
                extensionThreshold: Double = 0.2, names: [String: String] = [:], description: String? = nil,
                sectorTypes: [SectorTypes] = [], includeLocal: Bool = false) {
        self.name = name
        self.graphs = graphs
        self.basis = basis
        self.consensus = consensus
        self.extensionThreshold = extensionThreshold
        self.names = names
        self.description = description
        self.sectorTypes = sectorTypes
        self.includeLocal = includeLocal
    }
}

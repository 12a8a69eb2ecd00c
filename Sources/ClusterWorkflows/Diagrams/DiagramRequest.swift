import ClusterAlgorithms
import ClusterAssessment
import ClusterGraph
import ClusterRender
import ClusterStore
import Foundation

/// What `render` draws: a graph's linkage diagram, its clusters (a saved partition, or maturity
/// classes from the same assessment as `clusters`), one cluster, or a supplier pyramid — the one
/// pipeline behind `render`, the report and the web page's diagrams.
///
/// ```swift
/// var request = DiagramRequest(graph: "fi2014-strength")
/// request.maturity = ClusterAssessmentOptions(graph: "fi2014-strength", partition: "clusters")
/// let png = try request.diagram(store: store).render(format: .png)
/// ```
public struct DiagramRequest: Sendable {
    public var graph: String
    /// A partition saved on ``graph`` drawn as boxes (ignored when ``maturity`` is set: its partition rules).
    public var partition: String?
    /// Colour the clusters by the maturity classes of this assessment (its graph is ``graph``).
    public var maturity: ClusterAssessmentOptions?
    /// Draw only this cluster of the assessed partition: its members and the flows between them,
    /// from the assessment's flows graph, in a box of its class.
    public var cluster: Int?
    /// Draw the supplier pyramid under this lead node instead.
    public var lead: String?
    public var engine: LayoutEngine?
    /// Keep each node's K heaviest links; 0 keeps all.
    public var top: Int
    /// Hide links lighter than this.
    public var threshold: Double?
    public var aggregate: Aggregation
    public var nodeLimit: Int
    public var title: String?

    public init(graph: String, partition: String? = nil, maturity: ClusterAssessmentOptions? = nil, cluster: Int? = nil,
                lead: String? = nil, engine: LayoutEngine? = nil, top: Int = 3, threshold: Double? = nil,
                aggregate: Aggregation = .auto, nodeLimit: Int = 5_000, title: String? = nil) {
        self.graph = graph
        self.partition = partition
        self.maturity = maturity
        self.cluster = cluster
        self.lead = lead
        self.engine = engine
        self.top = top
        self.threshold = threshold
        self.aggregate = aggregate
        self.nodeLimit = nodeLimit
        self.title = title
    }

    /// The diagram, ready to render. `assessment`, when given, is the result of ``maturity``
    /// already computed, and `loaded` the graph named ``graph`` already loaded (a server keeps
    /// both), so neither is read again. `progress` hears how many of the stored links are read
    /// when an overview is drawn from them.
    ///
    /// - Throws: the store's errors, ``ClusterAssessment/AssessmentError/unknownCluster(id:count:)``
    ///   for a ``cluster`` the partition lacks, and the supplier-tier errors for an unknown lead.
    public func diagram(store: LinkageStore, assessment: PartitionAssessment? = nil, loaded: LinkageGraph? = nil,
                        progress: ProgressHandler? = nil) throws -> Diagram {
        if let maturity {
            let assessed = try assessment ?? PartitionAssessment(AssessmentInputs(store: store, options: maturity))
            if let cluster { return try clusterDiagram(assessed, id: cluster) }
            let source = maturity.definition.map { "clusters of \($0.source)" }
                ?? maturity.partition.map { "clusters of partition '\($0)'" } ?? "clusters found by Leiden"
            return linkageDiagram(assessed.inputs.structure, clusters: Self.rendered(assessed), source: source)
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let options = diagramOptions(source: partition.map { "clusters of partition '\($0)'" } ?? "communities found by Louvain (seed 1)")
        if let partition, lead == nil, loaded == nil, options.aggregates(nodeCount: try store.graph(named: graph).nodeCount) {
            // Drawn by its clusters alone: read straight from the stored links, never loading the graph.
            let overview = try store.communityOverview(graph: graph, partition: partition, sizeAttribute: options.sizeAttribute,
                                                       threads: cores, progress: progress)
            return LinkageDiagram.make(overview: overview, clusters: RenderedCluster.clusters(from: overview), options: options,
                                       engine: engine)
        }
        let drawn = try loaded ?? store.loadGraph(named: graph, threads: cores)
        if let lead {
            let tiers = try SupplierTiers(graph: drawn, lead: lead, graphName: graph)
            return try SupplierPyramidDiagram.make(graph: drawn, lead: lead, tiers: tiers.tiers.map { $0.map { drawn.keys[$0] } },
                                                   options: .init(title: title))
        }
        if let partition {
            let saved = try store.loadPartition(graph: graph, name: partition)
            return linkageDiagram(drawn, partition: saved, options: options)
        }
        if options.aggregates(nodeCount: drawn.nodeCount) {
            // Too many nodes and no clusters given: find some to aggregate by, reproducibly.
            let found = try drawn.communities(CommunityOptions(method: .louvain, seed: 1, threads: cores)).partition
            var diagram = linkageDiagram(drawn, partition: found, options: options)
            // Finding them is most of the time on a large graph; saved, they are drawn from the stored links alone.
            diagram.notes.append("To draw these communities again without finding them anew, save them once "
                                 + "(clusternet communities --graph \(graph) --method louvain --seed 1 --save NAME) and render with --partition NAME.")
            return diagram
        }
        return linkageDiagram(drawn, clusters: [], source: "clusters")
    }

    /// `drawn` with the communities of `partition` as boxes, or as single nodes when aggregated.
    private func linkageDiagram(_ drawn: LinkageGraph, partition: Partition, options: LinkageDiagramOptions) -> Diagram {
        guard options.aggregates(nodeCount: drawn.nodeCount) else {
            return LinkageDiagram.make(graph: drawn, clusters: RenderedCluster.clusters(from: partition, graph: drawn), options: options,
                                       engine: engine)
        }
        // Without listing every member's key: a firm network's communities have millions.
        let overview = CommunityOverview(graph: drawn, partition: partition, sizeAttribute: options.sizeAttribute)
        return LinkageDiagram.make(overview: overview, clusters: RenderedCluster.clusters(from: overview), options: options, engine: engine)
    }

    /// One cluster's members and the flows between them, in a box of its class.
    private func clusterDiagram(_ assessed: PartitionAssessment, id: Int) throws -> Diagram {
        guard let cluster = assessed.clusters.first(where: { $0.id == id }) else {
            throw AssessmentError.unknownCluster(id: id, count: assessed.partition.communityCount)
        }
        let members = assessed.inputs.flows.subgraph(keys: cluster.members)
        let title = Self.rendered(assessed).first { $0.id == String(id) }?.title ?? String(id)
        let box = RenderedCluster(id: String(id), members: cluster.members, maturity: cluster.maturity.rawValue, title: title)
        return linkageDiagram(members, clusters: [box], source: "clusters")
    }

    /// The assessed clusters as drawn: coloured by class, titled by their names in a cluster
    /// definition (the local economy as such), else by their largest member.
    public static func rendered(_ assessed: PartitionAssessment) -> [RenderedCluster] {
        let local = assessed.localEconomy?.id
        return RenderedCluster.clusters(from: assessed.partition, graph: assessed.inputs.structure, maturity: assessed.classByCommunity)
            .enumerated().map { id, cluster in
                let name = id == local ? MaturityClass.local.rawValue : assessed.names.indices.contains(id) ? assessed.names[id] : nil
                guard let name else { return cluster }
                return RenderedCluster(id: cluster.id, members: cluster.members, maturity: cluster.maturity, title: "\(id): \(name)")
            }
    }

    private func linkageDiagram(_ drawn: LinkageGraph, clusters: [RenderedCluster], source: String) -> Diagram {
        LinkageDiagram.make(graph: drawn, clusters: clusters, options: diagramOptions(source: source), engine: engine)
    }

    /// The drawing options this request asks for; `source` says what the clusters are.
    private func diagramOptions(source: String) -> LinkageDiagramOptions {
        LinkageDiagramOptions(title: title, topLinksPerNode: top == 0 ? nil : top, minimumWeight: threshold,
                              nodeLimit: nodeLimit, aggregation: aggregate, clusterSource: source)
    }
}

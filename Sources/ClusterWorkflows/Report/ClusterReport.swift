import ClusterAssessment
import ClusterGraph
import ClusterRender
import ClusterStore
import ResultFormat

/// A report on the clusters of one economy: each cluster's maturity class in every year with the
/// reasons, its closest international model, where it concentrates among the regions, and how the
/// clusters trade with one another — the library behind `clusternet report` and the demo.
///
/// ```swift
/// let report = try ClusterReport(store: store, request: request)
/// let markdown = report.markdown(diagram: "clusters.svg")
/// let json = report.json()
/// ```
public struct ClusterReport: Sendable {
    public let request: ReportRequest
    /// One assessment per graph of the series, in order.
    public let steps: [PartitionAssessment]
    /// Where each cluster of the last graph concentrates, when regional graphs were given.
    public let regional: RegionalConcentration?
    /// The regional graphs' national graph, as described in the store.
    public let regionalSummary: GraphSummary?
    /// Each cluster of the last graph compared with the four models, by cluster id: the ranking
    /// and a verdict that names a model only when the data decide.
    public let models: [Int: ModelComparison]
    /// Per cluster id, one sentence when its comparison rests on numbers marked illustrative.
    public let illustrative: [Int: String]

    /// The last graph's assessment.
    public var latest: PartitionAssessment { steps[steps.count - 1] }

    /// - Throws: ``ReportError/noGraphs`` for an empty series, the store's errors for unknown
    ///   graphs, and those of the assessment.
    public init(store: LinkageStore, request: ReportRequest) throws {
        guard !request.graphs.isEmpty else { throw ReportError.noGraphs }
        self.request = request
        var steps: [PartitionAssessment] = []
        var earlier: LinkageGraph?
        for (index, graph) in request.graphs.enumerated() {
            var options = request.options
            options.graph = graph
            options.compare = index > 0 ? request.graphs[index - 1] : request.options.compare
            let structure = try store.loadGraph(named: graph)
            let (flowsName, flows) = try store.loadFlowsGraph(for: graph, structure: structure, explicit: options.flows)
            var saved: Partition?
            if let definition = request.definition {
                (options, saved) = definition.applied(to: options, keys: structure.keys)
            } else if let name = options.partition {
                saved = try store.loadPartition(graph: graph, name: name)
            }
            let before = try index > 0 ? earlier : options.compare.map { try store.loadGraph(named: $0) }
            let reference = try options.reference.map { try store.loadGraph(named: $0) }
            let inputs = AssessmentInputs(options: options, structure: structure, flowsName: flowsName, flows: flows,
                                          earlier: before, reference: reference, savedPartition: saved)
            steps.append(try PartitionAssessment(inputs))
            earlier = flows
        }
        self.steps = steps
        let last = steps[steps.count - 1]
        let calculator = ClusterIndicatorCalculator(flows: last.inputs.flows)
        let profiler = ModelProfiler(calculator: calculator)
        let sources = SourceNotes(try store.attributeSources(graph: last.inputs.flowsName))
        var models: [Int: ModelComparison] = [:], illustrative: [Int: String] = [:]
        for cluster in last.traded {
            let profile = profiler.profile(members: cluster.members)
            models[cluster.id] = ModelPrototypes.standard.compare(profile)
            illustrative[cluster.id] = sources.illustrativeNote(for: profile)
        }
        self.models = models
        self.illustrative = illustrative
        if let prefix = request.regions, let concordance = request.concordance {
            let names = try store.graphs().map(\.name)
            let regions = try names.filter { $0.hasPrefix(prefix + "/") }.map { name in
                (name: String(name.dropFirst(prefix.count + 1)), graph: try store.loadGraph(named: name))
            }
            let national = names.contains(prefix) ? try store.loadGraph(named: prefix) : nil
            regionalSummary = names.contains(prefix) ? try store.graph(named: prefix) : nil
            regional = try RegionalConcentration(regions: regions, national: national,
                                                 clusters: last.traded.map { (Self.name(of: $0, in: last), $0.members) },
                                                 concordance: concordance)
        } else {
            regional = nil
            regionalSummary = nil
        }
    }

    /// A cluster's name: its name in the definition, else its members.
    static func name(of cluster: AssessedCluster, in assessment: PartitionAssessment) -> String {
        if cluster.maturity == .local { return "local economy" }
        return assessment.names.indices.contains(cluster.id) ? assessment.names[cluster.id] ?? cluster.members.joined(separator: "+")
            : cluster.members.joined(separator: "+")
    }

    /// The name of a cluster of the last graph.
    public func name(of cluster: AssessedCluster) -> String { Self.name(of: cluster, in: latest) }

    /// The same members in every graph of the series (nil where they are not one group).
    public func history(of cluster: AssessedCluster) -> [(graph: String, cluster: AssessedCluster?)] {
        let members = Set(cluster.members)
        return steps.map { step in (step.inputs.options.graph, step.clusters.first { Set($0.members) == members }) }
    }

    /// The last graph's clusters drawn by Graphviz, coloured by class.
    public func diagram(title: String? = nil) -> Diagram {
        let assessment = latest
        let clusters = assessment.clusters.map { cluster in
            RenderedCluster(id: String(cluster.id), members: cluster.members, maturity: cluster.maturity.rawValue,
                            title: cluster.maturity == .local ? "not in clusters" : name(of: cluster))
        }
        let options = LinkageDiagramOptions(title: title ?? request.title, topLinksPerNode: 2, clusterSource: "cluster definition")
        return LinkageDiagram.make(graph: assessment.inputs.structure, clusters: clusters, options: options, engine: nil)
    }
}

/// A report that cannot be written.
public enum ReportError: UserFacingError, Equatable {
    case noGraphs

    public var description: String {
        switch self {
        case .noGraphs: "a report needs at least one graph."
        }
    }
}

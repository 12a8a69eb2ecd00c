import ClusterGraph
import ClusterRender
import ClusterStore
import ClusterWorkflows
import InputOutput

/// The answers pages and API share, computed on the work pool and kept in the answer cache for
/// the store's current revision.
extension ClusterWebServer {
    /// Runs `work` on the pool.
    func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.run(work)
    }

    /// The answer kept under `key` for the store's current revision, computed on the pool when
    /// there is none. `cost` estimates its size in bytes.
    func cached<T: Sendable>(_ key: String, cost: @escaping @Sendable (T) -> Int = { _ in 4_096 },
                             _ work: @escaping @Sendable () throws -> T) async throws -> T {
        let pool = pool
        return try await remembered(key, cost: cost) { try await pool.run(work) }
    }

    /// Like ``cached(_:cost:_:)`` for an answer put together from others (a whole page).
    func remembered<T: Sendable>(_ key: String, cost: @escaping @Sendable (T) -> Int,
                                 _ compute: @escaping @Sendable () async throws -> T) async throws -> T {
        let revision = try await storeRevision.current { try await self.blocking($0) }
        return try await cache.value(for: key, revision: revision, cost: cost, compute: compute)
    }

    /// The request within the time limit; an error that names a graph lists those that exist.
    func timed<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        do {
            return try await limit.run(operation)
        } catch let error as ServerError {
            throw error
        } catch {
            let names = await graphNamesIfUnknown(error)
            throw ServerError(error, graphNames: { names })
        }
    }

    /// The stored graphs' names when `error` is about an unknown graph (so the answer can list them).
    func graphNamesIfUnknown(_ error: any Error) async -> [String] {
        guard case StoreError.unknownGraph = error else { return [] }
        return (try? await blocking { [store] in try store.graphs().map(\.name) }) ?? []
    }

    func graphs() async throws -> [GraphSummary] {
        try await cached("graphs") { [store] in try store.graphs() }
    }

    func summary(_ graph: String) async throws -> GraphSummary {
        guard let summary = try await graphs().first(where: { $0.name == graph }) else {
            throw ServerError.unknownGraph(graph, names: try await graphs().map(\.name))
        }
        return summary
    }

    func assessment(_ parameters: AssessmentParameters) async throws -> PartitionAssessment {
        let options = try parameters.options(shipped)
        return try await cached(parameters.cacheKey, cost: { $0.inputs.structure.linkCount * 48 + 65_536 }) { [store] in
            try PartitionAssessment(AssessmentInputs(store: store, options: options))
        }
    }

    /// The models compared with one cluster of a saved partition or a shipped definition (the
    /// command takes its clusters by name); nil for clusters detected for the page.
    func models(_ parameters: AssessmentParameters, cluster: Int) async throws -> ModelAssessment? {
        var options = ModelAssessmentOptions(graph: parameters.graph, flows: parameters.flows)
        if let partition = parameters.partition {
            options.cluster = (partition, cluster)
        } else if let clusters = parameters.clusters {
            let definition = try shipped.definition(clusters)
            options.definition = definition
            options.cluster = (definition.source, cluster)
        } else {
            return nil
        }
        let chosen = options
        return try await cached(parameters.cacheKey + "\u{1F}models\u{1F}\(cluster)") { [store] in
            try ModelAssessment(store: store, options: chosen)
        }
    }

    /// The graph in memory, as analyses load it.
    func loadedGraph(_ graph: String) async throws -> LinkageGraph {
        try await cached("graph\u{1F}" + graph, cost: { $0.linkCount * 24 + $0.nodeCount * 64 }) { [store] in
            try store.loadGraph(named: graph)
        }
    }

    func overview(_ graph: String) async throws -> GraphOverview {
        let loaded = try await loadedGraph(graph)
        return try await cached("overview\u{1F}" + graph) { GraphOverview(graph: loaded, name: graph) }
    }

    func specialisation(_ options: SpecialisationOptions) async throws -> SpecialisationReport {
        let key = ["specialisation", options.graph, options.measure.rawValue, options.region ?? "", options.sector ?? "",
                   options.partition ?? "", options.partitionGraph ?? ""].joined(separator: "\u{1F}")
        return try await cached(key, cost: { $0.rows.count * 512 + 4_096 }) { [store] in
            try SpecialisationReport(store: store, options: options)
        }
    }

    func linkages(_ graph: String) async throws -> LinkageAnalysis {
        try await cached("linkages\u{1F}" + graph) { [store] in
            try LinkageAnalysis(graph: store.loadGraph(named: graph, linkKinds: ["io"]), graphName: graph)
        }
    }

    func linkKinds(_ graph: String) async throws -> [(kind: String, links: Int)] {
        let kinds: [LinkKindCount] = try await cached("kinds\u{1F}" + graph) { [store] in
            try store.linkKinds(graph: graph).map { LinkKindCount(kind: $0.kind, links: $0.links) }
        }
        return kinds.map { ($0.kind, $0.links) }
    }

    func partitions(_ graph: String) async throws -> [SavedResultSummary] {
        try await cached("partitions\u{1F}" + graph) { [store] in
            try store.results(graph: graph).filter { $0.type == "partition" }
        }
    }

    /// A diagram rendered in `format`, with the notes that say what was aggregated or hidden.
    func diagram(_ request: DiagramRequest, key: String, format: RenderFormat,
                 assessment: AssessmentParameters? = nil) async throws -> RenderedDiagram {
        var assessed: PartitionAssessment?, loaded: LinkageGraph?
        if let assessment { assessed = try await self.assessment(assessment) } else { loaded = try await loadedGraph(request.graph) }
        let computed = assessed, graph = loaded
        return try await cached("diagram\u{1F}\(key)\u{1F}\(format.rawValue)", cost: { $0.bytes.count }) { [store] in
            let diagram = try request.diagram(store: store, assessment: computed, loaded: graph)
            return RenderedDiagram(bytes: try diagram.render(format: format), notes: diagram.notes)
        }
    }

    /// The stored cluster templates, for the pages that offer comparisons.
    func templates() async throws -> [ClusterTemplate] {
        try await cached("templates") { [store] in try store.templates() }
    }

    /// One template across graphs, as `clusternet compare` computes it.
    func comparison(_ parameters: ComparisonParameters) async throws -> Comparison {
        let options = parameters.options(shipped)
        return try await cached(parameters.cacheKey, cost: { $0.columns.reduce(65_536) { $0 + $1.assessment.inputs.structure.linkCount * 48 } }) { [store] in
            try Comparison(store: store, options: options)
        }
    }

    /// The comparison's chart in `format`, with the indicators and clusters the parameters choose.
    func comparisonChart(_ parameters: ComparisonParameters, format: RenderFormat) async throws -> [UInt8] {
        let comparison = try await comparison(parameters)
        return try await cached(parameters.chartKey + "\u{1F}" + format.rawValue, cost: { $0.count }) {
            let ids = try parameters.clusters.isEmpty ? nil : parameters.clusters.map { try comparison.template.cluster($0).id }
            return try comparison.chart(indicators: parameters.indicators.isEmpty ? nil : parameters.indicators, clusters: ids)
                .diagram().render(format: format)
        }
    }

    func keySectorChart(_ graph: String, title: String?) async throws -> String {
        let analysis = try await linkages(graph)
        return try await cached("key-sectors\u{1F}\(graph)\u{1F}\(title ?? "")", cost: { $0.utf8.count }) {
            KeySectorChart.svg(analysis.keySectorPoints, title: title)
        }
    }
}

/// A rendered diagram and the notes about it.
struct RenderedDiagram: Sendable {
    let bytes: [UInt8]
    let notes: [String]
}

private struct LinkKindCount: Sendable {
    let kind: String
    let links: Int
}

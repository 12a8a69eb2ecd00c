import ClusterStore
import ClusterWorkflows
import GraphQuery
import Hummingbird
import InputOutput

extension ClusterWebServer {
    func addPageRoutes(to router: Router<BasicRequestContext>) {
        page(router, "/") { _, _ in
            GraphsPage.html(try await self.graphs(), templates: try await self.templates(), layout: self.layout)
        }
        router.get("/graphs") { _, _ in Responses.redirect(to: "/") }
        page(router, "/graphs/:graph") { _, context in
            try await self.graphPage(try Self.graphName(context)).html(layout: self.layout)
        }
        page(router, "/graphs/:graph/clusters") { request, context in
            let parameters = try AssessmentParameters(graph: try Self.graphName(context), form: RequestForm(query: request.uri.query))
            return try await self.clustersPage(parameters).html(layout: self.layout)
        }
        page(router, "/graphs/:graph/clusters/:id") { request, context in
            let parameters = try AssessmentParameters(graph: try Self.graphName(context), form: RequestForm(query: request.uri.query))
            return try await self.clusterPage(parameters, id: try Self.clusterID(context)).html(layout: self.layout)
        }
        page(router, "/compare") { request, _ in
            let parameters = try ComparisonParameters(form: RequestForm(query: request.uri.query))
            return ComparePage(comparison: try await self.comparison(parameters), parameters: parameters,
                               chart: try await self.comparisonChart(parameters, format: .svg)).html(layout: self.layout)
        }
        router.get("/query") { request, _ in
            try await self.queryPage(RequestForm(query: request.uri.query))
        }
        page(router, "/api") { _, _ in APIPage.html(layout: self.layout) }
    }

    /// A GET route answering with a page, within the time limit; the page is kept for the store's
    /// revision, so asking again costs one small read.
    private func page(_ router: Router<BasicRequestContext>, _ path: RouterPath,
                      _ body: @escaping @Sendable (Request, BasicRequestContext) async throws -> HTML) {
        router.get(path) { request, context in
            Responses.html(try await self.timed {
                try await self.cachedPage(request.uri.description) { try await body(request, context) }
            })
        }
    }

    /// The page at `address` (path and query, as links write it) for the store's current revision.
    private func cachedPage(_ address: String, _ body: @escaping @Sendable () async throws -> HTML) async throws -> HTML {
        try await remembered("page\u{1F}" + address, cost: { $0.text.utf8.count }, body)
    }

    /// Puts the pages a visitor opens first into the cache, one after the other: the graphs, each
    /// graph that is not a region of another, and the clusters of its shipped definitions (compared
    /// with the year before, as its page links them) and saved partitions. A page that fails is
    /// left for its request to report.
    func warmUp(graphLimit: Int = 20) async {
        guard let graphs = try? await graphs() else { return }
        _ = try? await cachedPage("/") { GraphsPage.html(graphs, templates: try await self.templates(), layout: self.layout) }
        let names = graphs.map(\.name)
        let main = graphs.filter { graph in !names.contains { graph.name.hasPrefix($0 + "/") } }.prefix(graphLimit)
        for graph in main {
            _ = try? await cachedPage(Paths.graph(graph.name)) { try await self.graphPage(graph.name).html(layout: self.layout) }
            var choices: [AssessmentParameters] = ((try? await partitions(graph.name)) ?? []).map { partition in
                var parameters = AssessmentParameters(graph: graph.name)
                parameters.partition = partition.name
                return parameters
            }
            if let keys = try? await loadedGraph(graph.name).keys {
                choices += shipped.definitions(fitting: keys).map { definition in
                    var parameters = AssessmentParameters(graph: graph.name)
                    parameters.clusters = definition.source
                    parameters.compare = GraphSeries.earlier(than: graph.name, among: names)
                    return parameters
                }
            }
            for parameters in choices {
                _ = try? await cachedPage(Paths.clusters(parameters)) { try await self.clustersPage(parameters).html(layout: self.layout) }
                let count = (try? await assessment(parameters).clusters.count) ?? 0
                for id in 0..<count {
                    _ = try? await cachedPage(Paths.cluster(parameters, id: id)) { try await self.clusterPage(parameters, id: id).html(layout: self.layout) }
                }
            }
        }
    }

    static func graphName(_ context: BasicRequestContext) throws -> String {
        guard let raw = context.parameters.get("graph") else { throw ServerError.notFound("No graph named in the address.") }
        return URLText.decodedSegment(raw)
    }

    static func clusterID(_ context: BasicRequestContext) throws -> Int {
        let raw = context.parameters.get("id") ?? ""
        guard let id = Int(raw), id >= 0 else { throw ServerError.notFound("'\(raw)' is not a cluster number.") }
        return id
    }

    private func graphPage(_ name: String) async throws -> GraphPage {
        let summary = try await summary(name)
        let all = try await graphs()
        let names = all.map(\.name)
        async let kinds = linkKinds(name)
        async let partitions = partitions(name)
        async let overview = overview(name)
        async let diagram = diagram(DiagramRequest(graph: name), key: "graph\u{1F}" + name, format: .svg)
        let regions = SpecialisationReport.regions(of: name, among: names)
        let keys = try await loadedGraph(name).keys
        let definitions = shipped.definitions(fitting: keys)
        let present = Set(keys)
        let templates = try await templates().filter { template in
            template.clusters.contains { cluster in cluster.members.contains { present.contains($0.key) } }
        }
        let hasIO = try await kinds.contains { $0.kind == "io" }
        let keySectors: Result<String, GraphPage.KeySectorsAbsent>
        if !hasIO {
            keySectors = .failure(.init(reason: "The key-sector chart needs input-output flows (links of kind io); this graph has none."))
        } else if summary.nodeCount > GraphPage.keySectorLimit {
            keySectors = .failure(.init(reason: "The key-sector chart inverts a dense matrix of every sector pair; \(summary.nodeCount) sectors are more than the page draws (\(GraphPage.keySectorLimit)). `clusternet render --key-sectors` draws it."))
        } else {
            do {
                keySectors = .success(try await keySectorChart(name, title: nil))
            } catch let error as LinkageAnalysisError {
                keySectors = .failure(.init(reason: "No key-sector chart: \(error.description)"))
            }
        }
        let specialisation = regions.isEmpty ? nil : try await self.specialisation(SpecialisationOptions(graph: name))
        return GraphPage(summary: summary, names: names, linkKinds: try await kinds, partitions: try await partitions,
                         definitions: definitions, templates: templates, earlier: GraphSeries.earlier(than: name, among: names),
                         derived: all.filter { $0.source == name && $0.name != name }, overview: try await overview,
                         diagram: try await diagram, keySectors: keySectors, specialisation: specialisation)
    }

    private func clustersPage(_ parameters: AssessmentParameters) async throws -> ClustersPage {
        let assessment = try await assessment(parameters)
        let diagram = try await diagram(DiagramRequest(graph: parameters.graph, maturity: try parameters.options(self.shipped)),
                                        key: parameters.cacheKey, format: .svg, assessment: parameters)
        return ClustersPage(view: AssessmentView(assessment, parameters: parameters), diagram: diagram,
                            partitions: try await partitions(parameters.graph),
                            definitions: shipped.definitions(fitting: assessment.inputs.structure.keys), graphNames: try await graphs().map(\.name))
    }

    private func clusterPage(_ parameters: AssessmentParameters, id: Int) async throws -> ClusterPage {
        let assessment = try await assessment(parameters)
        let view = AssessmentView(assessment, parameters: parameters)
        guard let cluster = assessment.clusters.first(where: { $0.id == id }) else {
            throw ServerError.notFound("\(parameters.graph) has clusters 0 to \(assessment.clusters.count - 1) (\(view.partitionText)), not \(id).")
        }
        let diagram = try await diagram(DiagramRequest(graph: parameters.graph, maturity: try parameters.options(self.shipped), cluster: id),
                                        key: parameters.cacheKey + "\u{1F}cluster\u{1F}\(id)", format: .svg, assessment: parameters)
        let models = try await models(parameters, cluster: id)
        return ClusterPage(view: view, cluster: cluster, diagram: diagram,
                           models: models, concentration: try await concentration(parameters, assessment: assessment, id: id))
    }

    /// Where the cluster concentrates: the regions of its flows graph for a saved partition; for a
    /// shipped definition, the regions of a table set whose sectors a shipped concordance maps onto
    /// the flows graph's; else why nothing can be said.
    private func concentration(_ parameters: AssessmentParameters, assessment: PartitionAssessment,
                               id: Int) async throws -> ClusterPage.Concentration {
        let flows = assessment.inputs.flowsName
        let names = try await graphs().map(\.name)
        if let clusters = parameters.clusters {
            let keys = Set(assessment.inputs.flows.keys)
            for regions in names where !SpecialisationReport.regions(of: regions, among: names).isEmpty {
                let regionalKeys = Set(try await loadedGraph(regions).keys)
                guard let concordance = shipped.concordances.first(where: { concordance in
                    !concordance.target.isEmpty && concordance.target.keys.allSatisfy(regionalKeys.contains)
                        && concordance.target.values.allSatisfy(keys.contains)
                }), let cluster = assessment.clusters.first(where: { $0.id == id }) else { continue }
                let name = assessment.names.indices.contains(id) ? assessment.names[id] ?? String(id) : String(id)
                let key = ["concentration", clusters, flows, regions, concordance.source, cluster.members.joined(separator: ",")].joined(separator: "\u{1F}")
                let regional: RegionalConcentration = try await cached(key) { [store] in
                    let regionGraphs = try SpecialisationReport.regions(of: regions, among: names).map { region in
                        (name: region, graph: try store.loadGraph(named: regions + "/" + region))
                    }
                    return try RegionalConcentration(regions: regionGraphs, national: try store.loadGraph(named: regions),
                                                     clusters: [(name, cluster.members)], concordance: concordance)
                }
                return .concordance(regional, cluster: name, regions: regions, concordance: concordance.source)
            }
            return .absent("No regional tables in the store have sectors that a shipped concordance maps onto \(flows)'s.")
        }
        guard !SpecialisationReport.regions(of: flows, among: names).isEmpty else {
            return .absent("\(flows) has no regional graphs (named \(flows)/REGION), so there is nothing to compare the regions by.")
        }
        guard let partition = parameters.partition else {
            return .absent("Regional location quotients sum a saved partition's clusters; these were found by Leiden for this page. Save them with `clusternet clusters --graph \(parameters.graph) --save NAME` and choose the partition above.")
        }
        return .regions(try await specialisation(SpecialisationOptions(graph: flows, sector: String(id), partition: partition,
                                                                       partitionGraph: parameters.graph)))
    }

    private func queryPage(_ form: RequestForm) async throws -> Response {
        let text = form["q"]
        let graph = form["graph"]
        let parameters = (form.all("params").flatMap { $0.split(whereSeparator: \.isNewline).map(String.init) } + form.all("param"))
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let names = try await graphs().map(\.name)
        var outcome: Result<QueryResult, ServerError>?
        if let text {
            do {
                let values = try QueryParameters.parse(parameters)
                if let graph { _ = try await summary(graph) }
                outcome = .success(try await limit.query(store: store, text, graph: graph, parameters: values, pool: pool))
            } catch let error as ServerError {
                outcome = .failure(error)
            } catch {
                outcome = .failure(ServerError(error, graphNames: { names }))
            }
        }
        let page = QueryPage(text: text, graph: graph, parameters: parameters, graphNames: names, outcome: outcome)
        let status: HTTPResponse.Status = switch outcome {
        case .failure(let error)?: error.status
        default: .ok
        }
        return Responses.html(page.html(layout: layout), status: status)
    }
}

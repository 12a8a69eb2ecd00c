import ClusterStore
import ClusterWorkflows
import GraphQuery
import Hummingbird
import InputOutput

extension ClusterWebServer {
    func addPageRoutes(to router: Router<BasicRequestContext>) {
        page(router, "/") { _, _ in
            GraphsPage.html(try await self.graphs(), layout: self.layout)
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
    /// graph that is not a region of another, and the clusters of its saved partitions. A page
    /// that fails is left for its request to report.
    func warmUp(graphLimit: Int = 20) async {
        guard let graphs = try? await graphs() else { return }
        _ = try? await cachedPage("/") { GraphsPage.html(graphs, layout: self.layout) }
        let names = graphs.map(\.name)
        let main = graphs.filter { graph in !names.contains { graph.name.hasPrefix($0 + "/") } }.prefix(graphLimit)
        for graph in main {
            _ = try? await cachedPage(Paths.graph(graph.name)) { try await self.graphPage(graph.name).html(layout: self.layout) }
            for partition in (try? await partitions(graph.name)) ?? [] {
                guard let parameters = try? AssessmentParameters(graph: graph.name, form: RequestForm(query: "partition=" + URLText.encoded(partition.name))) else { continue }
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
                         derived: all.filter { $0.source == name && $0.name != name }, overview: try await overview,
                         diagram: try await diagram, keySectors: keySectors, specialisation: specialisation)
    }

    private func clustersPage(_ parameters: AssessmentParameters) async throws -> ClustersPage {
        let assessment = try await assessment(parameters)
        let diagram = try await diagram(DiagramRequest(graph: parameters.graph, maturity: parameters.options),
                                        key: parameters.cacheKey, format: .svg, assessment: parameters)
        return ClustersPage(view: AssessmentView(assessment, parameters: parameters), diagram: diagram,
                            partitions: try await partitions(parameters.graph), graphNames: try await graphs().map(\.name))
    }

    private func clusterPage(_ parameters: AssessmentParameters, id: Int) async throws -> ClusterPage {
        let assessment = try await assessment(parameters)
        guard let cluster = assessment.clusters.first(where: { $0.id == id }) else {
            throw ServerError.notFound("\(parameters.graph) has clusters 0 to \(assessment.clusters.count - 1) (\(parameters.partition.map { "partition '\($0)'" } ?? "found by Leiden")), not \(id).")
        }
        let diagram = try await diagram(DiagramRequest(graph: parameters.graph, maturity: parameters.options, cluster: id),
                                        key: parameters.cacheKey + "\u{1F}cluster\u{1F}\(id)", format: .svg, assessment: parameters)
        let models = try await models(parameters, cluster: id)
        return ClusterPage(view: AssessmentView(assessment, parameters: parameters), cluster: cluster, diagram: diagram,
                           models: models, specialisation: try await concentration(parameters, flows: assessment.inputs.flowsName, id: id))
    }

    /// The cluster's location quotient in each region of its flows graph, or why there is none.
    private func concentration(_ parameters: AssessmentParameters, flows: String,
                               id: Int) async throws -> Result<SpecialisationReport, ClusterPage.ConcentrationAbsent> {
        let names = try await graphs().map(\.name)
        guard !SpecialisationReport.regions(of: flows, among: names).isEmpty else {
            return .failure(.init(reason: "\(flows) has no regional graphs (named \(flows)/REGION), so there is nothing to compare the regions by."))
        }
        guard let partition = parameters.partition else {
            return .failure(.init(reason: "Regional location quotients sum a saved partition's clusters; these were found by Leiden for this page. Save them with `clusternet clusters --graph \(parameters.graph) --save NAME` and choose the partition above."))
        }
        return .success(try await specialisation(SpecialisationOptions(graph: flows, sector: String(id), partition: partition,
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

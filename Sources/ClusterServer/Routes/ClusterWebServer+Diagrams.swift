import ClusterRender
import ClusterWorkflows
import Hummingbird

extension ClusterWebServer {
    /// The diagrams of the pages as files: SVG, PNG, PDF or DOT, shown in place or, with
    /// `?download=1`, saved under a name that says what they are. A comparison's chart is drawn
    /// as `compare --chart` draws it: SVG, PNG or PDF.
    func addDiagramRoutes(to router: Router<BasicRequestContext>) {
        for format in RenderFormat.allCases {
            let file = "diagram." + format.rawValue
            router.get(RouterPath("/graphs/:graph/" + file)) { request, context in
                let graph = try Self.graphName(context)
                return try await self.diagramFile(DiagramRequest(graph: graph), key: "graph\u{1F}" + graph, format: format,
                                                  name: graph, request: request)
            }
            router.get(RouterPath("/graphs/:graph/clusters/" + file)) { request, context in
                let parameters = try AssessmentParameters(graph: try Self.graphName(context), form: RequestForm(query: request.uri.query))
                return try await self.diagramFile(DiagramRequest(graph: parameters.graph, maturity: try parameters.options(self.shipped)),
                                                  key: parameters.cacheKey, format: format, name: parameters.graph + "-clusters",
                                                  request: request, assessment: parameters)
            }
            router.get(RouterPath("/graphs/:graph/clusters/:id/" + file)) { request, context in
                let parameters = try AssessmentParameters(graph: try Self.graphName(context), form: RequestForm(query: request.uri.query))
                let id = try Self.clusterID(context)
                return try await self.diagramFile(DiagramRequest(graph: parameters.graph, maturity: try parameters.options(self.shipped), cluster: id),
                                                  key: parameters.cacheKey + "\u{1F}cluster\u{1F}\(id)", format: format,
                                                  name: parameters.graph + "-cluster-\(id)", request: request, assessment: parameters)
            }
        }
        for format in RenderFormat.allCases where format != .dot {
            router.get(RouterPath("/compare/diagram." + format.rawValue)) { request, _ in
                let parameters = try ComparisonParameters(form: RequestForm(query: request.uri.query))
                let bytes = try await self.timed { try await self.comparisonChart(parameters, format: format) }
                return Responses.file(bytes, contentType: Self.contentType(format), name: "compare-\(parameters.template)." + format.rawValue,
                                      download: RequestForm(query: request.uri.query)["download"] != nil)
            }
        }
        router.get("/graphs/:graph/key-sectors.svg") { request, context in
            let graph = try Self.graphName(context)
            let svg = try await self.timed { try await self.keySectorChart(graph, title: nil) }
            return Responses.file(Array(svg.utf8), contentType: Self.contentType(.svg), name: graph + "-key-sectors.svg",
                                  download: RequestForm(query: request.uri.query)["download"] != nil)
        }
    }

    private func diagramFile(_ diagram: DiagramRequest, key: String, format: RenderFormat, name: String, request: Request,
                             assessment: AssessmentParameters? = nil) async throws -> Response {
        let rendered = try await timed { try await self.diagram(diagram, key: key, format: format, assessment: assessment) }
        return Responses.file(rendered.bytes, contentType: Self.contentType(format), name: name + "." + format.rawValue,
                              download: RequestForm(query: request.uri.query)["download"] != nil)
    }

    static func contentType(_ format: RenderFormat) -> String {
        switch format {
        case .svg: "image/svg+xml"
        case .png: "image/png"
        case .pdf: "application/pdf"
        case .dot: "text/vnd.graphviz; charset=utf-8"
        }
    }
}

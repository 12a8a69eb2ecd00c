import ClusterStore
import ClusterWorkflows
import Foundation
import Hummingbird
import InputOutput
import ResultFormat

extension ClusterWebServer {
    /// The JSON API: the documents of the CLI's `--format json`, under `/api`, described by
    /// `/api/openapi.json`. Query parameters take the command's flag names.
    func addAPIRoutes(to router: Router<BasicRequestContext>) {
        router.get("/api/openapi.json") { _, _ in Responses.json(OpenAPIDocument.document) }
        api(router, "/api/graphs") { _, _ in .graphList(try await self.graphs()) }
        api(router, "/api/graphs/:graph") { _, context in
            .graphList([try await self.summary(try Self.graphName(context))])
        }
        api(router, "/api/graphs/:graph/overview") { _, context in
            try await self.overview(try Self.graphName(context)).json()
        }
        api(router, "/api/graphs/:graph/nodes") { request, context in
            let graph = try Self.graphName(context), form = RequestForm(query: request.uri.query)
            let limit = try Self.count(form, "limit")
            return .nodeList(graph: graph, try await self.blocking { [store] in try store.nodes(graph: graph, kind: form["kind"], limit: limit) })
        }
        api(router, "/api/graphs/:graph/links") { request, context in
            let graph = try Self.graphName(context), form = RequestForm(query: request.uri.query)
            let filter = LinkFilter(from: form["from"], to: form["to"], kind: form["kind"],
                                    minWeight: try Self.number(form, "min-weight"), limit: try Self.count(form, "limit"))
            return .linkList(graph: graph, try await self.blocking { [store] in try store.links(graph: graph, filter: filter) })
        }
        api(router, "/api/graphs/:graph/linkages") { _, context in
            let graph = try Self.graphName(context)
            return try await self.linkages(graph).json(graph: graph)
        }
        api(router, "/api/graphs/:graph/specialisation") { request, context in
            let form = RequestForm(query: request.uri.query)
            var options = SpecialisationOptions(graph: try Self.graphName(context), region: form["region"], sector: form["sector"],
                                                partition: form["partition"], partitionGraph: form["partition-graph"])
            if let text = form["measure"] {
                guard let measure = SizeMeasure(rawValue: text) else {
                    throw ServerError.badRequest("measure is one of \(SizeMeasure.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'.")
                }
                options.measure = measure
            }
            return try await self.specialisation(options).json()
        }
        api(router, "/api/graphs/:graph/clusters") { request, context in
            let parameters = try AssessmentParameters(graph: try Self.graphName(context), form: RequestForm(query: request.uri.query))
            return try await self.assessment(parameters).json()
        }
        api(router, "/api/graphs/:graph/models") { request, context in
            let form = RequestForm(query: request.uri.query)
            var options = ModelAssessmentOptions(graph: try Self.graphName(context), flows: form["flows"])
            options.definition = try form["clusters"].map { try self.shipped.definition($0) }
            if form["partition"] != nil, options.definition != nil { throw ServerError.badRequest(AssessmentParameters.eitherPartitionOrDefinition) }
            switch (form["partition"] ?? options.definition?.source, try Self.count(form, "cluster")) {
            case (let partition?, let cluster?): options.cluster = (partition, cluster)
            case (nil, nil): break
            default: throw ServerError.badRequest("cluster and partition go together: name the saved partition (or a shipped definition with clusters) and the cluster id in it.")
            }
            let key = ["models", options.graph, options.flows ?? "", form["partition"] ?? "", form["clusters"] ?? "", form["cluster"] ?? ""]
                .joined(separator: "\u{1F}")
            let chosen = options
            return try await self.cached(key) { [store] in try ModelAssessment(store: store, options: chosen) }.json()
        }
        api(router, "/api/compare") { request, _ in
            try await self.comparison(try ComparisonParameters(form: RequestForm(query: request.uri.query))).json()
        }
        router.post("/api/graphs/:graph/query") { request, context in
            try await self.queryAnswer(request, graph: try Self.graphName(context))
        }
        router.post("/api/query") { request, _ in
            try await self.queryAnswer(request, graph: nil)
        }
    }

    /// A GET route answering with a JSON document, within the time limit; the document is kept,
    /// written out, for the store's revision.
    private func api(_ router: Router<BasicRequestContext>, _ path: RouterPath,
                     _ body: @escaping @Sendable (Request, BasicRequestContext) async throws -> JSONValue) {
        router.get(path) { request, context in
            let text = try await self.timed {
                try await self.remembered("api\u{1F}" + request.uri.description, cost: { $0.utf8.count }) {
                    try await body(request, context).serialized(pretty: false) + "\n"
                }
            }
            return Responses.text(text, contentType: Responses.jsonType)
        }
    }

    private func queryAnswer(_ request: Request, graph: String?) async throws -> Response {
        var request = request
        let body: QueryRequestBody
        do {
            body = try QueryRequestBody.decode(Data(try await request.collectBody(upTo: options.maxRequestBytes).readableBytesView))
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw ServerError.tooLarge(limit: options.maxRequestBytes)
        }
        do {
            if let graph { _ = try await summary(graph) }
            let result = try await limit.query(store: store, body.query, graph: graph, parameters: body.parameters, pool: pool)
            return Responses.json(result.json())
        } catch let error as ServerError {
            throw error
        } catch {
            let names = await graphNamesIfUnknown(error)
            throw ServerError(error, graphNames: { names })
        }
    }

    static func count(_ form: RequestForm, _ name: String) throws -> Int? {
        guard let text = form[name] else { return nil }
        guard let value = Int(text), value >= 0 else { throw ServerError.badRequest("\(name) must be a whole number of zero or more, not '\(text)'.") }
        return value
    }

    static func number(_ form: RequestForm, _ name: String) throws -> Double? {
        guard let text = form[name] else { return nil }
        guard let value = Double(text), value.isFinite else { throw ServerError.badRequest("\(name) must be a finite number, not '\(text)'.") }
        return value
    }
}

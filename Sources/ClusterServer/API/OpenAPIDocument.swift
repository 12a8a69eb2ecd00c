import ResultFormat

/// The OpenAPI 3.1 description of the JSON API, served at `/api/openapi.json`. Each document is
/// the one the CLI prints with `--format json` (see the Docs pages named in the descriptions).
enum OpenAPIDocument {
    static let document: JSONValue = .object([
        ("openapi", .string("3.1.0")),
        ("info", .object([
            ("title", .string("ClusterNet")),
            ("version", .string("1")),
            ("description", .string("Read-only JSON over a ClusterNet store: the documents the clusternet command prints with --format json. "
                + "Query parameters take the command's flag names. When the server has a token, send it as Authorization: Bearer TOKEN.")),
        ])),
        ("servers", .array([.object([("url", .string("/"))])])),
        ("components", .object([
            ("securitySchemes", .object([("token", .object([("type", .string("http")), ("scheme", .string("bearer"))]))])),
            ("schemas", .object([
                ("Error", object(required: ["error"], [
                    ("error", .object([("type", .string("string"))])),
                    ("graphs", .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])),
                    ("line", .object([("type", .string("integer"))])),
                    ("column", .object([("type", .string("integer"))])),
                ])),
                ("Document", .object([("type", .string("object")), ("additionalProperties", .bool(true))])),
                ("QueryRequest", object(required: ["query"], [
                    ("query", .object([("type", .string("string")), ("description", .string("A read-only openCypher query (Docs/query-language.md)."))])),
                    ("params", .object([("type", .string("object")), ("description", .string("Values of $name parameters, bound, never spliced.")),
                                        ("additionalProperties", .bool(true))])),
                ])),
                ("QueryResult", object(required: ["columns", "rows"], [
                    ("columns", .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])),
                    ("rows", .object([("type", .string("array")), ("items", .object([("type", .string("array")), ("items", .object([]))]))])),
                ])),
            ])),
        ])),
        ("security", .array([.object([("token", .array([]))]), .object([])])),
        ("paths", .object([
            get("/api/graphs", "The stored graphs (`clusternet graphs --format json`).", operation: "listGraphs"),
            get("/api/graphs/{graph}", "One graph's summary (`clusternet graphs --graph G --format json`).", operation: "getGraph", graph: true),
            get("/api/graphs/{graph}/overview", "The largest sectors and heaviest links (`clusternet graphs --graph G --overview`).", operation: "getOverview", graph: true),
            get("/api/graphs/{graph}/nodes", "Nodes with attributes (`clusternet nodes`).", operation: "listNodes", graph: true,
                query: [("kind", "string", "Only nodes of this kind."), ("limit", "integer", "At most this many nodes.")]),
            get("/api/graphs/{graph}/links", "Links, heaviest first (`clusternet links`).", operation: "listLinks", graph: true,
                query: [("from", "string", "Only links leaving this node key."), ("to", "string", "Only links entering this node key."),
                        ("kind", "string", "Only links of this kind."), ("min-weight", "number", "Only links at least this heavy."),
                        ("limit", "integer", "At most this many links.")]),
            get("/api/graphs/{graph}/linkages", "Multipliers, Rasmussen–Hirschman indices and key sectors (`clusternet linkages`).",
                operation: "getLinkages", graph: true),
            get("/api/graphs/{graph}/specialisation", "Location quotients, cluster stars and export orientation per region (`clusternet specialisation`).",
                operation: "getSpecialisation", graph: true,
                query: [("measure", "string", "output, wages, value_added or employment."), ("region", "string", "Only this region."),
                        ("sector", "string", "Only this sector (or cluster id with partition)."),
                        ("partition", "string", "Sum sectors into this saved partition's communities."),
                        ("partition-graph", "string", "The graph the partition is saved on.")]),
            get("/api/graphs/{graph}/clusters", "Clusters with maturity classes, indicators and reasons (`clusternet clusters`, Docs/maturity-and-models.md).",
                operation: "getClusters", graph: true, query: assessmentParameters),
            get("/api/graphs/{graph}/models", "The six-characteristic profile and the four cluster models ranked (`clusternet models`).",
                operation: "getModels", graph: true,
                query: [("partition", "string", "A saved partition whose cluster is profiled."),
                        ("clusters", "string", "Instead of partition: a shipped cluster definition (Graphs/wiod-2013/clusters.csv)."),
                        ("cluster", "integer", "The cluster id in it."),
                        ("flows", "string", "The graph with the flows and attributes.")]),
            get("/api/compare", "One cluster template across graphs: classes, indicators and why a class changed (`clusternet compare`, Docs/templates-and-compare.md).",
                operation: "compareTemplate",
                query: [("template", "string", "The stored cluster template (required)."),
                        ("graph", "string", "A graph to compare; repeat for each (at least one)."),
                        ("earlier", "string", "GRAPH=EARLIER: measure GRAPH's dynamics against EARLIER; repeatable."),
                        ("force", "string", "Any value: compare graphs of different units, sectors, or economies and years at once."),
                        ("reference", "string", "The national graph, for location quotients."),
                        ("include-local", "string", "Any value: keep local sectors in the clusters.")]),
            post("/api/graphs/{graph}/query", "Runs a query on one graph (`clusternet query --graph G`).", operation: "queryGraph", graph: true),
            post("/api/query", "Runs a query on every graph (`clusternet query`).", operation: "queryAll", graph: false),
        ])),
    ])

    private static let assessmentParameters: [(String, String, String)] = [
        ("partition", "string", "A partition saved on the graph; default: find clusters with Leiden."),
        ("clusters", "string", "Instead of partition: a cluster definition shipped with ClusterNet (Graphs/wiod-2013/clusters.csv)."),
        ("include-local", "string", "Any value: keep local sectors in cluster detection."),
        ("flows", "string", "The graph with the flows and sector attributes."),
        ("compare", "string", "An earlier graph of the same economy, for dynamics."),
        ("reference", "string", "The national graph, for location quotients."),
        ("seed", "integer", "Seed of Leiden when no partition is given."),
        ("resolution", "number", "Resolution of Leiden when no partition is given."),
    ]

    private static func object(required: [String], _ properties: [(String, JSONValue)]) -> JSONValue {
        .object([("type", .string("object")), ("required", .strings(required)), ("properties", .object(properties))])
    }

    private static func errors(_ codes: [String]) -> [(String, JSONValue)] {
        let meanings = ["400": "A parameter or query is wrong; the message says what to change.",
                        "401": "The server has a token and the request did not carry it.",
                        "404": "No such graph (the names that exist are listed), partition, cluster or template.",
                        "413": "The request body is larger than the server accepts.",
                        "503": "The answer took longer than the server's time limit."]
        return codes.map { code in
            (code, .object([("description", .string(meanings[code] ?? "")),
                            ("content", .object([("application/json", .object([("schema", .object([("$ref", .string("#/components/schemas/Error"))]))]))]))]))
        }
    }

    private static func parameters(graph: Bool, query: [(String, String, String)]) -> JSONValue {
        var list: [JSONValue] = []
        if graph {
            list.append(.object([("name", .string("graph")), ("in", .string("path")), ("required", .bool(true)),
                                 ("description", .string("The graph's name (percent-encode a / as %2F).")),
                                 ("schema", .object([("type", .string("string"))]))]))
        }
        list += query.map { name, type, description in
            .object([("name", .string(name)), ("in", .string("query")), ("required", .bool(false)),
                     ("description", .string(description)), ("schema", .object([("type", .string(type))]))])
        }
        return .array(list)
    }

    private static func get(_ path: String, _ summary: String, operation: String, graph: Bool = false,
                            query: [(String, String, String)] = []) -> (String, JSONValue) {
        (path, .object([("get", .object([
            ("operationId", .string(operation)),
            ("summary", .string(summary)),
            ("parameters", parameters(graph: graph, query: query)),
            ("responses", .object([
                ("200", .object([("description", .string("The document.")),
                                 ("content", .object([("application/json", .object([("schema", .object([("$ref", .string("#/components/schemas/Document"))]))]))]))])),
            ] + errors(["400", "401", "404", "503"]))),
        ]))]))
    }

    private static func post(_ path: String, _ summary: String, operation: String, graph: Bool) -> (String, JSONValue) {
        (path, .object([("post", .object([
            ("operationId", .string(operation)),
            ("summary", .string(summary)),
            ("parameters", parameters(graph: graph, query: [])),
            ("requestBody", .object([("required", .bool(true)), ("content", .object([("application/json", .object([
                ("schema", .object([("$ref", .string("#/components/schemas/QueryRequest"))])),
            ]))]))])),
            ("responses", .object([
                ("200", .object([("description", .string("The result: {\"columns\", \"rows\"}, nodes and relationships whole.")),
                                 ("content", .object([("application/json", .object([("schema", .object([("$ref", .string("#/components/schemas/QueryResult"))]))]))]))])),
            ] + errors(["400", "401", "404", "413", "503"]))),
        ]))]))
    }
}

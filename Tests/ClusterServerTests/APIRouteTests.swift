import ClusterGraph
import ClusterStore
import ClusterWorkflows
import ResultFormat
import Foundation
import HummingbirdTesting
import Hummingbird
import Testing

/// The JSON API answers with the CLI's documents, binds query parameters and reports errors as JSON.
@Suite struct APIRouteTests {
    let fixture: ServerFixture

    init() throws { fixture = try ServerFixture() }

    private func post(_ client: any TestClientProtocol, _ uri: String, _ body: String,
                      _ check: @escaping (TestResponse) throws -> Void) async throws {
        try await client.execute(uri: uri, method: .post, headers: [.contentType: "application/json"],
                                 body: ByteBuffer(string: body)) { try check($0) }
    }

    @Test func documentsAreTheLibrarysBytes() async throws {
        let store = try LinkageStore(path: fixture.database)
        let clusters = try PartitionAssessment(AssessmentInputs(store: store, options: .init(graph: "eco-strength", partition: "clusters")))
        let graphs = JSONValue.graphList(try store.graphs()).serialized() + "\n"
        try await fixture.test { client in
            try await client.execute(uri: "/api/graphs", method: .get) { response in
                #expect(response.text == graphs)
            }
            try await client.execute(uri: "/api/graphs/eco-strength/clusters?partition=clusters", method: .get) { response in
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(response.text == clusters.json().serialized() + "\n")
            }
        }
    }

    @Test func aWriteToTheStoreIsSeenByTheNextRequest() async throws {
        let database = fixture.database
        try await fixture.test { client in
            try await client.execute(uri: "/api/graphs", method: .get) { response in
                #expect(!response.text.contains("\"late\""))
            }
            try await Task.sleep(for: .milliseconds(300))
            try await client.execute(uri: "/api/graphs", method: .get) { response in
                #expect(!response.text.contains("\"late\""), "kept from the cache")
            }
            let store = try LinkageStore(path: database)
            try store.writeGraph(GraphContents(name: "late", isDirected: true, links: [LinkRecord(source: "x", target: "y")]), mode: .create)
            try await client.execute(uri: "/api/graphs", method: .get) { response in
                #expect(response.text.contains("\"late\""), "the cache follows the store")
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("href=\"/graphs/late\""))
            }
        }
    }

    @Test func everyDocumentRouteAnswers() async throws {
        try await fixture.test { client in
            let routes: [(String, String)] = [
                ("/api/graphs/eco", "graphs"), ("/api/graphs/eco/overview", "sectors"), ("/api/graphs/eco/nodes?limit=2", "nodes"),
                ("/api/graphs/eco/links?from=A&min-weight=20", "links"), ("/api/graphs/eco/linkages", "sectors"),
                ("/api/graphs/eco/specialisation?measure=output", "regions"),
                ("/api/graphs/eco/specialisation?partition=clusters&partition-graph=eco-strength", "regions"),
                ("/api/graphs/eco-strength/clusters", "clusters"),
                ("/api/graphs/eco-strength/models?partition=clusters&cluster=0", "ranking"), ("/api/graphs/eco/models", "profile"),
                ("/api/openapi.json", "paths"),
            ]
            for (uri, key) in routes {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri): \(response.text)")
                    #expect(response.json[key] != nil, "\(uri) has no \(key)")
                }
            }
            try await client.execute(uri: "/api/graphs/eco/nodes?limit=2", method: .get) { response in
                #expect((response.json["nodes"] as? [Any])?.count == 2)
            }
            try await client.execute(uri: "/api/graphs/eco/links?from=A&min-weight=20", method: .get) { response in
                let targets = (response.json["links"] as? [[String: Any]])?.compactMap { $0["target"] as? String }
                #expect(targets == ["B", "A", "C"])
            }
        }
    }

    @Test func badParametersAreBadRequests() async throws {
        try await fixture.test { client in
            for uri in ["/api/graphs/eco/nodes?limit=-1", "/api/graphs/eco-strength/clusters?seed=x", "/api/graphs/eco/specialisation?measure=size",
                        "/api/graphs/eco-strength/models?partition=clusters", "/api/graphs/eco-strength/clusters?partition=nope",
                        "/api/graphs/eco-strength/clusters?clusters=clusters.csv",
                        "/api/graphs/eco-strength/clusters?clusters=Graphs%2Fwiod-2013%2Fclusters.csv&partition=clusters",
                        "/api/graphs/eco-strength/models?clusters=Graphs%2Fwiod-2013%2Fclusters.csv&partition=clusters&cluster=0"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest || response.status == .notFound, "\(uri)")
                    #expect(response.json["error"] is String, "\(uri)")
                }
            }
        }
    }

    @Test func unknownGraphIs404WithTheNamesThatExist() async throws {
        try await fixture.test { client in
            for uri in ["/api/graphs/ecco", "/api/graphs/ecco/clusters", "/api/graphs/ecco/nodes"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.json["graphs"] as? [String] == ["dense", "eco", "eco-strength", "eco/North", "eco/South"])
                }
            }
            try await post(client, "/api/graphs/ecco/query", #"{"query": "MATCH (n) RETURN n"}"#) { response in
                #expect(response.status == .notFound)
                #expect((response.json["graphs"] as? [String])?.contains("eco") == true)
            }
        }
    }

    @Test func queryParametersAreBoundNeverSpliced() async throws {
        try await fixture.test { client in
            try await post(client, "/api/graphs/eco/query", #"{"query": "MATCH (n {key: $k}) RETURN n.label AS label", "params": {"k": "D"}}"#) { response in
                #expect(response.status == .ok)
                #expect(response.json["columns"] as? [String] == ["label"])
                #expect((response.json["rows"] as? [[String]])?.first?.first == ServerFixture.scriptLabel)
            }
            try await post(client, "/api/graphs/eco/query", #"{"query": "MATCH (n) WHERE n.key = $k RETURN n.key", "params": {"k": "x' OR '1'='1"}}"#) { response in
                #expect(response.status == .ok)
                #expect((response.json["rows"] as? [Any])?.isEmpty == true)
            }
            try await post(client, "/api/query", #"{"query": "MATCH (n {key: $k}) RETURN n.graph AS graph ORDER BY graph", "params": {"k": "B"}}"#) { response in
                #expect((response.json["rows"] as? [[String]])?.map { $0[0] } == ["eco", "eco-strength", "eco/North", "eco/South"])
            }
        }
    }

    @Test func queryErrorsGiveTheirPosition() async throws {
        try await fixture.test { client in
            try await post(client, "/api/graphs/eco/query", #"{"query": "MATCH (n\nRETURN n"}"#) { response in
                #expect(response.status == .badRequest)
                #expect(response.json["line"] as? Int == 2)
                #expect(response.json["column"] as? Int == 1)
                #expect((response.json["error"] as? String)?.contains("^") == true)
            }
            try await post(client, "/api/graphs/eco/query", #"{"qery": "MATCH (n) RETURN n"}"#) { response in
                #expect(response.status == .badRequest)
                #expect((response.json["error"] as? String)?.contains("\"query\" is missing") == true)
            }
            try await post(client, "/api/graphs/eco/query", #"{"query": "MATCH (n) RETURN n.key", "params": [1]}"#) { response in
                #expect(response.status == .badRequest, "params is an object of names")
            }
            // Maps are values, as `--param` takes them.
            try await post(client, "/api/graphs/eco/query", #"{"query": "RETURN $m.a AS a", "params": {"m": {"a": 1}}}"#) { response in
                #expect(response.status == .ok)
                #expect(response.text.hasPrefix(#"{"columns":["a"],"rows":[[1]]}"#))
            }
        }
    }
}

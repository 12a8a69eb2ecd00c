import ClusterGraph
import ClusterServer
import ClusterStore
import Foundation
import HummingbirdTesting
import TestSupport

/// A small store for the router tests: an input-output graph `eco` of six sectors (one labelled
/// `<script>alert(1)</script>`), its linkage-strength graph `eco-strength` with a saved partition
/// `clusters` of two clusters, two regional graphs `eco/North` and `eco/South`, and `dense`, a
/// complete graph of 12 nodes whose long paths no query finishes within a test's time limit.
final class ServerFixture: @unchecked Sendable {
    static let scriptLabel = "<script>alert(1)</script>"
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("server.sqlite")
        let store = try LinkageStore(path: database)
        let sectors: [(key: String, label: String, output: Double, exports: Double)] = [
            ("A", "Forestry", 400, 120), ("B", "Paper", 900, 600), ("C", "Chemicals", 500, 200),
            ("D", Self.scriptLabel, 300, 10), ("E", "Services", 1_200, 50), ("F", "Retail", 800, 5),
        ]
        func nodes(scale: Double) -> [NodeRecord] {
            sectors.map { NodeRecord(key: $0.key, label: $0.label, attributes: ["output": .number($0.output * scale), "exports": .number($0.exports * scale)]) }
        }
        let flows: [(String, String, Double)] = [
            ("A", "B", 150), ("B", "C", 40), ("C", "B", 90), ("A", "C", 20), ("B", "A", 10),
            ("D", "E", 60), ("E", "F", 200), ("F", "E", 70), ("E", "D", 30),
            ("C", "E", 15), ("E", "B", 25), ("A", "A", 30),
        ]
        let ioLinks = flows.map { LinkRecord(source: $0.0, target: $0.1, weight: $0.2, kind: "io") }
        try store.writeGraph(GraphContents(name: "eco", isDirected: true, description: "A small economy", source: "test fixture",
                                           nodes: nodes(scale: 1), links: ioLinks), mode: .create)
        try store.writeGraph(GraphContents(name: "eco/North", isDirected: true, nodes: nodes(scale: 0.7), links: ioLinks), mode: .create)
        var south = nodes(scale: 0.3)
        south[1].attributes["output"] = .number(40)
        try store.writeGraph(GraphContents(name: "eco/South", isDirected: true, nodes: south, links: ioLinks), mode: .create)
        let strength: [(String, String, Double)] = [("A", "B", 0.6), ("B", "C", 0.5), ("A", "C", 0.3), ("D", "E", 0.5), ("E", "F", 0.7), ("C", "E", 0.05)]
        try store.writeGraph(GraphContents(name: "eco-strength", isDirected: false, description: "Linkage strength of eco", source: "eco",
                                           nodes: nodes(scale: 1), links: strength.map { LinkRecord(source: $0.0, target: $0.1, weight: $0.2, kind: "strength") }),
                             mode: .create)
        try store.savePartition(Partition(assignment: [0, 0, 0, 1, 1, 1], keys: ["A", "B", "C", "D", "E", "F"]), graph: "eco-strength",
                                name: "clusters", method: "test", parameters: [:], replace: false)
        let keys = (0..<12).map { "n\($0)" }
        let dense = keys.flatMap { a in keys.filter { $0 != a }.map { LinkRecord(source: a, target: $0, weight: 1) } }
        try store.writeGraph(GraphContents(name: "dense", isDirected: true, nodes: keys.map { NodeRecord(key: $0) }, links: dense), mode: .create)
    }

    /// Runs `test` against the server's router in-process.
    func test<Value: Sendable>(token: String? = nil, host: String = "127.0.0.1", timeLimit: Double = 10,
                               _ test: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let server = try ClusterWebServer(options: ServerOptions(database: database, host: host, token: token, timeLimit: timeLimit))
        return try await server.application().test(.router, test)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}

import ClusterGraph
import ClusterStore
import Foundation
import GraphQuery
import TestSupport

/// A store in a temporary file holding the test graphs of `Golden/graphs/` (`toy` directed,
/// `ring` undirected), written through `LinkageStore.writeGraph` as every importer does.
final class QueryFixture: Sendable {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/graphs")

    let directory: TemporaryDirectory
    let store: LinkageStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try LinkageStore(path: directory.path("query.sqlite"))
        try store.writeGraph(try Self.contents("toy", directed: true), mode: .create)
        try store.writeGraph(try Self.contents("ring", directed: false), mode: .create)
    }

    func run(_ query: String, graph: String? = "toy", _ parameters: [String: QueryValue] = [:]) throws -> QueryResult {
        try store.runQuery(query, graph: graph, parameters: parameters)
    }

    func sql(_ query: String, graph: String? = "toy", _ parameters: [String: QueryValue] = [:]) throws -> String {
        try store.readSnapshot { try CypherQuery.sql(query, graph: graph, parameters: parameters, in: $0) }
    }

    /// Rows of a fixture CSV (no quoting in these files), header dropped.
    static func rows(_ graph: String, _ file: String) throws -> [[String]] {
        let text = try String(contentsOf: folder.appendingPathComponent("\(graph)/\(file)"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    private static func contents(_ name: String, directed: Bool) throws -> GraphContents {
        let nodes = try rows(name, "nodes.csv").map { row in
            var attributes: [String: AttributeValue] = [:]
            if let output = Double(row[3]) { attributes["output"] = .number(output) }
            if !row[4].isEmpty { attributes["region"] = .text(row[4]) }
            return NodeRecord(key: row[0], label: row[1], kind: row[2], attributes: attributes)
        }
        let links = try rows(name, "links.csv").map { row in
            LinkRecord(source: row[0], target: row[1], weight: Double(row[2]) ?? 0, kind: row[3],
                       attributes: Double(row[4]).map { ["share": .number($0)] } ?? [:])
        }
        return GraphContents(name: name, isDirected: directed, nodes: nodes, links: links)
    }
}

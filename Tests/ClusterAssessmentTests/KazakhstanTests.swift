import ClusterAssessment
import ClusterGraph
import Foundation
import Testing

/// The shipped Kazakhstan worked example reproduces the seed's model ranking.
@Suite struct KazakhstanTests {
    /// Reads the example's plain CSV files (no quoted fields) into a graph.
    static func graph() throws -> LinkageGraph {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Graphs/kazakhstan-construction-materials").standardized
        func rows(_ name: String) throws -> [[String]] {
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        var builder = LinkageGraphBuilder(directed: true)
        let nodes = try rows("nodes.csv")
        let header = nodes[0]
        for row in nodes.dropFirst() {
            var attributes: [String: AttributeValue] = [:]
            for (name, field) in zip(header.dropFirst(3), row.dropFirst(3)) { attributes[name] = .number(try #require(Double(field))) }
            builder.addNode(NodeRecord(key: row[0], label: row[1], kind: row[2], attributes: attributes))
        }
        for row in try rows("links.csv").dropFirst() {
            builder.addLink(from: row[0], to: row[1], weight: try #require(Double(row[2])))
        }
        return builder.build()
    }

    @Test func theIndustryResemblesTheIndianModel() throws {
        let graph = try Self.graph()
        #expect(graph.nodeCount == 8)
        let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: graph)).profile(members: nil)
        #expect(profile.unmeasured == [.foreignInputs, .supportingExporters, .stateSupport])
        let comparison = ModelPrototypes.standard.compare(profile)
        #expect(comparison.verdict == .model(.indian))
        #expect(comparison.ranking.first?.conditions.map(\.status) == [.met, .met])
        let fdi = try #require(profile[.fdi])
        #expect(abs((fdi.value ?? 0) - 865.5 / 1610) < 1e-9)
        #expect(comparison.ranking[0].reasons.contains { $0.hasPrefix("Defining condition met — foreign direct investment at least 0.50: met (1.00).") })
    }
}

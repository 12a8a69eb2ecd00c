@testable import ClusterAssessment
import ClusterGraph
import Testing

@Suite struct InputOutputChainTests {
    /// 1 → 2 → 3, each selling half of its output to the next; sector 3 exports everything.
    static func chain(imported: Bool = true) -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: true)
        for (key, imports, exports) in [("s1", 1.0, 0.0), ("s2", 2.0, 0.0), ("s3", 3.0, 10.0)] {
            var attributes: [String: AttributeValue] = ["output": .number(10), "exports": .number(exports)]
            if imported { attributes["imported_inputs"] = .number(imports) }
            builder.addNode(NodeRecord(key: key, attributes: attributes))
        }
        builder.addLink(from: "s1", to: "s2", weight: 5)
        builder.addLink(from: "s2", to: "s3", weight: 5)
        return builder.build()
    }

    @Test func averagePropagationLengthCountsTheStepsOfTheChain() throws {
        let graph = Self.chain()
        let chain = try InputOutputChain(graph: graph)
        let index = { (key: String) in graph.index(of: key) ?? -1 }
        // A = 0.5 on (1,2) and (2,3): APL_12 = 1, APL_13 = 2·0.25 / 0.25 = 2.
        #expect(chain.averagePropagationLength(of: [index("s1"), index("s2")]) == 1)
        let apl = try #require(chain.averagePropagationLength(of: [index("s1"), index("s3")]))
        #expect(abs(apl - 2) < 1e-12)
        // Effects 0.5 + 0.5 + 0.25 over steps 0.5 + 0.5 + 2·0.25.
        let all = try #require(chain.averagePropagationLength(of: [0, 1, 2]))
        #expect(abs(all - 1.5 / 1.25) < 1e-12)
    }

    @Test func importContentOfExportsFollowsTheChainBack() throws {
        let graph = Self.chain()
        let chain = try InputOutputChain(graph: graph)
        let s3 = try #require(graph.index(of: "s3"))
        // m = (0.1, 0.2, 0.3), L·e = 10·(0.25, 0.5, 1): VS = (0.025 + 0.1 + 0.3) = 0.425.
        let content = try #require(chain.importContent(of: [s3], exports: [s3: 10]))
        #expect(abs(content - 0.425) < 1e-12)
        #expect(try InputOutputChain(graph: Self.chain(imported: false)).importCoefficients == nil)
    }
}

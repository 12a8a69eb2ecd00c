import ClusterAssessment
import ClusterGraph
import Foundation
import Testing

@Suite struct MaturityClassifierTests {
    private func assess(_ graph: LinkageGraph, earlier: LinkageGraph? = nil,
                        rules: MaturityRules = .standard) throws -> [AssessedCluster] {
        let calculator = ClusterIndicatorCalculator(flows: graph, earlier: earlier, settings: rules.indicators)
        return try MaturityClassifier(rules: rules).assess(Fixtures.partition(of: graph), calculator: calculator)
    }

    @Test func handMadeClustersHitEveryClass() throws {
        let now = Fixtures.economy()
        let before = Fixtures.economy(scale: 0.9, dOutput: 50)
        let clusters = try assess(now, earlier: before)
        #expect(clusters.map(\.members) == [["a1", "a2", "a3"], ["b1", "b2"], ["c1", "c2"], ["d1", "d2"]])
        #expect(clusters.map(\.maturity) == [.strong, .stable, .potential, .latent])
    }

    @Test func strongReasonsGiveValueThresholdAndSentence() throws {
        let strong = try assess(Fixtures.economy(), earlier: Fixtures.economy(scale: 0.9, dOutput: 50))[0]
        #expect(strong.reasons[0].hasPrefix("Strong: export-oriented"))
        let export = try #require(strong.evidence.first { $0.indicator == .exportShare })
        #expect(export.passed == true)
        #expect(export.value == 0.5)
        #expect(export.text.contains("Exports as a share of the cluster's output is 50.0 %, at least the 60th percentile of this economy's 4 clusters"))
        // RCA and LQ have no data: untested, and the reasons say so.
        let rca = try #require(strong.evidence.first { $0.indicator == .rca })
        #expect(rca.passed == nil)
        #expect(rca.text.hasPrefix("Strong (not tested): Revealed comparative advantage"))
        #expect(rca.text.contains("unknown"))
        let innovation = try #require(strong.evidence.first { $0.text.contains("Innovation:") })
        #expect(innovation.passed == true)
        #expect(innovation.text.contains("rd_intensity 5.0 % is at least"))
    }

    @Test func lowerClassesSayWhyTheyAreNotHigher() throws {
        let clusters = try assess(Fixtures.economy(), earlier: Fixtures.economy(scale: 0.9, dOutput: 50))
        let stable = clusters[1]
        #expect(stable.reasons.contains { $0.hasPrefix("Not strong: The largest member's share of the cluster's output is 75.0 %, not at most 70.0 %") })
        #expect(stable.reasons.contains { $0.hasPrefix("Stable: Output growth since the earlier graph is +11.1 %, at least +0.0 %") })
        let potential = clusters[2]
        #expect(potential.reasons.contains { $0.hasPrefix("Not stable: An established cluster is at least as large") && $0.contains("output_share 4.5 % is not at least 19.7 %") })
        #expect(potential.reasons.contains { $0.hasPrefix("Potential: Potential clusters grow") })
        let latent = clusters[3]
        #expect(latent.reasons.contains { $0.hasPrefix("Not potential: Potential clusters grow") && $0.contains("output_growth -11.1 % is not above") })
        #expect(latent.reasons.contains { $0.hasPrefix("The largest member's share of the cluster's output is 50.0 %.") })
    }

    @Test func withoutAnEarlierGraphDynamicsAreUntestedAndSaidToBe() throws {
        let clusters = try assess(Fixtures.economy())
        let stable = clusters[1]
        #expect(stable.maturity == .stable)
        #expect(stable.reasons.contains { $0.hasPrefix("Stable (not tested): Output growth since the earlier graph is unknown: no earlier graph was given (pass --compare GRAPH for dynamics).") })
        #expect(stable.indicators[.outputGrowth] == nil)
    }

    @Test func anyOfWithoutDataIsUntestedWhenTheRuleSaysSkip() throws {
        let clusters = try assess(Fixtures.economy(withRD: false))
        #expect(clusters[0].maturity == .strong)
        let innovation = try #require(clusters[0].evidence.first { $0.text.contains("Innovation:") })
        #expect(innovation.passed == nil)
        #expect(innovation.text.hasPrefix("Strong (not tested): Innovation: R&D-intensive members"))
        #expect(innovation.text.hasSuffix("(rd_intensity: no data; rd_links: no data)"))
    }

    @Test func missingExportsFailStrongAndAreReported() throws {
        let clusters = try assess(Fixtures.economy(withExports: false))
        #expect(clusters[0].maturity != .strong)
        #expect(clusters[0].reasons.contains { $0.hasPrefix("Not strong (counts as not met): Exports as a share of the cluster's output is unknown: no member has the `exports` attribute.") })
    }

    @Test func anyOfWithNoDataAtAllIsReportedAsMissing() throws {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addLink(from: "x1", to: "x2", weight: 1)
        builder.addLink(from: "y1", to: "y2", weight: 1)
        let graph = builder.build()
        let clusters = try assess(graph)
        #expect(clusters.count == 2)
        #expect(clusters.allSatisfy { $0.maturity == .latent })
        #expect(clusters[0].reasons.contains { $0.hasPrefix("Not potential (counts as not met): Potential clusters grow") && $0.contains("output_growth: no data; rd_intensity: no data; rd_links: no data") })
        #expect(clusters[0].reasons.contains { $0.hasPrefix("Not strong (counts as not met): Exports as a share of the cluster's output is unknown") })
        #expect(clusters[0].reasons.contains { $0.contains("The largest member's share of the cluster's output is unknown") })
    }

    @Test func aSingleSectorIsNotAClusterAndStaysOutOfThePercentiles() throws {
        var graph = Fixtures.economy()
        var builder = LinkageGraphBuilder(directed: true)
        for key in graph.keys { builder.addNode(NodeRecord(key: key, attributes: graph.attributes.attributes(at: graph.index(of: key) ?? 0))) }
        for u in 0..<graph.nodeCount {
            for (v, w) in zip(graph.successors(of: u), graph.successorWeights(of: u)) { builder.addLink(from: u, to: Int(v), weight: w) }
        }
        builder.addNode(NodeRecord(key: "z", attributes: ["output": .number(1), "exports": .number(1)]))
        graph = builder.build()
        let clusters = try assess(graph, earlier: nil)
        let single = try #require(clusters.last)
        #expect(single.members == ["z"])
        #expect(single.maturity == .latent)
        #expect(single.reasons.last == "Latent: a group of 1 member is not a cluster (the rules ask for at least 2); it is not tested and not counted in the thresholds of the other clusters.")
        // z exports all its output; were it counted, the 60th percentile would move and A would stay strong anyway.
        #expect(clusters[0].evidence.first { $0.indicator == .exportShare }?.text.contains("of this economy's 4 clusters") == true)
    }

    @Test func aRulesFileReplacesTheDefaults() throws {
        let text = """
            {"name": "exports only", "indicators": {"rdSectors": [], "supportingShare": 0.1},
             "classes": [
               {"class": "strong", "summary": "Exports most.", "conditions": [
                 {"indicator": "export_share", "test": "above", "threshold": {"value": 0.04}, "why": "Exports matter."}]},
               {"class": "latent", "summary": "The rest.", "conditions": []}]}
            """
        let rules = try MaturityRules.decode(Data(text.utf8), source: "exports.json")
        let clusters = try assess(Fixtures.economy(), rules: rules)
        #expect(clusters.map(\.maturity) == [.strong, .strong, .latent, .latent])
        #expect(clusters[2].reasons.contains("Not strong: Exports as a share of the cluster's output is 3.1 %, not above 4.0 %. Exports matter."))
    }

    @Test func badRulesFilesAreRejectedWithThePlace() {
        let cases: [(String, String)] = [
            (#"{"name": "x", "indicators": {"rdSectors": [], "supportingShare": 0.1}, "classes": [{"class": "strong", "summary": "", "conditions": [{"indicator": "export_share", "test": "atLeast", "threshold": {"value": 1}}]}]}"#,
             "classes[0]: the last class (strong) must have no conditions"),
            (#"{"name": "x", "indicators": {"rdSectors": [], "supportingShare": 0.1}, "classes": [{"class": "strong", "summary": "", "conditions": [{"indicator": "exports_share", "test": "atLeast", "threshold": {"value": 1}}]}, {"class": "latent", "summary": "", "conditions": []}]}"#,
             "classes[0].conditions[0].indicator: this name is not known here; use one of: member_count, output, output_share,"),
            (#"{"name": "x", "indicators": {"rdSectors": [], "supportingShare": 0.1}, "classes": [{"class": "strong", "summary": "", "conditions": [{"indicator": "export_share", "test": "atLeast", "threshold": {"percentile": 120}}]}, {"class": "latent", "summary": "", "conditions": []}]}"#,
             "classes[0].conditions[0].threshold.percentile: a percentile is between 0 and 100"),
            (#"{"name": "x", "classes": []}"#, "at indicators"),
            ("not json", "not valid JSON"),
        ]
        for (text, expected) in cases {
            do {
                _ = try MaturityRules.decode(Data(text.utf8), source: "bad.json")
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.description.hasPrefix("bad.json"))
                #expect(error.description.contains(expected), "\(error.description)")
            }
        }
    }

    @Test func shippedRulesFileEqualsTheBuiltInDefaults() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Rules/maturity-default.json").standardized
        let rules = try MaturityRules.decode(try Data(contentsOf: url), source: url.path)
        #expect(rules == MaturityRules.standard)
    }
}

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

    private func assessWorld(earlier: Bool = true, withRD: Bool = true) throws -> [AssessedCluster] {
        try assess(Fixtures.worldEconomy(withRD: withRD), earlier: earlier ? Fixtures.worldEconomy(earlier: true, withRD: withRD) : nil)
    }

    @Test func handMadeClustersHitEveryClass() throws {
        let clusters = try assessWorld()
        #expect(clusters.map(\.members) == [["a1", "a2", "a3"], ["b1", "b2"], ["c1", "c2"], ["d1", "d2"], ["z"]])
        #expect(clusters.map(\.maturity) == [.strong, .stable, .potential, .latent, .notACluster])
    }

    @Test func strongReasonsGiveValueThresholdAndSentence() throws {
        let strong = try assessWorld()[0]
        #expect(strong.reasons[0].hasPrefix("Strong: export-specialised against the world"))
        let rca = try #require(strong.evidence.first { $0.indicator == .rca && $0.passed != nil })
        #expect(rca.passed == true)
        #expect(rca.threshold == 1)
        #expect(rca.text.hasPrefix("Strong: Revealed comparative advantage (Balassa RCA; above 1 = more export-specialised than the world) is 2.715, at least 1.000."))
        let rd = try #require(strong.evidence.first { $0.indicator == .rdIntensity })
        #expect(rd.passed == true)
        #expect(strong.reasons.contains { $0.hasPrefix("Members' RCA since the earlier graph: a1 ") })
    }

    @Test func lowerClassesSayWhyTheyAreNotHigher() throws {
        let clusters = try assessWorld()
        let stable = clusters[1]
        #expect(stable.reasons.contains { $0.hasPrefix("Not strong: Revealed comparative advantage") && $0.contains("not at least 1.000") })
        #expect(stable.reasons.contains { $0.hasPrefix("Stable: Output growth since the earlier graph is +11.1 %, above +0.0 %") })
        let potential = clusters[2]
        #expect(potential.reasons.contains { $0.hasPrefix("Not stable: Export growth since the earlier graph is -33.3 %") })
        #expect(potential.reasons.contains { $0.hasPrefix("Potential: The number of export-specialised members (RCA of at least 1) is 1") })
        let latent = clusters[3]
        #expect(latent.reasons.contains { $0.hasPrefix("Not potential: It grows or builds on knowledge") && $0.contains("output_growth -20.0 % is not above +0.0 %") })
        #expect(latent.reasons.contains { $0.hasPrefix("Latent: The share of members' intermediate sales that stays inside the cluster is 4.2 %, below 33.0 %") })
    }

    @Test func withoutAnEarlierGraphStableIsUndecidedNotGuessed() throws {
        let clusters = try assessWorld(earlier: false)
        // Strong needs no earlier year: its dynamics are untested and said to be.
        #expect(clusters[0].maturity == .strong)
        #expect(clusters[0].reasons.contains { $0.hasPrefix("Strong (not tested): Output growth since the earlier graph is unknown: no earlier graph was given") })
        let undecided = clusters[1]
        #expect(undecided.maturity == .unclassified)
        #expect(undecided.reasons[0].hasPrefix("Unclassified — dynamics unknown (export_growth, output_growth, world_share_growth): the cluster is not strong, and whether it is stable depends on them. No earlier graph was given"))
        #expect(undecided.reasons[0].contains("pass --compare GRAPH"))
        #expect(undecided.reasons.contains { $0.hasPrefix("Stable (undecided): Output growth since the earlier graph is unknown") })
        #expect(undecided.indicators[.outputGrowth] == nil)
    }

    @Test func rdIntensityIsTestedWhereGivenAndUntestedWhereNot() throws {
        let without = try assessWorld(withRD: false)
        #expect(without[0].maturity == .strong)
        let untested = try #require(without[0].evidence.first { $0.indicator == .rdIntensity })
        #expect(untested.passed == nil)
        #expect(untested.text.hasPrefix("Strong (not tested): R&D intensity"))
        // B spends 0.5 % of output on R&D: below the 1 % of the rule.
        var rules = MaturityRules.standard
        rules.classes[0].conditions.removeAll { $0.indicator == .rca }
        let clusters = try assess(Fixtures.worldEconomy(), earlier: Fixtures.worldEconomy(earlier: true), rules: rules)
        #expect(clusters[1].evidence.contains { $0.indicator == .rdIntensity && $0.passed == false })
    }

    @Test func aClusterNoClassFitsIsUnclassifiedWithTheFailedConditions() throws {
        var builder = LinkageGraphBuilder(directed: true)
        for key in ["x1", "x2"] {
            builder.addNode(NodeRecord(key: key, attributes: ["output": .number(10), "exports": .number(1), "world_exports": .number(100)]))
        }
        builder.addNode(NodeRecord(key: "y", attributes: ["output": .number(10), "exports": .number(50), "world_exports": .number(10)]))
        builder.addLink(from: "x1", to: "y", weight: 5)
        builder.addLink(from: "x2", to: "y", weight: 5)
        let graph = builder.build()
        let partition = Partition(assignment: [0, 0, 1], keys: graph.keys)
        let clusters = try MaturityClassifier().assess(partition, calculator: ClusterIndicatorCalculator(flows: graph, earlier: graph))
        #expect(clusters[0].maturity == .unclassified)
        #expect(clusters[0].reasons[0].hasPrefix("Unclassified — no class fits"))
        #expect(clusters[0].reasons.contains { $0.hasPrefix("Not latent: Successful members") })
    }

    @Test func aSingleSectorIsNotAClusterAndReportedApart() throws {
        let single = try #require(try assessWorld().last)
        #expect(single.members == ["z"])
        #expect(single.maturity == .notACluster)
        #expect(single.reasons[1].hasPrefix("Not a cluster: a group of 1 member (the rules ask for at least 2)"))
    }

    @Test func aRulesFileReplacesTheDefaults() throws {
        let text = """
            {"name": "exports only", "indicators": {"businessServiceSectors": [], "supportingShare": 0.1},
             "classes": [
               {"class": "strong", "summary": "Exports most.", "conditions": [
                 {"indicator": "export_share", "test": "above", "threshold": {"value": 0.04}, "why": "Exports matter.",
                  "source": "judgement", "reason": "A test."}]},
               {"class": "latent", "summary": "The rest.", "conditions": []}]}
            """
        let rules = try MaturityRules.decode(Data(text.utf8), source: "exports.json")
        let clusters = try assess(Fixtures.economy(), rules: rules)
        #expect(clusters.map(\.maturity) == [.strong, .strong, .latent, .latent])
        #expect(clusters[2].reasons.contains("Not strong: Exports as a share of the cluster's output is 3.1 %, not above 4.0 %. Exports matter."))
    }

    @Test func badRulesFilesAreRejectedWithThePlace() {
        let condition = #"{"indicator": "export_share", "test": "atLeast", "threshold": {"value": 1}}"#
        let cases: [(String, String)] = [
            (#"{"name": "x", "indicators": {}, "classes": [{"class": "strong", "summary": "", "conditions": []}, {"class": "latent", "summary": "", "conditions": [\#(condition)]}]}"#,
             "classes[0]: only the last class may have no conditions"),
            (#"{"name": "x", "indicators": {}, "classes": [{"class": "strong", "summary": "", "conditions": [{"indicator": "exports_share", "test": "atLeast", "threshold": {"value": 1}}]}]}"#,
             "classes[0].conditions[0].indicator: this name is not known here; use one of: member_count, output, output_share,"),
            (#"{"name": "x", "indicators": {}, "classes": [{"class": "strong", "summary": "", "conditions": [{"indicator": "export_share", "test": "atLeast", "threshold": {"percentile": 120}}]}]}"#,
             "classes[0].conditions[0].threshold.percentile: a percentile is between 0 and 100"),
            (#"{"name": "x", "indicators": {}, "classes": [{"class": "strong", "summary": "", "conditions": [{"indicator": "export_share", "test": "atLeast", "threshold": {"value": 1}, "source": "seed"}]}]}"#,
             "classes[0].conditions[0]: a condition whose source is \"seed\" needs the article's sentence"),
            (#"{"name": "x", "indicators": {}, "classes": [{"class": "unclassified", "summary": "", "conditions": [\#(condition)]}]}"#,
             "classes[0].class: \"unclassified\" is an outcome, not a class a rule can define"),
            (#"{"name": "x", "indicators": {}, "classes": []}"#, "at classes: no classes are defined"),
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

    @Test func everyDefaultConditionNamesItsSource() {
        for rule in MaturityRules.standard.classes {
            for condition in rule.conditions {
                switch condition.source {
                case .seed?: #expect(!(condition.quote ?? "").isEmpty && !(condition.english ?? "").isEmpty)
                case .judgement?: #expect(!(condition.reason ?? "").isEmpty)
                case nil: Issue.record("\(rule.class) \(condition.indicators) has no source")
                }
                // Absolute anchors only: no threshold moves with the partition.
                #expect(condition.indicators.isEmpty == false)
                #expect((condition.anyOf ?? [condition]).allSatisfy { $0.threshold?.percentile == nil })
            }
        }
    }

    /// `CLUSTERNET_WRITE_RULES=1 swift test --filter shippedRulesFile` rewrites the file from the code.
    @Test func shippedRulesFileEqualsTheBuiltInDefaults() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Rules/maturity-default.json").standardized
        if ProcessInfo.processInfo.environment["CLUSTERNET_WRITE_RULES"] == "1" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try (encoder.encode(MaturityRules.standard) + Data("\n".utf8)).write(to: url)
        }
        let rules = try MaturityRules.decode(try Data(contentsOf: url), source: url.path)
        #expect(rules == MaturityRules.standard)
    }
}

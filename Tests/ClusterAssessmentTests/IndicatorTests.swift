import ClusterAssessment
import ClusterGraph
import Testing

@Suite struct IndicatorTests {
    private func near(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance
    }

    @Test func sizeLinkageAndBalanceOfAHandComputedCluster() {
        let set = ClusterIndicatorCalculator(flows: Fixtures.economy()).indicators(members: ["a1", "a2", "a3"])
        #expect(set[.memberCount] == 3)
        #expect(set[.output] == 200)
        #expect(near(set[.outputShare], 200.0 / 712))
        #expect(set[.exportShare] == 0.5)
        #expect(near(set[.internalLinkage], 85.0 / 90))
        #expect(near(set[.linkageLift], (85.0 / 90) / (120.0 / 231)))
        #expect(near(set[.conductance], 40.0 / 210))
        #expect(near(set[.density], 4.0 / 6))
        #expect(near(set[.outputGini], 0.2))
        #expect(set[.largestMemberShare] == 0.5)
        #expect(set[.supportingMembers] == 2)
        #expect(near(set[.rdIntensity], 0.05))
        #expect(set[.businessServicesInputs] == nil)
        #expect(set.missing[.businessServicesInputs]?.contains("none of the business-services sectors") == true)
        #expect(set.missing[.worldShare] != nil)
        #expect(set.missing[.locationQuotient]?.contains("no reference economy") == true)
    }

    @Test func structureGraphGivesConductanceAndDensityFlowsGiveTheRest() {
        var builder = LinkageGraphBuilder(directed: false)
        builder.addLink(from: "a1", to: "a2", weight: 0.5)
        builder.addLink(from: "a2", to: "a3", weight: 0.5)
        builder.addLink(from: "a3", to: "b1", weight: 0.25)
        builder.addLink(from: "b1", to: "b2", weight: 1)
        let strength = builder.build()
        let set = ClusterIndicatorCalculator(flows: Fixtures.economy(), structure: strength).indicators(members: ["a1", "a2", "a3"])
        // vol(A) = 0.5 + 1 + 0.75 = 2.25, cut = 0.25, total volume 4.5.
        #expect(near(set[.conductance], 0.25 / 2.25))
        #expect(near(set[.density], 2.0 / 3))
        #expect(near(set[.internalLinkage], 85.0 / 90))
    }

    @Test func locationQuotientAgainstAReferenceEconomy() {
        let calculator = ClusterIndicatorCalculator(flows: Fixtures.economy(), reference: Fixtures.economy(dOutput: 140))
        #expect(near(calculator.indicators(members: ["a1", "a2", "a3"])[.locationQuotient], 912.0 / 712))
    }

    @Test func worldShareAndRCAFromWorldExportsOrFromRCAAttributes() {
        func graph(world: Bool) -> LinkageGraph {
            var builder = LinkageGraphBuilder(directed: true)
            for (key, exports, worldExports) in [("s1", 10.0, 100.0), ("s2", 30.0, 900.0), ("s3", 60.0, 1_000.0)] {
                var attributes: [String: AttributeValue] = ["exports": .number(exports), "output": .number(exports * 2)]
                if world {
                    attributes["world_exports"] = .number(worldExports)
                } else {
                    attributes["rca"] = .number((exports / 100) / (worldExports / 2_000))
                }
                builder.addNode(NodeRecord(key: key, attributes: attributes))
            }
            return builder.build()
        }
        let withWorld = ClusterIndicatorCalculator(flows: graph(world: true)).indicators(members: ["s1", "s2"])
        #expect(near(withWorld[.worldShare], 0.04))
        #expect(near(withWorld[.rca], 0.8))
        let withRCA = ClusterIndicatorCalculator(flows: graph(world: false)).indicators(members: ["s1", "s2"])
        #expect(near(withRCA[.rca], 0.8))
        #expect(withRCA[.worldShare] == nil)
    }

    @Test func dynamicsAgainstAnEarlierGraph() {
        let calculator = ClusterIndicatorCalculator(flows: Fixtures.economy(), earlier: Fixtures.economy(scale: 0.9, dOutput: 50))
        let a = calculator.indicators(members: ["a1", "a2", "a3"])
        #expect(near(a[.outputGrowth], 1 / 0.9 - 1))
        #expect(near(a[.exportGrowth], 1 / 0.9 - 1))
        #expect(near(a[.internalLinkageChange], 0))
        #expect(a.missing[.rcaChange]?.contains("rca is missing") == true)
        let d = calculator.indicators(members: ["d1", "d2"])
        #expect(near(d[.outputGrowth], 80.0 / 90 - 1))
    }

    @Test func missingMembersAndPartialAttributesAreNeverGuessed() {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addNode(NodeRecord(key: "x", attributes: ["output": .number(5)]))
        builder.addNode(NodeRecord(key: "y"))
        builder.addLink(from: "x", to: "y", weight: 1)
        let calculator = ClusterIndicatorCalculator(flows: builder.build())
        let partial = calculator.indicators(members: ["x", "y"])
        #expect(partial[.output] == nil)
        #expect(partial.missing[.output] == "1 of 2 members have no `output` value (y)")
        let absent = calculator.indicators(members: ["x", "zz"])
        #expect(absent.missing[.output]?.contains("not in the graph") == true)
        #expect(absent[.internalLinkage] == nil)
    }

    @Test func businessServicesInputsCountPurchasesFromThoseSectors() {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addLink(from: "69_75", to: "p", weight: 2)
        builder.addLink(from: "q", to: "p", weight: 8)
        let set = ClusterIndicatorCalculator(flows: builder.build()).indicators(members: ["p", "q"])
        #expect(near(set[.businessServicesInputs], 0.2))
    }

    @Test func statisticsOfFirmClusters() throws {
        let graph = try PyramidGenerator(tiers: [3, 6], seed: 1).generate().linkageGraph()
        let set = ClusterIndicatorCalculator(flows: graph).indicators(members: graph.keys)
        #expect(set[.firmCount] == 10)
        let sizes = graph.keys.indices.map { graph.attributes.number("size", at: $0) ?? 0 }
        let total = sizes.reduce(0, +)
        #expect(near(set[.hhi], sizes.reduce(0) { $0 + ($1 / total) * ($1 / total) }))
        #expect(near(set[.largestFirmShare], 70_000 / total))
    }
}

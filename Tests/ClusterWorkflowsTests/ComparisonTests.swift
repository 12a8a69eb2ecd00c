import ClusterAlgorithms
import ClusterAssessment
import ClusterGraph
import ClusterStore
import ClusterWorkflows
import ResultFormat
import Testing
import TestSupport

@Suite struct ComparisonTests {
    let fixtures: Fixtures

    init() throws {
        fixtures = try Fixtures()
        let store = fixtures.store
        try fixtures.writeGraph("X-2010", scale: 2, exportingBlock: 1, context: GraphContext(economy: "X", year: 2010, unit: "USD million"))
        try fixtures.writeGraph("X-2000", context: GraphContext(economy: "X", year: 2000, unit: "USD million"))
        try fixtures.writeGraph("W-2010", exportingBlock: 2, context: GraphContext(economy: "W", year: 2010, unit: "USD million"))
        let derived = try TemplateDerivation(store: store, options: TemplateDerivationOptions(
            name: "planted", graphs: ["X-2000"], consensus: ConsensusOptions(runsPerResolution: 4, seed: 1),
            names: ["a1": "alpha", "b1": "beta", "c1": "gamma"]))
        try store.saveTemplate(derived.template, replace: false)
    }

    private func compare(_ graphs: [String], force: Bool = false) throws -> Comparison {
        try Comparison(store: fixtures.store, options: ComparisonOptions(template: "planted", graphs: graphs, force: force))
    }

    @Test func aSeriesIsOrderedByYearWithDynamicsAndTheReasonForEachChangeOfClass() throws {
        let comparison = try compare(["X-2010", "X-2000"])
        #expect(comparison.comparability.kind == .series)
        #expect(comparison.columns.map(\.graph) == ["X-2000", "X-2010"])
        #expect(comparison.columns.map(\.label) == ["2000", "2010"])
        #expect(comparison.columns.map(\.earlier) == [nil, "X-2000"])
        #expect(comparison.rows.map(\.name) == ["alpha", "beta", "gamma"])
        let alpha = comparison.rows[0].cells.compactMap { $0 }
        #expect(alpha.count == 2)
        #expect(alpha[1].cluster.indicators[.outputGrowth].map { abs($0 - 1) < 1e-12 } == true, "output doubled")
        // Block a's exports fall from 60 % to 5 % of output: it loses what made it strong, and the reasons say which test flipped.
        #expect(alpha[0].cluster.maturity == .strong)
        let change = try #require(alpha[1].change)
        #expect(change.from == .strong && change.since == "2000")
        #expect(change.reasons.first == "strong: rca ≥ 1 — met in 2000 (rca 1.571), not met in 2010 (rca 0.314)", "\(change.reasons)")
        #expect(change.reasons.allSatisfy { $0.hasPrefix("strong: ") || $0.hasPrefix("\(change.to.rawValue): ") },
                "only the conditions of the two classes involved")
        let beta = comparison.rows[1].cells.compactMap { $0 }
        #expect(beta[1].cluster.maturity == .strong && beta[1].change?.to == .strong)
        #expect(comparison.comparability.problems.isEmpty && comparison.comparability.notes.isEmpty)
    }

    @Test func aCrossSectionKeepsTheGivenOrderAndLabelsEconomies() throws {
        let comparison = try compare(["X-2010", "W-2010"])
        #expect(comparison.comparability.kind == .crossSection)
        #expect(comparison.columns.map(\.label) == ["X", "W"])
        #expect(comparison.columns.allSatisfy { $0.earlier == nil })
        let gamma = comparison.rows[2].cells.compactMap { $0 }
        #expect(gamma[1].cluster.maturity == .strong && gamma[1].change?.since == "X")
        let chart = comparison.chart()
        #expect(!chart.connected && chart.xLabels == ["X", "W"] && chart.rows.count == 3)
        #expect(chart.rows[2].classes[1] == "strong")
        let json = comparison.json().serialized()
        #expect(json.contains("\"kind\":\"cross-section\"") && json.contains("\"forced\":false"))
        #expect(comparison.longTable().rows.count == 6)
    }

    @Test func refusesDifferentEconomiesAndYearsUnitsAndSectorsUnlessForced() throws {
        try fixtures.writeGraph("W-2000", context: GraphContext(economy: "W", year: 2000, unit: "EUR million"))
        try fixtures.writeGraph("V-2010", drop: ["c4"], context: GraphContext(economy: "V", year: 2010, unit: "USD million"))
        let mixed = #expect(throws: ComparisonError.self) { try compare(["X-2010", "W-2000"]) }
        #expect(mixed?.description.contains("neither one economy over years nor one year across economies (X-2010: X 2010, W-2000: W 2000)") == true)
        #expect(mixed?.description.contains("the units differ (EUR million: W-2000; USD million: X-2010)") == true)
        let sectors = #expect(throws: ComparisonError.self) { try compare(["X-2010", "V-2010"]) }
        #expect(sectors?.description == "these graphs are not comparable: the sector sets differ: V-2010 lacks c4")
        let forced = try compare(["X-2010", "W-2000"], force: true)
        #expect(forced.comparability.kind == .mixed && forced.comparability.problems.count == 2)
        #expect(forced.columns.map(\.label) == ["X 2010", "W 2000"])
        #expect(forced.json().serialized().contains("\"forced\":true"))
        #expect(throws: ComparisonError.invalidGraphs("graph 'X-2010' is named twice; name each graph once")) { try compare(["X-2010", "X-2010"]) }
    }

    @Test func localSectorsAreSetApartAndLeaveGapsInTheChart() throws {
        let local = Set(["c1", "c2", "c3", "c4", "a4"])
        let types = SectorTypes(name: "fixture", local: local, traded: Set(Fixtures.keys).subtracting(local))
        var options = ComparisonOptions(template: "planted", graphs: ["X-2000", "X-2010"])
        options.assessment.sectorTypes = [types]
        let comparison = try Comparison(store: fixtures.store, options: options)
        let gamma = comparison.rows[2].cells.compactMap { $0 }
        #expect(gamma.allSatisfy { $0.isLocal && $0.change == nil && $0.members == ["c1", "c2", "c3", "c4"] })
        let alpha = comparison.rows[0].cells.compactMap { $0 }
        #expect(alpha.allSatisfy { !$0.isLocal && $0.cluster.members == ["a1", "a2", "a3"] }, "a4 is set apart, the rest stays")
        #expect(comparison.chart().rows.map(\.title) == ["alpha", "beta"])
        let json = comparison.json().serialized()
        #expect(json.contains("\"local_members\":[\"a4\"]") && json.contains("\"class\":\"local economy\""))
        #expect(comparison.sideBySideTable().rows[2].map(ResultTable.plainText) == ["gamma", "local economy", "local economy"])
    }

    @Test func unknownContextsAreNotedNotRefused() throws {
        try fixtures.writeGraph("plain")
        let comparison = try compare(["plain", "X-2010"])
        #expect(comparison.comparability.kind == .crossSection)
        #expect(comparison.comparability.notes == ["economy unknown for plain", "year unknown for plain", "unit unknown for plain"])
        #expect(comparison.columns.map(\.label) == ["plain", "X"])
    }

    @Test func comparabilityOrdersASeriesAndFindsRepeatedYears() {
        let contexts = [GraphContext(economy: "F", year: 2011), GraphContext(economy: "F", year: 1995), GraphContext(economy: "F", year: 2011)]
        let check = Comparability(graphs: ["a", "b", "c"], contexts: contexts)
        #expect(check.kind == .series)
        #expect(check.order == [1, 0, 2])
        #expect(check.problems == ["a and c both stand for F 2011"])
        #expect(check.notes == ["unit unknown for a, b, c"])
    }
}

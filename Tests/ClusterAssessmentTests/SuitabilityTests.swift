import ClusterAssessment
import Foundation
import Testing

@Suite struct SuitabilityTests {
    static func economy(_ values: [Precondition: Double], source: String = "test") -> EconomyPreconditions {
        EconomyPreconditions(values.mapValues { .init(value: $0, source: source, origin: .given) })
    }

    /// The Kazakhstan example's preconditions (Graphs/kazakhstan-construction-materials/preconditions.csv).
    static let kazakhstan: [Precondition: Double] = [
        .capitalAvailability: 0.25, .technologyLevel: 0.2, .worldMarketExperience: 0.3, .resourceCost: 0.2,
        .institutionalSupport: 0.2, .leaderFirms: 0.6, .exportOrientation: 0.3, .fdiOpenness: 0.7,
    ]

    @Test func kazakhstanGetsTheSeedsOrderAtBothEnds() {
        let comparison = SuitabilityRules.standard.rank(Self.economy(Self.kazakhstan, source: "illustrative: test"))
        #expect(comparison.ranking.first?.model == .indian)
        #expect(comparison.ranking.last?.model == .northAmerican)
        #expect(comparison.verdict == .model(.indian))
        // Indian: (0.75 + 0.8 + 0.7 + 0.8 + 2·0.7) / 6.
        #expect(abs((comparison.ranking.first?.score ?? 0) - 4.45 / 6) < 1e-12)
        let reasons = comparison.ranking[0].reasons
        #expect(reasons[1].hasPrefix("Openness to FDI high suits the Indian model (counts 2.0×): 0.70 here (given, illustrative), for it. seed: “Under this model clusters develop by attracting large international companies through FDI.”"))
        #expect(comparison.ranking.last?.reasons.contains { $0.contains("“The North American model has the lowest degree of applicability in Kazakhstan") } == true)
    }

    @Test func aMatureEconomyGetsANorthAmericanOrFinnishModel() {
        let comparison = SuitabilityRules.standard.rank(Self.economy([
            .capitalAvailability: 0.9, .technologyLevel: 0.9, .worldMarketExperience: 0.9, .institutionalSupport: 0.9,
        ]))
        #expect([ClusterModel.northAmerican, .finnish].contains(comparison.ranking[0].model))
        #expect(comparison.ranking.last?.model == .indian)
        #expect(comparison.ranking[0].reasons.contains { $0.contains("not given, counted as 0.50") })
    }

    @Test func aSmallExportingEconomyWithoutResourcesGetsTheFinnishModel() {
        let comparison = SuitabilityRules.standard.rank(Self.economy([
            .exportOrientation: 0.9, .technologyLevel: 0.8, .resourceCost: 0.9, .worldMarketExperience: 0.8, .leaderFirms: 0.3,
        ]))
        #expect(comparison.verdict == .model(.finnish))
    }

    @Test func whatIfsAndTheFlipAreAboutPreconditions() throws {
        let base = Self.economy(Self.kazakhstan)
        // Indian leads Kazakhstan by 0.35: no single precondition moves another model first.
        #expect(SuitabilityRules.standard.rank(base).flip == nil)
        let mature = Self.economy([.capitalAvailability: 0.9, .technologyLevel: 0.9, .worldMarketExperience: 0.9, .institutionalSupport: 0.9])
        let flip = try #require(SuitabilityRules.standard.rank(mature).flip)
        #expect(flip.before == .northAmerican && flip.name == .institutionalSupport)
        #expect(flip.to < 0.5)
        #expect(SuitabilityRules.standard.rank(mature.setting([flip.name: flip.to])).ranking[0].model == flip.after)
        let matured = base.setting([.institutionalSupport: 1, .capitalAvailability: 1, .technologyLevel: 1, .fdiOpenness: 0.2, .leaderFirms: 0])
        #expect(SuitabilityRules.standard.rank(matured).ranking[0].model == .northAmerican)
        #expect(matured[.fdiOpenness]?.source == "set as a what-if (given 0.70)")
    }

    @Test func fewPreconditionsNameNoModel() {
        let comparison = SuitabilityRules.standard.rank(Self.economy([.fdiOpenness: 0.9, .capitalAvailability: 0.1]))
        #expect(comparison.verdict == .undetermined)
        #expect(comparison.explanation.hasPrefix("Undetermined: only 2 of 8 preconditions are given"))
    }

    @Test func everyRuleNamesItsSource() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Rules/model-suitability.json").standardized
        let file = try SuitabilityRules.decode(try Data(contentsOf: url), source: "model-suitability.json")
        #expect(file == SuitabilityRules.standard)
        let rules = file.models.flatMap(\.rules)
        #expect(rules.count == 17)
        #expect(rules.allSatisfy { !$0.provenance.reason.isEmpty && ($0.provenance.source == .judgement || !$0.provenance.sentences.isEmpty) })
        #expect(rules.filter { $0.provenance.source == .judgement }.map(\.precondition) == [.capitalAvailability, .technologyLevel, .leaderFirms])
    }

    @Test func preconditionFilesAreChecked() {
        let cases: [(String, String)] = [
            (#"[{"name": "capital", "value": 0.3, "source": "s"}]"#, "at preconditions[0].name: \"capital\" is not a precondition; use one of: capital_availability"),
            (#"{"preconditions": [{"name": "technology_level", "value": 1.3, "source": "s"}]}"#, "at preconditions[0].value: technology_level needs a value between 0 and 1"),
            (#"[{"name": "technology_level", "value": 0.3}]"#, "at preconditions[0].source: technology_level needs a source"),
            (#"[{"name": "fdi_openness", "value": 0.3, "source": "a"}, {"name": "fdi_openness", "value": 0.4, "source": "b"}]"#,
             "fdi_openness is given twice"),
        ]
        for (text, expected) in cases {
            do {
                _ = try EconomyPreconditions.decode(Data(text.utf8), source: "p.json")
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.description.contains(expected), "\(error.description)")
            }
        }
        let ok = try? EconomyPreconditions.decode(Data(#"[{"name": "fdi_openness", "value": 0.3, "source": "illustrative"}]"#.utf8), source: "p.json")
        #expect(ok?.illustrative == [.fdiOpenness])
    }
}

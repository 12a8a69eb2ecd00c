import ClusterGraph

/// Scores a set of sectors or firms on the six characteristics of the seed's cluster models.
///
/// Scales (documented in `Docs/maturity-and-models.md`):
/// - internationalisation = min(1, export share / 0.5) for a whole graph; for a cluster,
///   min(1, (its export share / the economy's) / 2); min(1, RCA / 2) without output;
/// - competition = max(0, 1 − HHI / 0.25) (an HHI of 0.25 is "highly concentrated" in the US
///   DOJ/FTC merger guidelines). Sectors: their `hhi` attribute; firms: HHI of the sizes of the
///   market-facing firms (those that sell to no one inside the graph: the competitors on the
///   final market);
/// - leader firms: sectors: min(1, `largest_firm_share` / 0.5); firms: the share of the other
///   firms that supply the largest firm directly or through tiers (its supplier pyramid);
/// - FDI = min(1, foreign-owned share of output / 0.5);
/// - small business = the SMEs' share of output;
/// - innovation = min(1, R&D intensity / 0.03), or min(1, inputs from R&D sectors / 0.1).
///
/// ```swift
/// let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: graph)).profile(members: nil)
/// profile[.leaderFirms]?.score   // 1.0 for a supplier pyramid
/// ```
///
/// - Complexity: O(n + m).
public struct ModelProfiler: Sendable {
    public let calculator: ClusterIndicatorCalculator

    public init(calculator: ClusterIndicatorCalculator) {
        self.calculator = calculator
    }

    /// The profile of the nodes with `members` keys, or of the whole flows graph when nil.
    public func profile(members: [String]?) -> ModelProfile {
        let graph = calculator.flows
        let keys = members ?? graph.keys
        let set = calculator.indicators(members: keys)
        let view = MemberView(graph: graph, keys: keys)
        let firms = view.areFirms
        // A cluster is export-oriented relative to its own economy; a whole graph in absolute terms.
        let economy = members == nil || keys.count >= graph.nodeCount ? nil
            : calculator.indicators(members: graph.keys)[.exportShare]
        return ModelProfile(scores: [
            internationalisation(set, economyExportShare: economy),
            firms ? firmCompetition(view) : scaled(.competition, set, .hhi, { max(0, 1 - $0 / 0.25) },
                                                  "1 − HHI / 0.25: an HHI of 0.25 or more is highly concentrated"),
            firms ? firmLeader(view) : scaled(.leaderFirms, set, .largestFirmShare, { min(1, $0 / 0.5) },
                                              "a largest firm with half the output or more counts as a full leader"),
            scaled(.fdi, set, .foreignShare, { min(1, $0 / 0.5) }, "half of output by foreign-owned firms or more scores 1"),
            scaled(.smallBusiness, set, .smeShare, { min(1, max(0, $0)) }, "the SMEs' share of output"),
            innovation(set),
        ])
    }

    private func scaled(_ characteristic: Characteristic, _ set: IndicatorSet, _ indicator: Indicator,
                        _ scale: (Double) -> Double, _ rule: String) -> ModelProfile.Score {
        guard let value = set[indicator] else {
            return ModelProfile.Score(characteristic: characteristic, score: nil, indicator: indicator.rawValue, value: nil,
                                      text: "\(characteristic.title): not measured — \(set.missing[indicator] ?? "no data").")
        }
        let score = scale(value)
        return ModelProfile.Score(characteristic: characteristic, score: score, indicator: indicator.rawValue, value: value,
                                  text: "\(characteristic.title) \(Indicator.decimal(score, digits: 2)): \(indicator.meaning) is \(indicator.describe(value)) (\(rule)).")
    }

    private func internationalisation(_ set: IndicatorSet, economyExportShare: Double?) -> ModelProfile.Score {
        if let share = set[.exportShare], let economy = economyExportShare, economy > 0 {
            let ratio = share / economy
            let score = min(1, ratio / 2)
            return ModelProfile.Score(
                characteristic: .internationalisation, score: score, indicator: Indicator.exportShare.rawValue, value: share,
                text: "internationalisation \(Indicator.decimal(score, digits: 2)): exports are \(Indicator.exportShare.describe(share)) of the cluster's output, \(Indicator.decimal(ratio, digits: 2)) times the economy's \(Indicator.exportShare.describe(economy)) (twice the economy's export share or more scores 1).")
        }
        if set[.exportShare] != nil {
            return scaled(.internationalisation, set, .exportShare, { min(1, $0 / 0.5) }, "exporting half of output or more scores 1")
        }
        if set[.rca] != nil {
            return scaled(.internationalisation, set, .rca, { min(1, $0 / 2) }, "an RCA of 2 or more scores 1")
        }
        return scaled(.internationalisation, set, .exportShare, { $0 }, "")
    }

    private func innovation(_ set: IndicatorSet) -> ModelProfile.Score {
        if set[.rdIntensity] != nil || set[.businessServicesInputs] == nil {
            return scaled(.innovation, set, .rdIntensity, { min(1, $0 / 0.03) }, "an R&D intensity of 3 % or more scores 1")
        }
        return scaled(.innovation, set, .businessServicesInputs, { min(1, $0 / 0.1) }, "buying 10 % of inputs or more from business services scores 1")
    }

    /// Competition among firms: concentration of the market-facing firms, those selling to no
    /// one inside the graph. In a pyramid that is the lead alone; in a district, all the peers.
    private func firmCompetition(_ view: MemberView) -> ModelProfile.Score {
        let graph = view.graph
        let inside = Set(view.indices)
        let facing = view.indices.filter { u in !graph.successors(of: u).contains { inside.contains(Int($0)) && Int($0) != u } }
        guard let weight = view.weightAttribute, !facing.isEmpty,
              let hhi = Statistics.herfindahl(facing.map { graph.attributes.number(weight, at: $0) ?? 0 }) else {
            return ModelProfile.Score(characteristic: .competition, score: nil, indicator: "hhi", value: nil,
                                      text: "market linkage and competition: not measured — firms lack `size` or no firm sells outside the graph.")
        }
        let score = max(0, 1 - hhi / 0.25)
        return ModelProfile.Score(
            characteristic: .competition, score: score, indicator: "hhi", value: hhi,
            text: "market linkage and competition \(Indicator.decimal(score, digits: 2)): \(facing.count) market-facing firm(s) (selling to no one inside) with an HHI of \(Indicator.decimal(hhi, digits: 3)) (1 − HHI / 0.25).")
    }

    /// Leader firms among firms: how much of the graph supplies the largest firm.
    private func firmLeader(_ view: MemberView) -> ModelProfile.Score {
        let graph = view.graph
        guard let sizes = view.sizes(), let top = sizes.indices.max(by: { sizes[$0] < sizes[$1] }) else {
            return ModelProfile.Score(characteristic: .leaderFirms, score: nil, indicator: "reach_share", value: nil,
                                      text: "leader firms: not measured — firms lack `size`.")
        }
        let lead = view.indices[top]
        let pyramid = SupplierTiers(graph: graph, lead: lead)
        let inside = Set(view.indices)
        let reached = pyramid.tiers.joined().filter { inside.contains($0) }.count
        let share = view.indices.count > 1 ? Double(reached) / Double(view.indices.count - 1) : 0
        let tiers = pyramid.sizes.map(String.init).joined(separator: " → ")
        return ModelProfile.Score(
            characteristic: .leaderFirms, score: share, indicator: "reach_share", value: share,
            text: "leader firms \(Indicator.decimal(share, digits: 2)): \(Indicator.decimal(share * 100, digits: 1)) % of the other firms supply the largest firm, \(graph.keys[lead]), directly or through tiers (\(pyramid.tiers.isEmpty ? "no suppliers" : "1 → " + tiers)).")
    }
}

import ClusterGraph

/// Scores a set of sectors or firms on the ``Characteristic``s of the seed's cluster models,
/// from the graph's own structure where attributes are missing.
///
/// A *firm network* (every member of kind `firm`, or no member with `output`: a bare list of
/// links reads as firms) is measured from its links: competition among the market-facing peers,
/// the supplier pyramid under a lead, the depth of the chain (``FirmStructure``). An
/// *input-output table* is measured from its flows and sector attributes: concentration (`hhi`,
/// `largest_firm_share`), the share of sales inside the chain and the average propagation length,
/// the import content of exports, supporting industries that export (``InputOutputChain``).
/// Attributes score the rest wherever they are given: `exports`, `foreign_owned`, `sme`,
/// `rd_intensity`, `state_support`. Every formula, its source and its data: `Docs/maturity-and-models.md` §4.
///
/// ```swift
/// let profile = ModelProfiler(calculator: ClusterIndicatorCalculator(flows: graph)).profile(members: nil)
/// profile[.leaderFirms]?.score   // 1.0 for a supplier pyramid, from its links alone
/// ```
///
/// - Complexity: O(n + m log d) per profile of a firm network; an input-output table of n sectors
///   is inverted once, O(n³), when the profiler is made.
public struct ModelProfiler: Sendable {
    public let calculator: ClusterIndicatorCalculator
    let chain: InputOutputChain?
    /// Why there is no chain.
    let chainProblem: String

    public init(calculator: ClusterIndicatorCalculator) {
        self.calculator = calculator
        let graph = calculator.flows
        if Self.isFirmNetwork(MemberView(graph: graph, indices: Array(0..<graph.nodeCount))) {
            (chain, chainProblem) = (nil, "a firm network has no input-output table")
        } else if graph.nodeCount > InputOutputChain.largestTable {
            (chain, chainProblem) = (nil, "the table has \(graph.nodeCount) sectors, more than the \(InputOutputChain.largestTable) a profile inverts")
        } else {
            do {
                (chain, chainProblem) = (try InputOutputChain(graph: graph), "")
            } catch {
                (chain, chainProblem) = (nil, error.description)
            }
        }
    }

    /// Firms are measured by structure: nodes of kind `firm`, or nodes without `output` (links only).
    static func isFirmNetwork(_ view: MemberView) -> Bool {
        view.areFirms || !view.indices.contains { view.graph.attributes.number("output", at: $0) != nil }
    }

    /// The profile of the nodes with `members` keys, or of the whole flows graph when nil.
    public func profile(members: [String]?) -> ModelProfile {
        profile(members: members, indicators: calculator.indicators(members: members ?? calculator.flows.keys))
    }

    /// The profile from the members' indicators already computed by ``calculator``.
    public func profile(members: [String]?, indicators set: IndicatorSet) -> ModelProfile {
        let graph = calculator.flows
        let keys = members ?? graph.keys
        let view = MemberView(graph: graph, keys: keys)
        let isWhole = members == nil || Set(view.indices).count == graph.nodeCount
        // A cluster is export-oriented relative to its own economy; a whole graph in absolute terms.
        let economy = isWhole ? nil : calculator.indicators(members: graph.keys)[.exportShare]
        let subject = Subject(view: view, isWhole: isWhole, isFirms: Self.isFirmNetwork(view))
        if subject.isFirms {
            let structure = graph.isDirected ? FirmStructure(graph: graph, members: view.indices, sizes: view.sizes()) : nil
            let undirected = "the links have no direction, so who supplies whom is unknown"
            return ModelProfile(scores: [
                internationalisation(set, economyExportShare: economy),
                structure.map(firmCompetition) ?? .missing(.competition, indicator: "peer_hhi", because: undirected),
                structure.map(firmLinkage) ?? .missing(.linkage, indicator: "chain_depth", because: undirected),
                structure.map(firmLeader) ?? .missing(.leaderFirms, indicator: "reach_share", because: undirected),
                structure.map { firmFDI($0, subject) }
                    ?? attributeShare(.fdi, "foreign_owned", subject, scale: 0.5, meaning: "foreign-owned firms make"),
                Score.missing(.foreignInputs, indicator: "import_content", because: "a firm network has no input-output table"),
                attributeShare(.smallBusiness, "sme", subject, scale: 1, meaning: "small and medium-sized enterprises make"),
                innovation(subject),
                Score.missing(.supportingExporters, indicator: "supporting_export_share", because: "a firm network has no industries to compare"),
                attributeShare(.stateSupport, "state_support", subject, scale: 0.5, meaning: "firms with state support make"),
            ])
        }
        return ModelProfile(scores: [
            internationalisation(set, economyExportShare: economy),
            sectorCompetition(subject),
            sectorLinkage(set, subject),
            sectorLeader(subject),
            attributeShare(.fdi, "foreign_owned", subject, scale: 0.5, meaning: "foreign-owned firms make"),
            foreignInputs(subject),
            attributeShare(.smallBusiness, "sme", subject, scale: 1, meaning: "small and medium-sized enterprises make"),
            innovation(subject),
            supportingExporters(subject),
            attributeShare(.stateSupport, "state_support", subject, scale: 0.5, meaning: "firms with state support make"),
        ])
    }

    typealias Score = ModelProfile.Score

    /// What is profiled.
    struct Subject {
        let view: MemberView
        let isWhole: Bool
        let isFirms: Bool

        /// The members' mean of a 0–1 attribute weighted by size (`output` or `size`); firms
        /// without sizes count one each. Missing when a member lacks the attribute.
        func meanShare(_ attribute: String, over indices: [Int]? = nil) -> (value: Double?, of: String, basis: [String], why: String) {
            let members = indices.map { MemberView(graph: view.graph, indices: $0) } ?? view
            if let problem = members.coverageProblem(attribute) { return (nil, "", [], problem) }
            let values = members.indices.map { members.graph.attributes.number(attribute, at: $0) ?? 0 }
            if let weight = members.weightAttribute {
                let weights = members.indices.map { members.graph.attributes.number(weight, at: $0) ?? 0 }
                let mean = Statistics.weightedMean(values, weights: weights)
                return (mean, weight == "output" ? "output" : "employment (`size`)", [attribute, weight], "members' `\(weight)` sums to zero")
            }
            guard isFirms else { return (nil, "", [], "members lack `output` to weight by") }
            return (values.reduce(0, +) / Double(values.count), "the firms (counted one each: no `size`)", [attribute], "")
        }
    }

    private func internationalisation(_ set: IndicatorSet, economyExportShare: Double?) -> Score {
        let basis = ["exports", "output"]
        if let share = set[.exportShare], let economy = economyExportShare, economy > 0 {
            let ratio = share / economy
            let score = min(1, ratio / 2)
            return Score(characteristic: .internationalisation, score: score, indicator: Indicator.exportShare.rawValue, value: share,
                         text: "internationalisation \(Indicator.decimal(score, digits: 2)): exports are \(Indicator.exportShare.describe(share)) of the cluster's output, \(Indicator.decimal(ratio, digits: 2)) times the economy's \(Indicator.exportShare.describe(economy)) (twice the economy's export share or more scores 1).",
                         basis: basis)
        }
        if let share = set[.exportShare] {
            let score = min(1, share / 0.5)
            return Score(characteristic: .internationalisation, score: score, indicator: Indicator.exportShare.rawValue, value: share,
                         text: "internationalisation \(Indicator.decimal(score, digits: 2)): exports are \(Indicator.exportShare.describe(share)) of output (exporting half of output or more scores 1).",
                         basis: basis)
        }
        if let rca = set[.rca] {
            let score = min(1, rca / 2)
            return Score(characteristic: .internationalisation, score: score, indicator: Indicator.rca.rawValue, value: rca,
                         text: "internationalisation \(Indicator.decimal(score, digits: 2)): revealed comparative advantage (Balassa RCA) is \(Indicator.rca.describe(rca)) (an RCA of 2 or more scores 1).",
                         basis: ["exports", "rca"])
        }
        return .missing(.internationalisation, indicator: Indicator.exportShare.rawValue,
                        because: set.missing[.exportShare] ?? "no exports")
    }

    /// A 0–1 attribute's mean, scored min(1, mean / scale).
    func attributeShare(_ characteristic: Characteristic, _ attribute: String, _ subject: Subject, over indices: [Int]? = nil,
                        scale: Double, meaning: String, whose: String = "") -> Score {
        let share = subject.meanShare(attribute, over: indices)
        guard let value = share.value else {
            return .missing(characteristic, indicator: attribute, because: share.why)
        }
        let score = min(1, max(0, value / scale))
        let rule = scale == 1 ? "the share itself" : "\(Indicator.decimal(scale * 100, digits: 0)) % or more scores 1"
        return Score(characteristic: characteristic, score: score, indicator: attribute, value: value,
                     text: "\(characteristic.title) \(Indicator.decimal(score, digits: 2)): \(meaning) \(Indicator.decimal(value * 100, digits: 1)) % of \(share.of)\(whose.isEmpty ? "" : " in " + whose) (`\(attribute)`; \(rule)).",
                     basis: share.basis)
    }

    /// Innovation from R&D intensity only: purchases of business services are not innovation, and
    /// purchased R&D is investment, not an intermediate input (ESA 2010).
    private func innovation(_ subject: Subject) -> Score {
        let share = subject.meanShare("rd_intensity")
        guard let value = share.value else {
            return .missing(.innovation, indicator: "rd_intensity",
                            because: share.why + "; purchases of business services are not counted as innovation")
        }
        let score = min(1, max(0, value / 0.03))
        return Score(characteristic: .innovation, score: score, indicator: "rd_intensity", value: value,
                     text: "innovation \(Indicator.decimal(score, digits: 2)): R&D spending is \(Indicator.rdIntensity.describe(value)) of \(share.of) (an R&D intensity of 3 % or more scores 1).",
                     basis: share.basis)
    }
}

import ClusterGraph

/// The characteristics an input-output table shows in its flows and sector attributes.
extension ModelProfiler {
    /// Competition = max(0, 1 − HHI / 0.25) of the output-weighted `hhi` of the sectors' markets.
    func sectorCompetition(_ subject: Subject) -> Score {
        let hhi = subject.meanShare("hhi")
        guard let value = hhi.value else { return .missing(.competition, indicator: "hhi", because: hhi.why) }
        let score = max(0, 1 - value / 0.25)
        return Score(characteristic: .competition, score: score, indicator: "hhi", value: value,
                     text: "competition among peers \(Indicator.decimal(score, digits: 2)): the Herfindahl–Hirschman index of the sectors' markets, weighted by \(hhi.of), is \(Indicator.decimal(value, digits: 3)) (`hhi`; 1 − HHI / 0.25: 0.25 or more is highly concentrated, US DOJ/FTC 2010).",
                     basis: hhi.basis)
    }

    /// Leader firms = min(1, `largest_firm_share` / 0.5): a largest firm with half of its sector counts fully.
    func sectorLeader(_ subject: Subject) -> Score {
        let share = subject.meanShare("largest_firm_share")
        guard let value = share.value else { return .missing(.leaderFirms, indicator: "largest_firm_share", because: share.why) }
        let score = min(1, value / 0.5)
        return Score(characteristic: .leaderFirms, score: score, indicator: "largest_firm_share", value: value,
                     text: "leader firms \(Indicator.decimal(score, digits: 2)): the largest firm makes \(Indicator.decimal(value * 100, digits: 1)) % of its sector's output, weighted by \(share.of) (`largest_firm_share`; half or more scores 1).",
                     basis: share.basis)
    }

    /// Ties along the chain = ½ min(1, s / 0.5) + ½ min(1, (APL − 1) / 2), with s the share of
    /// the members' intermediate sales that stays inside a cluster and APL the members' average
    /// propagation length. Half of sales inside is the maturity rules' "intensive interaction"; an
    /// APL of 3 is the seed's third tier. A whole table has no outside, so only its depth counts;
    /// when one part is missing, the other alone gives the score.
    func sectorLinkage(_ set: IndicatorSet, _ subject: Subject) -> Score {
        var parts: [(score: Double, text: String)] = []
        var missing: [String] = []
        let view = subject.view
        if subject.isWhole {
            missing.append("the share of sales inside the chain: a whole table has no outside")
        } else if let share = set[.internalLinkage] {
            parts.append((min(1, share / 0.5), "\(Indicator.decimal(share * 100, digits: 1)) % of the members' intermediate sales stay inside the cluster (half or more gives full marks on this half)"))
        } else {
            missing.append("internal linkage: \(set.missing[.internalLinkage] ?? "no intermediate sales")")
        }
        if let chain, let apl = chain.averagePropagationLength(of: view.indices) {
            parts.append((min(1, max(0, (apl - 1) / 2)), "an impulse travels on average \(Indicator.decimal(apl, digits: 2)) steps between members (average propagation length, Dietzenbacher, Romero & Bosma 2005; 3 steps, the seed's third tier, or more gives full marks on this half)"))
        } else {
            missing.append("chain depth: " + (chain == nil ? chainProblem : "the members have no effects on one another"))
        }
        guard !parts.isEmpty else {
            return .missing(.linkage, indicator: "internal_linkage", because: missing.joined(separator: "; "))
        }
        let score = parts.reduce(0) { $0 + $1.score } / Double(parts.count)
        let left = missing.isEmpty ? "" : " Not measured, so the other part decides: \(missing.joined(separator: "; "))."
        return Score(characteristic: .linkage, score: score, indicator: subject.isWhole ? "average_propagation_length" : "internal_linkage",
                     value: nil,
                     text: "ties along the chain \(Indicator.decimal(score, digits: 2)): \(parts.map(\.text).joined(separator: " and ")).\(left)",
                     basis: ["links", "output"])
    }

    /// Dependence on foreign inputs = min(1, VS / 0.5), VS the import content of the members'
    /// exports (``InputOutputChain/importContent(of:exports:)``).
    func foreignInputs(_ subject: Subject) -> Score {
        guard let chain else { return .missing(.foreignInputs, indicator: "import_content", because: chainProblem) }
        guard chain.importCoefficients != nil else {
            return .missing(.foreignInputs, indicator: "import_content", because: chain.importProblem)
        }
        let view = subject.view
        if let problem = view.coverageProblem("exports") {
            return .missing(.foreignInputs, indicator: "import_content", because: problem)
        }
        let exports = Dictionary(uniqueKeysWithValues: view.indices.map { ($0, view.graph.attributes.number("exports", at: $0) ?? 0) })
        guard let content = chain.importContent(of: view.indices, exports: exports) else {
            return .missing(.foreignInputs, indicator: "import_content", because: "the members export nothing")
        }
        let score = min(1, content / 0.5)
        return Score(characteristic: .foreignInputs, score: score, indicator: "import_content", value: content,
                     text: "dependence on foreign inputs \(Indicator.decimal(score, digits: 2)): imported inputs make \(Indicator.decimal(content * 100, digits: 1)) % of the value of exports, directly and through domestic suppliers (import content of exports, Hummels, Ishii & Yi 2001; domestic value added about \(Indicator.decimal((1 - content) * 100, digits: 1)) %; half or more scores 1).",
                     basis: ["imported_inputs", "exports", "output", "links"])
    }

    /// Supporting industries that export = the output share, among the industries outside a cluster
    /// that sell at least the rules' supporting share (10 %) of their intermediate output to it, of
    /// those that export themselves: RCA of at least 1, or without world data an export share at
    /// least the economy's.
    func supportingExporters(_ subject: Subject) -> Score {
        guard !subject.isWhole else {
            return .missing(.supportingExporters, indicator: "supporting_export_share",
                            because: "a whole economy has no industries outside it; profile a cluster")
        }
        let graph = subject.view.graph
        var inside = [Bool](repeating: false, count: graph.nodeCount)
        for u in subject.view.indices { inside[u] = true }
        let threshold = calculator.settings.supportingShare
        let supporting = (0..<graph.nodeCount).filter { i in
            guard !inside[i] else { return false }
            var all = 0.0, toMembers = 0.0
            for (j, z) in zip(graph.successors(of: i), graph.successorWeights(of: i)) where Int(j) != i {
                all += z
                if inside[Int(j)] { toMembers += z }
            }
            return all > 0 && toMembers / all >= threshold
        }
        guard !supporting.isEmpty else {
            return .missing(.supportingExporters, indicator: "supporting_export_share",
                            because: "no industry outside the cluster sells \(Indicator.decimal(threshold * 100, digits: 0)) % of its intermediate output to it")
        }
        let hasRCA = (0..<graph.nodeCount).contains { graph.attributes.number("rca", at: $0) != nil }
        let economyShare = calculator.totals.exports.value.flatMap { e in calculator.totals.output.value.map { e / $0 } }
        var exporting: [Int] = [], tested: [Int] = []
        for i in supporting {
            let exports: Bool?
            if hasRCA {
                exports = graph.attributes.number("rca", at: i).map { $0 >= 1 }
            } else if let economyShare, let e = graph.attributes.number("exports", at: i),
                      let x = graph.attributes.number("output", at: i), x > 0 {
                exports = e / x >= economyShare
            } else {
                exports = nil
            }
            guard let exports else { continue }
            tested.append(i)
            if exports { exporting.append(i) }
        }
        let size = { (i: Int) in graph.attributes.number("output", at: i) ?? 0 }
        let total = tested.reduce(0) { $0 + size($1) }
        guard total > 0 else {
            return .missing(.supportingExporters, indicator: "supporting_export_share",
                            because: "the supporting industries (\(Self.keys(supporting, graph))) lack `rca`, or `exports` and `output`")
        }
        let share = exporting.reduce(0) { $0 + size($1) } / total
        let test = hasRCA ? "an RCA of at least 1" : "an export share at least the economy's \(Indicator.exportShare.describe(economyShare ?? 0))"
        return Score(characteristic: .supportingExporters, score: share, indicator: "supporting_export_share", value: share,
                     text: "supporting industries that export \(Indicator.decimal(share, digits: 2)): of the \(supporting.count) industries outside the cluster that sell at least \(Indicator.decimal(threshold * 100, digits: 0)) % of their intermediate output to it (\(Self.keys(supporting, graph))), those with \(test) make \(Indicator.decimal(share * 100, digits: 1)) % of the output (\(exporting.isEmpty ? "none" : Self.keys(exporting, graph))). Intermediate flows do not show capital goods such as paper machines.",
                     basis: hasRCA ? ["links", "rca", "output"] : ["links", "exports", "output"])
    }

    static func keys(_ indices: [Int], _ graph: LinkageGraph) -> String {
        indices.prefix(6).map { graph.keys[$0] }.joined(separator: ", ") + (indices.count > 6 ? ", …" : "")
    }
}

import ClusterGraph

extension ClusterIndicatorCalculator {
    /// Balance: Gini of member sizes, the largest member's share, supporting members — those other
    /// than the largest that sell at least `supportingShare` of their intermediate sales to other
    /// members, or are export-specialised themselves (RCA ≥ 1), as machine building and chemicals
    /// support Finland's forest cluster and export on their own.
    func addBalance(to set: inout IndicatorSet, _ view: MemberView) {
        guard let sizes = view.sizes(), let largest = sizes.indices.max(by: { sizes[$0] < sizes[$1] }) else {
            let why = view.coverageProblem("output") ?? "members have no size"
            set.markMissing(.outputGini, why)
            set.markMissing(.largestMemberShare, why)
            set.markMissing(.supportingMembers, why)
            return
        }
        let total = sizes.reduce(0, +)
        set.set(.outputGini, Statistics.gini(sizes), elseMissing: "members' sizes sum to zero")
        set.set(.largestMemberShare, total > 0 ? sizes[largest] / total : nil, elseMissing: "members' sizes sum to zero")
        let inside = Set(view.indices)
        var supporting = 0
        for (position, i) in view.indices.enumerated() where position != largest {
            var internalSales = 0.0, allSales = 0.0
            for (j, z) in zip(flows.successors(of: i), flows.successorWeights(of: i)) {
                allSales += z
                if inside.contains(Int(j)) && Int(j) != i { internalSales += z }
            }
            let sellsInside = allSales > 0 && internalSales / allSales >= settings.supportingShare
            if sellsInside || (set.memberRCA[flows.keys[i]] ?? 0) >= 1 { supporting += 1 }
        }
        set[.supportingMembers] = Double(supporting)
    }

    /// Competition: firm counts and concentration. On firm graphs the HHI is over the sizes of
    /// the members; on sector graphs it is the size-weighted mean of the sectors' `hhi`
    /// attribute and the firm count is the sum of their `firms` attribute.
    func addCompetition(to set: inout IndicatorSet, _ view: MemberView) {
        if view.areFirms {
            set[.firmCount] = Double(view.indices.count)
            let sizes = view.sizes()
            set.set(.hhi, sizes.flatMap(Statistics.herfindahl), elseMissing: "firms lack `size` or `output`")
            let total = sizes?.reduce(0, +) ?? 0
            set.set(.largestFirmShare, total > 0 ? (sizes?.max() ?? 0) / total : nil,
                    elseMissing: "firms lack `size` or `output`")
            return
        }
        let firms = view.sum("firms")
        set.set(.firmCount, firms.value, elseMissing: firms.why)
        let hhi = view.weightedMean("hhi")
        set.set(.hhi, hhi.value, elseMissing: hhi.why)
        let leader = view.weightedMean("largest_firm_share")
        set.set(.largestFirmShare, leader.value, elseMissing: leader.why)
    }

    /// Foreign ownership, small business and R&D: size-weighted means of `foreign_owned`, `sme`
    /// and `rd_intensity` (0/1 flags on firms, shares on sectors); the share of purchases from
    /// business services.
    func addOwnershipAndInnovation(to set: inout IndicatorSet, _ view: MemberView) {
        let foreign = view.weightedMean("foreign_owned")
        set.set(.foreignShare, foreign.value, elseMissing: foreign.why)
        let sme = view.weightedMean("sme")
        set.set(.smeShare, sme.value, elseMissing: sme.why)
        let rd = view.weightedMean("rd_intensity")
        set.set(.rdIntensity, rd.value, elseMissing: rd.why)

        let services = Set(settings.businessServiceSectors.compactMap(flows.index(of:)))
        guard !services.isEmpty else {
            set.markMissing(.businessServicesInputs,
                            "the graph has none of the business-services sectors named in the rules (\(settings.businessServiceSectors.joined(separator: ", ")))")
            return
        }
        var fromServices = 0.0, purchases = 0.0
        for j in view.indices {
            for (i, z) in zip(flows.predecessors(of: j), flows.predecessorWeights(of: j)) {
                purchases += z
                if services.contains(Int(i)) { fromServices += z }
            }
        }
        set.set(.businessServicesInputs, purchases > 0 ? fromServices / purchases : nil, elseMissing: "the members buy no intermediate inputs")
    }
}

import ClusterGraph

extension ClusterIndicatorCalculator {
    /// Growth against the same members in the earlier graph of the same economy: output, exports
    /// and world share as relative growth, RCA and internal linkage as changes, and each member's
    /// earlier RCA.
    func addDynamics(to set: inout IndicatorSet, members: [String]) {
        let dynamics: [Indicator] = [.outputGrowth, .exportGrowth, .worldShareGrowth, .rcaChange, .internalLinkageChange]
        guard let earlier else {
            for indicator in dynamics {
                set.markMissing(indicator, "no earlier graph was given (pass --compare GRAPH for dynamics)")
            }
            return
        }
        let before = ClusterIndicatorCalculator(flows: earlier, settings: settings).snapshotIndicators(members: members)
        func growth(_ now: Indicator, _ target: Indicator) {
            guard let current = set[now] else {
                set.markMissing(target, "\(now.rawValue) is missing now: \(set.missing[now] ?? "no data")")
                return
            }
            guard let previous = before[now], previous > 0 else {
                set.markMissing(target, "\(now.rawValue) is missing or zero in the earlier graph"
                    + (before.missing[now].map { ": \($0)" } ?? ""))
                return
            }
            set[target] = current / previous - 1
        }
        func change(_ now: Indicator, _ target: Indicator) {
            guard let current = set[now], let previous = before[now] else {
                set.markMissing(target, "\(now.rawValue) is missing " + (set[now] == nil ? "now" : "in the earlier graph")
                    + ": " + (set.missing[now] ?? before.missing[now] ?? "no data"))
                return
            }
            set[target] = current - previous
        }
        growth(.output, .outputGrowth)
        growth(.exports, .exportGrowth)
        growth(.worldShare, .worldShareGrowth)
        set.earlierMemberRCA = before.memberRCA
        change(.rca, .rcaChange)
        change(.internalLinkage, .internalLinkageChange)
    }
}

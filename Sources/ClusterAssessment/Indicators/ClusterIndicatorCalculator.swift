import ClusterGraph

/// Computes a cluster's indicators from the graphs that describe one economy.
///
/// Clusters are usually found on a derived undirected `strength` graph (`structure`), while the
/// flows, exports and sector attributes live on the input-output graph (`flows`); members are
/// matched between them by key. `reference` (the national economy, for a region) gives location
/// quotients; `earlier` (the same economy in an earlier year) gives dynamics.
///
/// ```swift
/// let calculator = ClusterIndicatorCalculator(flows: io, structure: strength)
/// let forest = calculator.indicators(members: ["02_03", "16", "17_18"])
/// forest[.internalLinkage]   // share of members' intermediate sales that stays inside
/// ```
public struct ClusterIndicatorCalculator: Sendable {
    public let flows: LinkageGraph
    public let structure: LinkageGraph
    public let reference: LinkageGraph?
    public let earlier: LinkageGraph?
    public let settings: IndicatorSettings
    /// Whole-economy sums every cluster is compared with, computed once.
    let totals: EconomyTotals
    let referenceOutput: MemberView.Value?

    public init(flows: LinkageGraph, structure: LinkageGraph? = nil, reference: LinkageGraph? = nil,
                earlier: LinkageGraph? = nil, settings: IndicatorSettings = IndicatorSettings()) {
        self.flows = flows
        self.structure = structure ?? flows
        self.reference = reference
        self.earlier = earlier
        self.settings = settings
        self.totals = EconomyTotals(flows: flows, structure: structure ?? flows)
        self.referenceOutput = reference.map { MemberView(graph: $0, indices: Array(0..<$0.nodeCount)).sum("output") }
    }

    /// The indicators of every community of `partition`, which numbers the nodes of `structure`.
    ///
    /// - Complexity: O(n + m) per community on the flows and structure graphs.
    public func indicators(for partition: Partition) -> [IndicatorSet] {
        partition.members(keys: structure.keys).map { indicators(members: $0) }
    }

    /// The indicators of the cluster made of the nodes with `members` keys.
    public func indicators(members: [String]) -> IndicatorSet {
        var set = IndicatorSet()
        set[.memberCount] = Double(members.count)
        let view = MemberView(graph: flows, keys: members)
        addSize(to: &set, view)
        addExports(to: &set, view)
        addSpecialisation(to: &set, view)
        addLinkage(to: &set, view, members: members)
        addBalance(to: &set, view)
        addCompetition(to: &set, view)
        addOwnershipAndInnovation(to: &set, view)
        addDynamics(to: &set, members: members)
        return set
    }

    /// The base indicators without dynamics: what an earlier snapshot contributes to growth.
    func snapshotIndicators(members: [String]) -> IndicatorSet {
        let view = MemberView(graph: flows, keys: members)
        var set = IndicatorSet()
        addSize(to: &set, view)
        addExports(to: &set, view)
        addLinkage(to: &set, view, members: members)
        return set
    }

    private func addSize(to set: inout IndicatorSet, _ view: MemberView) {
        let output = view.sum("output")
        set.set(.output, output.value, elseMissing: output.why)
        let total = totals.output
        if let value = output.value, let all = total.value, all > 0 {
            set[.outputShare] = value / all
        } else {
            set.markMissing(.outputShare, output.value == nil ? output.why : "the economy's total output is unknown: \(total.why)")
        }
    }

    private func addExports(to set: inout IndicatorSet, _ view: MemberView) {
        let exports = view.sum("exports")
        let output = view.sum("output")
        set.set(.exports, exports.value, elseMissing: exports.why)
        if let e = exports.value, let x = output.value, x > 0 {
            set[.exportShare] = e / x
        } else {
            set.markMissing(.exportShare, exports.value == nil ? exports.why : output.value == nil ? output.why : "members have no output")
        }
        let world = WorldPosition(graph: flows, totals: totals)
        let position = world.position(of: view)
        set.set(.worldShare, position.worldShare, elseMissing: position.why)
        set.set(.rca, position.rca, elseMissing: position.why)
        set.memberRCA = memberRCA(view, world)
        addSpecialisedMembers(to: &set, view)
    }

    /// Each member's RCA by key; members without world exports are left out.
    func memberRCA(_ view: MemberView, _ world: WorldPosition) -> [String: Double] {
        var result: [String: Double] = [:]
        for index in view.indices {
            if let rca = world.position(of: MemberView(graph: flows, indices: [index])).rca { result[flows.keys[index]] = rca }
        }
        return result
    }

    /// How many members are export-specialised (RCA ≥ 1) and how many are not: a specialised core
    /// beside weak elements is the seed's "uneven development".
    private func addSpecialisedMembers(to set: inout IndicatorSet, _ view: MemberView) {
        guard view.absent.isEmpty, !view.indices.isEmpty, set.memberRCA.count == view.indices.count else {
            let why = view.absent.isEmpty ? "the RCA of some members is unknown (they need world exports and exports)"
                : view.coverageProblem("exports") ?? "members are missing from the flows graph"
            set.markMissing(.specialisedMembers, why)
            set.markMissing(.unspecialisedMembers, why)
            return
        }
        let specialised = set.memberRCA.values.filter { $0 >= 1 }.count
        set[.specialisedMembers] = Double(specialised)
        set[.unspecialisedMembers] = Double(view.indices.count - specialised)
    }

    private func addSpecialisation(to set: inout IndicatorSet, _ view: MemberView) {
        guard let reference else {
            set.markMissing(.locationQuotient, "no reference economy was given (pass the national graph to compare a region with)")
            return
        }
        let here = view.sum("output")
        let there = MemberView(graph: reference, keys: view.keys).sum("output")
        guard let c = here.value, let r = totals.output.value, let cn = there.value, let n = referenceOutput?.value,
              r > 0, cn > 0, n > 0 else {
            set.markMissing(.locationQuotient, "output is missing in this graph or in the reference economy for some members")
            return
        }
        // LQ = (cluster output / regional output) / (cluster output nationally / national output).
        set[.locationQuotient] = (c / r) / (cn / n)
    }
}

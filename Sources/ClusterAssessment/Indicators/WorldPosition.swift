import ClusterGraph

/// World market share and revealed comparative advantage of a group of sectors.
///
/// Per sector, world exports come from the `world_exports` attribute, or are recovered from
/// `exports / world_share`. Cluster RCA (Balassa 1965) = (Σ_C e / E) / (Σ_C w / W) with E the
/// economy's total exports and W the world total over the economy's sectors. When totals are not
/// known but every member has an `rca` attribute, the cluster RCA is the export-weighted harmonic
/// mean Σ e / Σ (e / rca), which equals the same ratio.
struct WorldPosition {
    let graph: LinkageGraph
    let totals: EconomyTotals

    static func worldExports(of graph: LinkageGraph, at index: Int) -> Double? {
        if let world = graph.attributes.number("world_exports", at: index) { return world }
        if let share = graph.attributes.number("world_share", at: index), share > 0,
           let exports = graph.attributes.number("exports", at: index) {
            return exports / share
        }
        return nil
    }

    func position(of view: MemberView) -> (worldShare: Double?, rca: Double?, why: String) {
        let exports = view.sum("exports")
        guard let clusterExports = exports.value else { return (nil, nil, exports.why) }
        let memberWorld = view.indices.map { Self.worldExports(of: graph, at: $0) }
        if view.absent.isEmpty, !memberWorld.isEmpty, memberWorld.allSatisfy({ $0 != nil }) {
            let world = memberWorld.reduce(0) { $0 + ($1 ?? 0) }
            let share = world > 0 ? clusterExports / world : nil
            let totalExports = totals.exports.value
            let totalWorld = totals.worldExports
            var rca: Double?
            if let totalExports, totalExports > 0, totalWorld > 0, world > 0 {
                rca = (clusterExports / totalExports) / (world / totalWorld)
            }
            return (share, rca ?? harmonicRCA(view), "world exports are known but the economy's total exports are not")
        }
        let rca = harmonicRCA(view)
        return (nil, rca, "no member has world exports (`world_exports`, or `world_share` with `exports`)"
            + (rca == nil ? " or an `rca` attribute" : ""))
    }

    private func harmonicRCA(_ view: MemberView) -> Double? {
        guard view.coverageProblem("rca") == nil, view.coverageProblem("exports") == nil else { return nil }
        var exports = 0.0, worldEquivalent = 0.0
        for index in view.indices {
            let e = graph.attributes.number("exports", at: index) ?? 0
            let r = graph.attributes.number("rca", at: index) ?? 0
            guard e > 0 else { continue }
            guard r > 0 else { return nil }
            exports += e
            worldEquivalent += e / r
        }
        return worldEquivalent > 0 ? exports / worldEquivalent : nil
    }
}

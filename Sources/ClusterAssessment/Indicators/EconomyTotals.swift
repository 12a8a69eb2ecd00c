import ClusterGraph

/// Sums over the whole economy that every cluster's shares are taken of, computed once per
/// calculator rather than once per cluster.
struct EconomyTotals: Sendable {
    /// Σ output (missing when any node lacks it).
    let output: MemberView.Value
    /// Σ exports (missing when any node lacks them).
    let exports: MemberView.Value
    /// Σ world exports over the nodes that have them.
    let worldExports: Double
    /// Σ z over all flows.
    let flowTotal: Double
    /// Σ weighted degree of the structure graph (in plus out for a directed one).
    let structureVolume: Double

    init(flows: LinkageGraph, structure: LinkageGraph) {
        let everyone = MemberView(graph: flows, indices: Array(0..<flows.nodeCount))
        output = everyone.sum("output")
        exports = everyone.sum("exports")
        worldExports = (0..<flows.nodeCount).reduce(0) { $0 + (WorldPosition.worldExports(of: flows, at: $1) ?? 0) }
        flowTotal = flows.outWeights.reduce(0, +)
        let volume = structure.outWeights.reduce(0, +)
        structureVolume = structure.isDirected ? 2 * volume : volume
    }
}

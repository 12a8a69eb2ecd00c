/// Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of
/// communities in large networks"): move nodes to their best neighbouring community until no move
/// helps, aggregate each community into one node, repeat on the smaller graph.
///
/// After the coarser levels are solved, their partition is projected back and nodes are moved
/// once more at each finer level (the multilevel refinement of Rotta & Noack 2011, networkit's
/// `PLM(refine=True)`), which repairs early greedy choices. Nodes are visited in a random order
/// drawn from `random` (see ``visitingOrder(nodeCount:random:)``), so a seed fixes the result.
///
/// - Complexity: O(m) per sweep; a handful of sweeps and levels in practice.
func louvain(_ graph: CommunityGraph, resolution: Double, threads: Int, random: inout SplitMix64) -> [Int32] {
    let order = visitingOrder(nodeCount: graph.nodeCount, random: &random)
    // The mover's per-node state is freed before the coarser levels are solved.
    let (moved, communities, count) = {
        let mover = ModularityMover(graph: graph, resolution: resolution)
        let moved = mover.moveUntilStable(order: order, allowNewCommunity: false, threads: threads)
        let (communities, count) = mover.membership.denseRelabelled()
        return (moved, communities, count)
    }()
    releaseFreedMemory(after: graph.neighbours.count)
    guard moved && count < graph.nodeCount else { return communities }
    let coarse = louvain(graph.aggregated(by: communities, groupCount: count, threads: threads), resolution: resolution,
                         threads: threads, random: &random)
    let refined = ModularityMover(graph: graph, resolution: resolution,
                                  membership: communities.map { coarse[Int($0)] })
    _ = refined.moveUntilStable(order: order, allowNewCommunity: false, threads: threads)
    return refined.membership
}

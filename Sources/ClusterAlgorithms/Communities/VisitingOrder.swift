/// A random order in which local moving visits the nodes of a graph with `nodeCount` nodes.
///
/// On large graphs the nodes come in blocks of up to 64 consecutive numbers, the blocks in random
/// order and the nodes of a block in turn: each visit reads the node's row, and reading rows that
/// lie next to each other lets the processor stream them instead of fetching every row from main
/// memory. On a million links this makes the first move of Louvain and Leiden about a third
/// faster, and Leiden's refinement and later moves (on nodes numbered by community) nearly twice
/// as fast. Graphs under about 2,000 nodes fit in cache, so their blocks are single nodes and the
/// order is a plain shuffle.
///
/// - Complexity: O(n).
func visitingOrder(nodeCount: Int, random: inout SplitMix64) -> [Int32] {
    let blockSize = min(64, max(1, nodeCount / 1024))
    var blocks = (0..<Int32((nodeCount + blockSize - 1) / blockSize)).map { $0 }
    random.shuffle(&blocks)
    var order: [Int32] = []
    order.reserveCapacity(nodeCount)
    for block in blocks {
        let first = Int(block) * blockSize
        for node in first..<min(nodeCount, first + blockSize) { order.append(Int32(node)) }
    }
    return order
}

import ClusterGraph

/// Unsafe views of a ``ClusterGraph/LinkageGraph``'s rows, for the hot loops of algorithms that
/// read every link and must not pay for bounds checks. Valid only inside
/// ``ClusterGraph/LinkageGraph/withRowViews(_:)``.
struct LinkageRowViews {
    let outOffsets: UnsafeBufferPointer<Int>
    let outTargets: UnsafeBufferPointer<Int32>
    let outWeights: LinkWeights.Reader
    let inOffsets: UnsafeBufferPointer<Int>
    let inSources: UnsafeBufferPointer<Int32>
    let inWeights: LinkWeights.Reader
}

extension LinkageGraph {
    /// Calls `body` with unsafe views of the out- and in-rows (building a directed graph's
    /// in-rows if nothing has asked for them yet).
    func withRowViews<Result>(_ body: (LinkageRowViews) -> Result) -> Result {
        let inOffsets = self.inOffsets, inSources = self.inSources, inWeights = self.inWeights
        return outOffsets.withUnsafeBufferPointer { outOffsets in
            outTargets.withUnsafeBufferPointer { outTargets in
                outWeights.withReader { outWeights in
                    inOffsets.withUnsafeBufferPointer { inOffsets in
                        inSources.withUnsafeBufferPointer { inSources in
                            inWeights.withReader { inWeights in
                                body(LinkageRowViews(outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights,
                                                     inOffsets: inOffsets, inSources: inSources, inWeights: inWeights))
                            }
                        }
                    }
                }
            }
        }
    }

    /// The rows around every node, taken from the graph once so that loops over neighbours do
    /// not fetch a directed graph's lazily built in-rows at every step.
    func neighbourRows() -> NeighbourRows {
        NeighbourRows(isDirected: isDirected, outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights,
                      inOffsets: inOffsets, inSources: inSources, inWeights: inWeights)
    }
}

/// Both directions of a graph's rows as plain arrays (see ``ClusterGraph/LinkageGraph/neighbourRows()``).
struct NeighbourRows {
    let isDirected: Bool
    let outOffsets: [Int]
    let outTargets: [Int32]
    let outWeights: LinkWeights
    let inOffsets: [Int]
    let inSources: [Int32]
    let inWeights: LinkWeights

    /// Calls `body` with each neighbour of `u` in `direction` and the weight of the link,
    /// successors first, each in index order. With `both`, a node linked both ways is visited twice.
    @inline(__always)
    func forEachNeighbour(of u: Int, direction: TraversalDirection = .both, _ body: (Int, Double) -> Void) {
        if direction != .in || !isDirected {
            for position in outOffsets[u]..<outOffsets[u + 1] { body(Int(outTargets[position]), outWeights[position]) }
        }
        if isDirected, direction != .out {
            for position in inOffsets[u]..<inOffsets[u + 1] { body(Int(inSources[position]), inWeights[position]) }
        }
    }
}

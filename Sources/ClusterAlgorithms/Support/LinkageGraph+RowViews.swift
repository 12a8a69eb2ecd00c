import ClusterGraph

/// Unsafe views of a ``ClusterGraph/LinkageGraph``'s rows, for the hot loops of algorithms that
/// read every link and must not pay for bounds checks. Valid only inside
/// ``ClusterGraph/LinkageGraph/withRowViews(_:)``.
struct LinkageRowViews {
    let outOffsets: UnsafeBufferPointer<Int>
    let outTargets: UnsafeBufferPointer<Int32>
    let outWeights: UnsafeBufferPointer<Double>
    let inOffsets: UnsafeBufferPointer<Int>
    let inSources: UnsafeBufferPointer<Int32>
    let inWeights: UnsafeBufferPointer<Double>
}

extension LinkageGraph {
    /// Calls `body` with unsafe views of the out- and in-rows.
    func withRowViews<Result>(_ body: (LinkageRowViews) -> Result) -> Result {
        outOffsets.withUnsafeBufferPointer { outOffsets in
            outTargets.withUnsafeBufferPointer { outTargets in
                outWeights.withUnsafeBufferPointer { outWeights in
                    inOffsets.withUnsafeBufferPointer { inOffsets in
                        inSources.withUnsafeBufferPointer { inSources in
                            inWeights.withUnsafeBufferPointer { inWeights in
                                body(LinkageRowViews(outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights,
                                                     inOffsets: inOffsets, inSources: inSources, inWeights: inWeights))
                            }
                        }
                    }
                }
            }
        }
    }
}

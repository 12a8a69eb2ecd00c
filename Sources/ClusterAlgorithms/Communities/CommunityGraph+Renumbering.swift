extension CommunityGraph {
    /// The same graph with its nodes renumbered: node `order[i]` becomes node i.
    ///
    /// Local moving, refinement and aggregation look up the community of every neighbour; when
    /// the nodes of a community have neighbouring numbers those lookups stay in a few cache lines
    /// instead of jumping across the whole graph, which on large sparse graphs halves the time of
    /// every later phase.
    ///
    /// - Complexity: O(n + m).
    func renumbered(by order: [Int32]) -> CommunityGraph {
        let n = nodeCount
        assert(order.count == n && Set(order).count == n, "order must be a permutation of the nodes")
        var newNumber = [Int32](repeating: 0, count: n)
        for (position, node) in order.enumerated() { newNumber[Int(node)] = Int32(position) }
        var newOffsets = [Int](repeating: 0, count: n + 1)
        var newWeights: [Double] = []
        let newNeighbours = [Int32](unsafeUninitializedCapacity: neighbours.count) { newNeighbours, count in
            newWeights = [Double](unsafeUninitializedCapacity: weights.count) { newWeights, weightCount in
                withRows { rows in
                    newNumber.withUnsafeBufferPointer { newNumber in
                        var cursor = 0
                        for (position, node) in order.enumerated() {
                            for entry in rows.offsets[Int(node)]..<rows.offsets[Int(node) + 1] {
                                newNeighbours[cursor] = newNumber[Int(rows.neighbours[entry])]
                                newWeights[cursor] = rows.weights[entry]
                                cursor += 1
                            }
                            newOffsets[position + 1] = cursor
                        }
                    }
                }
                weightCount = weights.count
            }
            count = neighbours.count
        }
        return CommunityGraph(offsets: newOffsets, neighbours: newNeighbours, weights: newWeights,
                              selfWeights: order.map { selfWeights[Int($0)] },
                              outStrengths: order.map { outStrengths[Int($0)] },
                              inStrengths: order.map { inStrengths[Int($0)] },
                              totalWeight: totalWeight)
    }
}

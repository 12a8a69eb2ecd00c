import ClusterGraph

extension ClusterIndicatorCalculator {
    /// Internal linkage intensity on the flows graph; conductance and density on the structure graph.
    ///
    /// - Complexity: O(Σ degree of members).
    func addLinkage(to set: inout IndicatorSet, _ view: MemberView, members: [String]) {
        let inside = Set(view.indices)
        var internalSales = 0.0, allSales = 0.0
        for i in view.indices {
            for (j, z) in zip(flows.successors(of: i), flows.successorWeights(of: i)) {
                allSales += z
                if inside.contains(Int(j)) { internalSales += z }
            }
        }
        var purchases = 0.0
        for j in view.indices { purchases += flows.predecessorWeights(of: j).reduce(0, +) }
        let allFlows = totals.flowTotal
        if !view.absent.isEmpty {
            let why = view.coverageProblem("output") ?? "members are missing from the flows graph"
            set.markMissing(.internalLinkage, why)
            set.markMissing(.linkageLift, why)
        } else if allSales > 0 {
            set[.internalLinkage] = internalSales / allSales
            // Were sales spread over buyers by their purchases, the members would keep
            // purchases / allFlows of their sales inside; the lift compares with that.
            set.set(.linkageLift, purchases > 0 && allFlows > 0 ? (internalSales / allSales) / (purchases / allFlows) : nil,
                    elseMissing: "the members buy no intermediate goods")
        } else {
            set.markMissing(.internalLinkage, "the members sell no intermediate goods in this graph")
            set.markMissing(.linkageLift, "the members sell no intermediate goods in this graph")
        }

        let structural = MemberView(graph: structure, keys: members)
        let structuralInside = Set(structural.indices)
        var cut = 0.0, volume = 0.0, internalLinks = 0
        for i in structural.indices {
            for (j, w) in zip(structure.successors(of: i), structure.successorWeights(of: i)) {
                volume += w
                if structuralInside.contains(Int(j)) {
                    if Int(j) != i { internalLinks += 1 }
                } else {
                    cut += w
                }
            }
            if structure.isDirected {
                for (j, w) in zip(structure.predecessors(of: i), structure.predecessorWeights(of: i)) {
                    volume += w
                    if !structuralInside.contains(Int(j)) { cut += w }
                }
            }
        }
        let smaller = min(volume, totals.structureVolume - volume)
        if smaller > 0 {
            set[.conductance] = cut / smaller
        } else {
            set.markMissing(.conductance, "the cluster (or the rest of the graph) has no links")
        }
        let k = Double(structural.indices.count)
        if k >= 2 {
            // Undirected rows hold each internal link twice, as do k(k − 1) ordered pairs.
            set[.density] = Double(internalLinks) / (k * (k - 1))
        } else {
            set.markMissing(.density, "a single member has no pairs to link")
        }
    }
}

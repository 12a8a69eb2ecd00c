import ClusterAssessment
import ClusterGraph
import ClusterStore

/// The graphs a template is made from, loaded: their flows for labels, sizes and supplier ties.
struct TemplateSources {
    let names: [String]
    /// The graph with the flows and attributes of each (the input-output graph a derived graph was made from).
    let flows: [LinkageGraph]

    /// Each key's share of each graph's size, summed over the graphs (see ``size(of:)``).
    private let sizes: [String: Double]

    init(store: LinkageStore, graphs: [String], structures: [LinkageGraph]) throws {
        names = graphs
        flows = try zip(graphs, structures).map { name, structure in
            try store.loadFlowsGraph(for: name, structure: structure, explicit: nil).graph
        }
        var sizes: [String: Double] = [:]
        for graph in flows {
            for (key, share) in zip(graph.keys, Self.shares(graph)) { sizes[key, default: 0] += share }
        }
        self.sizes = sizes
    }

    /// The first label any graph gives `key`.
    func label(of key: String) -> String? {
        for graph in flows {
            if let index = graph.index(of: key), let label = graph.labels[index] { return label }
        }
        return nil
    }

    /// The key's share of each graph's size, summed over the graphs: its output share where
    /// every sector has an `output`, else its share of all link weight. Shares, not amounts, so
    /// a large economy does not decide alone which member is the largest.
    func size(of key: String) -> Double { sizes[key] ?? 0 }

    private static func shares(_ graph: LinkageGraph) -> [Double] {
        let outputs = (0..<graph.nodeCount).map { graph.attributes.number("output", at: $0) }
        if outputs.allSatisfy({ $0 != nil }) {
            let sum = outputs.reduce(0) { $0 + ($1 ?? 0) }
            return outputs.map { sum > 0 ? ($0 ?? 0) / sum : 0 }
        }
        let all = 2 * graph.outWeights.reduce(0, +)
        return (0..<graph.nodeCount).map { node in
            let weight = graph.successorWeights(of: node).reduce(0, +) + graph.predecessorWeights(of: node).reduce(0, +)
            return all > 0 ? weight / all : 0
        }
    }

    /// Suppliers of `members` with their dependence averaged over the graphs (a graph without
    /// the tie counts 0), at least `threshold`, most dependent first.
    func suppliers(of members: [String], threshold: Double) -> [ClusterTemplate.Supplier] {
        var total: [String: Double] = [:]
        for graph in flows {
            for supplier in SupplierDependence(flows: graph).suppliers(of: members) { total[supplier.key, default: 0] += supplier.dependence }
        }
        let count = Double(max(flows.count, 1))
        return total.compactMap { key, sum in
            sum / count >= threshold ? ClusterTemplate.Supplier(key: key, label: label(of: key), dependence: sum / count) : nil
        }
        .sorted { $0.dependence != $1.dependence ? $0.dependence > $1.dependence : Partition.keyPrecedes($0.key, $1.key) }
    }
}

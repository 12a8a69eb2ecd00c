import ClusterGraph

/// A set of members looked up in one graph: their indices, the keys the graph lacks, and sums
/// and weighted means of their attributes that refuse to guess when a value is missing.
struct MemberView {
    let graph: LinkageGraph
    let indices: [Int]
    /// Member keys the graph does not have.
    let absent: [String]
    let keys: [String]

    init(graph: LinkageGraph, keys: [String]) {
        self.graph = graph
        self.keys = keys
        var indices: [Int] = [], absent: [String] = []
        for key in keys {
            if let index = graph.index(of: key) { indices.append(index) } else { absent.append(key) }
        }
        self.indices = indices
        self.absent = absent
    }

    init(graph: LinkageGraph, indices: [Int]) {
        self.graph = graph
        self.indices = indices
        self.absent = []
        self.keys = indices.map { graph.keys[$0] }
    }

    /// A number, or why there is none.
    struct Value {
        var value: Double?
        var why: String
    }

    /// Σ of the attribute over all members; missing when any member lacks it (a missing value is
    /// not zero).
    func sum(_ attribute: String) -> Value {
        if let reason = coverageProblem(attribute) { return Value(value: nil, why: reason) }
        return Value(value: indices.reduce(0) { $0 + (graph.attributes.number(attribute, at: $1) ?? 0) }, why: "")
    }

    /// Why the attribute cannot be summed over the members, or nil when every member has it.
    func coverageProblem(_ attribute: String) -> String? {
        if !absent.isEmpty {
            return "\(absent.count) member(s) are not in the graph with the data (\(absent.prefix(3).joined(separator: ", ")))"
        }
        if indices.isEmpty { return "the cluster has no members" }
        let lacking = indices.filter { graph.attributes.number(attribute, at: $0) == nil }
        if lacking.count == indices.count { return "no member has the `\(attribute)` attribute" }
        if !lacking.isEmpty {
            let names = lacking.prefix(3).map { graph.keys[$0] }.joined(separator: ", ")
            return "\(lacking.count) of \(indices.count) members have no `\(attribute)` value (\(names))"
        }
        return nil
    }

    /// The name of the size attribute: `output` for sectors, `size` for firms without output.
    var weightAttribute: String? {
        for name in ["output", "size"] where coverageProblem(name) == nil { return name }
        return nil
    }

    /// The size-weighted mean of the attribute; missing when any member lacks it or its weight.
    func weightedMean(_ attribute: String) -> Value {
        guard let weight = weightAttribute else {
            return Value(value: nil, why: "members lack a size to weight by (`output` or `size`)")
        }
        if let reason = coverageProblem(attribute) { return Value(value: nil, why: reason) }
        let values = indices.map { graph.attributes.number(attribute, at: $0) ?? 0 }
        let weights = indices.map { graph.attributes.number(weight, at: $0) ?? 0 }
        guard let mean = Statistics.weightedMean(values, weights: weights) else {
            return Value(value: nil, why: "members' `\(weight)` sums to zero")
        }
        return Value(value: mean, why: "")
    }

    /// Sizes by `weightAttribute`, aligned with `indices`.
    func sizes() -> [Double]? {
        guard let weight = weightAttribute else { return nil }
        return indices.map { graph.attributes.number(weight, at: $0) ?? 0 }
    }

    /// True when every member is a firm (node kind `firm`).
    var areFirms: Bool {
        !indices.isEmpty && indices.allSatisfy { graph.kinds[$0] == "firm" }
    }
}

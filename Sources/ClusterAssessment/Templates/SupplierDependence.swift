import ClusterGraph

/// The suppliers outside a cluster that it is tied to, for extended clusters: the core plus the
/// sectors it depends on, so one sector can support several clusters (chemicals and energy in
/// the forest cluster, beside their own).
///
/// The tie of a supplier s to cluster C is measured as the linkage strength the clusters are
/// found with (Delgado, Porter & Stern 2016), taken in the supplier's direction: the larger of
/// - the share of C's intermediate purchases that it buys from s, z_sC / Σ_k z_kC, and
/// - the share of s's intermediate sales that go to C, z_sC / Σ_k z_sk.
/// The first says C needs s, the second that s lives from C. Capital goods (paper machines for
/// the forest cluster) are investment, final demand, and do not show in intermediate flows.
///
/// ```swift
/// let ties = SupplierDependence(flows: fin2011)
/// for supplier in ties.suppliers(of: ["c1", "c6", "c7"], threshold: 0.15) { print(supplier.key, supplier.dependence) }
/// ```
public struct SupplierDependence: Sendable {
    public struct Supplier: Sendable, Equatable {
        public let key: String
        /// z_sC / Σ_k z_kC.
        public let purchaseShare: Double
        /// z_sC / Σ_k z_sk.
        public let salesShare: Double
        /// The larger of the two.
        public var dependence: Double { max(purchaseShare, salesShare) }
    }

    public let flows: LinkageGraph
    private let sales: [Double]

    public init(flows: LinkageGraph) {
        self.flows = flows
        sales = (0..<flows.nodeCount).map { flows.successorWeights(of: $0).reduce(0, +) }
    }

    /// Every non-member that sells to the cluster, with its shares, most dependent first (ties by key).
    ///
    /// - Complexity: O(Σ in-degree of the members + s log s) for s suppliers.
    public func suppliers(of members: [String]) -> [Supplier] {
        let inside = Set(members.compactMap(flows.index(of:)))
        var bought: [Int: Double] = [:]
        var purchases = 0.0
        for member in inside {
            for (source, z) in zip(flows.predecessors(of: member), flows.predecessorWeights(of: member)) where z > 0 {
                purchases += z
                if !inside.contains(Int(source)) { bought[Int(source), default: 0] += z }
            }
        }
        guard purchases > 0 else { return [] }
        return bought.map { source, z in
            Supplier(key: flows.keys[source], purchaseShare: z / purchases, salesShare: sales[source] > 0 ? z / sales[source] : 0)
        }
        .sorted { $0.dependence != $1.dependence ? $0.dependence > $1.dependence : Partition.keyPrecedes($0.key, $1.key) }
    }

    /// The suppliers whose dependence is at least `threshold`.
    public func suppliers(of members: [String], threshold: Double) -> [Supplier] {
        suppliers(of: members).filter { $0.dependence >= threshold }
    }
}

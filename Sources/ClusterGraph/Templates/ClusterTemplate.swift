/// A named cluster definition by sector key, derived once and applied to every graph with the
/// same keys — as the US Cluster Mapping and the European Cluster Observatory apply one definition
/// to every region and year, so a cluster can be followed instead of being detected anew.
///
/// Each key belongs to exactly one cluster (the hard partition). A cluster may also list
/// suppliers outside it that it depends on (its extended cluster), so a sector that serves several
/// clusters — machinery for forest and for metals — shows up with each.
///
/// ```swift
/// let template = ClusterTemplate(name: "etla", method: .file, sources: ["clusters.csv"], clusters: [
///     .init(id: 0, name: "forest", namedBy: .file, members: [.init(key: "c1"), .init(key: "c6"), .init(key: "c7")]),
/// ])
/// let fit = template.fit(keys: graph.keys)
/// fit.partition; fit.missing; fit.extra
/// ```
public struct ClusterTemplate: Sendable, Equatable {
    public var name: String
    public var description: String
    public var method: Method
    /// How it was made (runs, resolutions, threshold, seed, …), as text.
    public var parameters: [String: String]
    /// The graphs it was derived from, or the file it was imported from.
    public var sources: [String]
    /// In id order, ids `0..<count`.
    public var clusters: [Cluster]
    /// The least dependence (share) that puts a supplier into a cluster's extended cluster, when
    /// extended clusters were computed.
    public var extensionThreshold: Double?
    /// ISO 8601 times set by the store.
    public var createdAt: String
    public var updatedAt: String

    public enum Method: String, Sendable, CaseIterable {
        /// Consensus clustering over seeds and resolutions on one or more graphs.
        case consensus
        /// Read from a `key,cluster` file.
        case file
    }

    /// Who gave a cluster its name.
    public enum NameSource: String, Sendable, CaseIterable {
        /// Made from its largest members' labels.
        case derived
        /// Set by the user (`template rename`, a names file).
        case user
        /// Read with the clusters from a `key,cluster` file.
        case file
    }

    public struct Cluster: Sendable, Equatable {
        public var id: Int
        public var name: String
        public var namedBy: NameSource
        /// In key order.
        public var members: [Member]
        /// Suppliers outside the cluster that it depends on, most dependent first.
        public var suppliers: [Supplier]

        public init(id: Int, name: String, namedBy: NameSource, members: [Member], suppliers: [Supplier] = []) {
            self.id = id
            self.name = name
            self.namedBy = namedBy
            self.members = members
            self.suppliers = suppliers
        }

        /// The mean stability of the members, when they have one.
        public var stability: Double? {
            let values = members.compactMap(\.stability)
            return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
    }

    public struct Member: Sendable, Equatable {
        public var key: String
        public var label: String?
        /// The share of detection runs agreeing with the member's place (consensus templates only).
        public var stability: Double?

        public init(key: String, label: String? = nil, stability: Double? = nil) {
            self.key = key
            self.label = label
            self.stability = stability
        }
    }

    public struct Supplier: Sendable, Equatable {
        public var key: String
        public var label: String?
        /// How much the cluster depends on it (see the extended-cluster rule that made it).
        public var dependence: Double

        public init(key: String, label: String? = nil, dependence: Double) {
            self.key = key
            self.label = label
            self.dependence = dependence
        }
    }

    public init(name: String, description: String = "", method: Method, parameters: [String: String] = [:],
                sources: [String] = [], clusters: [Cluster], extensionThreshold: Double? = nil,
                createdAt: String = "", updatedAt: String = "") {
        self.name = name
        self.description = description
        self.method = method
        self.parameters = parameters
        self.sources = sources
        self.clusters = clusters
        self.extensionThreshold = extensionThreshold
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Every key the template assigns, in key order.
    public var keys: [String] {
        clusters.flatMap { $0.members.map(\.key) }.sorted(by: Partition.keyPrecedes)
    }

    /// The cluster a name or id refers to (see ``ClusterReference``).
    public func resolve(_ reference: String) -> ClusterReference.Resolution {
        ClusterReference.resolve(reference, names: clusters.map(\.name))
    }
}

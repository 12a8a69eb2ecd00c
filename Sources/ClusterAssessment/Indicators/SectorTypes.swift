/// Which sectors of a table family trade beyond their region and which serve the home market
/// (Delgado, Porter & Stern 2016, "Defining clusters of related industries", Journal of Economic
/// Geography 16: traded and local industries).
///
/// Clusters are found among traded sectors; local sectors (retail, construction, public
/// administration, education, health, dwellings, …) are reported as the local economy. ClusterNet
/// ships one classification per table family (`Graphs/*/sector-types.csv`); a classification
/// applies to a graph whose every key it lists.
///
/// ```swift
/// let types = SectorTypes(name: "WIOD", local: ["c18", "c21"], traded: ["c1", "c7"])
/// types.covers(["c1", "c18"])     // true
/// types.isLocal("c18")            // true
/// ```
public struct SectorTypes: Sendable, Equatable {
    /// Where the classification comes from (a file path), for the output.
    public let name: String
    public let local: Set<String>
    public let traded: Set<String>

    public init(name: String, local: Set<String>, traded: Set<String>) {
        self.name = name
        self.local = local
        self.traded = traded
    }

    /// True when every key is classified.
    public func covers<Keys: Sequence<String>>(_ keys: Keys) -> Bool {
        keys.allSatisfy { local.contains($0) || traded.contains($0) }
    }

    public func isLocal(_ key: String) -> Bool { local.contains(key) }

    /// The first classification that covers all `keys`, or nil.
    public static func matching(_ keys: [String], among candidates: [SectorTypes]) -> SectorTypes? {
        candidates.first { $0.covers(keys) }
    }
}

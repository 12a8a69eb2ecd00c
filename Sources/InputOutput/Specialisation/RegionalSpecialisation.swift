/// One unit (sector or cluster) in one region: size, location quotient, export orientation, and
/// the star criteria with their reasons.
public struct RegionalSpecialisation: Sendable, Equatable {
    public let region: String
    public let unit: String
    public let label: String?
    /// E_cr.
    public let size: Double?
    /// E_cr / E_r: the unit's share of the region's size (the focus measure).
    public let share: Double?
    /// LQ = (E_cr / E_r) / (E_c / E); nil when a total is zero or a value missing.
    public let locationQuotient: Double?
    /// Exports abroad / output; nil when either is missing or output is zero.
    public let exportOrientation: Double?
    /// European Cluster Observatory criteria: size, specialisation, focus (in that order).
    public let starCriteria: [StarCriterion]
    /// US Cluster Mapping "strong" regional cluster.
    public let strong: StarCriterion

    /// Number of European Cluster Observatory stars (0–3).
    public var stars: Int { starCriteria.filter(\.met).count }

    /// The reasons of the stars awarded and of "strong" when it holds.
    public var reasons: [String] { (starCriteria + [strong]).filter(\.met).map(\.reason) }
}

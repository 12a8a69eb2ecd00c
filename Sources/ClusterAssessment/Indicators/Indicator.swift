/// A measurable property of a cluster, named as it appears in JSON output and rules files.
///
/// ```swift
/// Indicator(rawValue: "export_share")   // .exportShare
/// Indicator.exportShare.describe(0.21)  // "21.0 %"
/// ```
public enum Indicator: String, CaseIterable, Codable, Sendable, Comparable {
    // Size
    case memberCount = "member_count"
    case output
    case outputShare = "output_share"
    // Export orientation and world position
    case exports
    case exportShare = "export_share"
    case worldShare = "world_share"
    case rca
    // Specialisation against a reference economy
    case locationQuotient = "lq"
    // Linkage
    case internalLinkage = "internal_linkage"
    case linkageLift = "linkage_lift"
    case conductance
    case density
    // Balance
    case outputGini = "output_gini"
    case largestMemberShare = "largest_member_share"
    case supportingMembers = "supporting_members"
    /// Members with an RCA of at least 1, and members below it: a specialised core beside weak elements.
    case specialisedMembers = "specialised_members"
    case unspecialisedMembers = "unspecialised_members"
    // Competition
    case firmCount = "firm_count"
    case hhi
    // Ownership and firm size
    case foreignShare = "foreign_share"
    case smeShare = "sme_share"
    case largestFirmShare = "largest_firm_share"
    // Innovation
    case rdIntensity = "rd_intensity"
    case businessServicesInputs = "business_services_inputs"
    // Dynamics against an earlier graph of the same economy
    case outputGrowth = "output_growth"
    case exportGrowth = "export_growth"
    case worldShareGrowth = "world_share_growth"
    case rcaChange = "rca_change"
    case internalLinkageChange = "internal_linkage_change"

    /// How a value is written for people.
    enum Unit { case share, ratio, count, amount, growth, change }

    var unit: Unit {
        switch self {
        case .memberCount, .firmCount, .supportingMembers, .specialisedMembers, .unspecialisedMembers: .count
        case .output, .exports: .amount
        case .outputShare, .exportShare, .worldShare, .internalLinkage, .largestMemberShare, .foreignShare,
             .smeShare, .largestFirmShare, .rdIntensity, .businessServicesInputs: .share
        case .rca, .locationQuotient, .linkageLift, .conductance, .density, .outputGini, .hhi: .ratio
        case .outputGrowth, .exportGrowth, .worldShareGrowth: .growth
        case .rcaChange, .internalLinkageChange: .change
        }
    }

    /// True for the indicators that compare with an earlier graph.
    public var isDynamics: Bool { unit == .growth || unit == .change }

    /// What the indicator measures, as the subject of a sentence for a policy reader.
    public var meaning: String {
        switch self {
        case .memberCount: "the number of members"
        case .output: "the cluster's output"
        case .outputShare: "the cluster's share of the economy's output"
        case .exports: "the cluster's exports"
        case .exportShare: "exports as a share of the cluster's output"
        case .worldShare: "the cluster's share of world exports of its products"
        case .rca: "revealed comparative advantage (Balassa RCA; above 1 = more export-specialised than the world)"
        case .locationQuotient: "the location quotient against the reference economy (above 1 = more concentrated here)"
        case .internalLinkage: "the share of members' intermediate sales that stays inside the cluster"
        case .linkageLift: "the linkage lift (internal share of intermediate sales over the members' share of all intermediate purchases; above 1 = members trade with each other more than their size predicts)"
        case .conductance: "conductance (share of the cluster's link weight leaving it; low = well separated)"
        case .density: "density (share of member pairs that are linked)"
        case .outputGini: "the Gini coefficient of member output (0 = equal sizes)"
        case .largestMemberShare: "the largest member's share of the cluster's output"
        case .supportingMembers: "the number of supporting members (members other than the largest that sell at least the rules' share of their intermediate output to other members, or are export-specialised themselves with an RCA of at least 1)"
        case .specialisedMembers: "the number of export-specialised members (RCA of at least 1)"
        case .unspecialisedMembers: "the number of members that are not export-specialised (RCA below 1)"
        case .firmCount: "the number of firms"
        case .hhi: "the Herfindahl–Hirschman index of market concentration (1 = monopoly)"
        case .foreignShare: "the foreign-owned share of output"
        case .smeShare: "the share of output made by small and medium-sized enterprises"
        case .largestFirmShare: "the share of output made by the largest firm"
        case .rdIntensity: "R&D intensity (R&D spending as a share of output)"
        case .businessServicesInputs: "the share of intermediate inputs bought from business services (legal, accounting, consulting, advertising, computer services; not R&D spending)"
        case .outputGrowth: "output growth since the earlier graph"
        case .exportGrowth: "export growth since the earlier graph"
        case .worldShareGrowth: "the growth of the cluster's share of world exports since the earlier graph"
        case .rcaChange: "the change of RCA since the earlier graph"
        case .internalLinkageChange: "the change of internal linkage intensity since the earlier graph"
        }
    }

    /// The value written for people: shares as percentages, growth with a sign.
    public func describe(_ value: Double) -> String {
        switch unit {
        case .share: return Self.decimal(value * 100, digits: abs(value) < 0.01 && value != 0 ? 2 : 1) + " %"
        case .growth: return (value >= 0 ? "+" : "") + Self.decimal(value * 100, digits: 1) + " %"
        case .change: return (value >= 0 ? "+" : "") + Self.decimal(value, digits: 3)
        case .ratio: return Self.decimal(value, digits: 3)
        case .count: return value == value.rounded() ? String(Int(value)) : Self.decimal(value, digits: 1)
        case .amount: return Self.decimal(value, digits: 0)
        }
    }

    public static func < (lhs: Indicator, rhs: Indicator) -> Bool {
        // Declaration order groups indicators by theme, which is the order people read them in.
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// `value` rounded to `digits` decimals, without the locale or a thousands separator.
    public static func decimal(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if digits == 0 { return String(Int(rounded)) }
        let whole = Int(rounded.magnitude)
        let fraction = Int(((rounded.magnitude - Double(whole)) * scale).rounded())
        let padded = String(fraction).count < digits
            ? String(repeating: "0", count: digits - String(fraction).count) + String(fraction) : String(fraction)
        return (rounded < 0 ? "-" : "") + "\(whole).\(padded)"
    }
}

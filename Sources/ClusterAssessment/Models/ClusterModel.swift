/// The four international cluster models of the seed article.
public enum ClusterModel: String, Codable, Sendable, CaseIterable {
    case northAmerican = "north-american"
    case finnish
    case japanese
    case indian

    /// The model's name for people.
    public var title: String {
        switch self {
        case .northAmerican: "North American"
        case .finnish: "Finnish"
        case .japanese: "Japanese"
        case .indian: "Indian"
        }
    }
}

/// The six characteristics whose combination makes a national cluster model (seed article).
public enum Characteristic: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    case internationalisation
    /// Level of market linkage and competition.
    case competition
    case leaderFirms = "leader_firms"
    /// Foreign direct investment.
    case fdi
    case smallBusiness = "small_business"
    case innovation

    /// The characteristic's name for people.
    public var title: String {
        switch self {
        case .internationalisation: "internationalisation"
        case .competition: "market linkage and competition"
        case .leaderFirms: "leader firms"
        case .fdi: "foreign direct investment"
        case .smallBusiness: "small business"
        case .innovation: "innovation"
        }
    }
}

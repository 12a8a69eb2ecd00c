/// What an economy brings to a cluster programme: the conditions the seed article reasons from
/// when it ranks the four models for Kazakhstan. Each is a number in [0, 1].
public enum Precondition: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    case capitalAvailability = "capital_availability"
    case technologyLevel = "technology_level"
    case worldMarketExperience = "world_market_experience"
    case resourceCost = "resource_cost"
    case institutionalSupport = "institutional_support"
    case leaderFirms = "leader_firms"
    case exportOrientation = "export_orientation"
    case fdiOpenness = "fdi_openness"

    /// The precondition's name for people.
    public var title: String {
        switch self {
        case .capitalAvailability: "capital availability"
        case .technologyLevel: "technology level"
        case .worldMarketExperience: "world-market experience"
        case .resourceCost: "resource cost"
        case .institutionalSupport: "institutional support"
        case .leaderFirms: "leader firms"
        case .exportOrientation: "export orientation"
        case .fdiOpenness: "openness to FDI"
        }
    }

    /// What 0 and 1 mean.
    public var scale: String {
        switch self {
        case .capitalAvailability: "0 = no domestic capital for initial investment, 1 = deep capital markets and venture finance"
        case .technologyLevel: "0 = no technology or research base of its own, 1 = a strong research sector and education producing new products"
        case .worldMarketExperience: "0 = firms have never sold on world markets, 1 = firms compete with the world's largest"
        case .resourceCost: "0 = cheap and accessible labour, energy and raw materials, 1 = scarce, expensive resources"
        case .institutionalSupport: "0 = weak market institutions and public support, 1 = mature market institutions, competition and support bodies"
        case .leaderFirms: "0 = no large firm able to lead a chain, 1 = large firms in every region ready to integrate suppliers"
        case .exportOrientation: "0 = production for the home market, far from export routes, 1 = export-oriented with a favourable export location"
        case .fdiOpenness: "0 = closed to foreign investors, 1 = attracts large international firms"
        }
    }
}

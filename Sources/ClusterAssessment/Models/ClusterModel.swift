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

/// What a profile measures. The seed's six characteristics, with its "market linkage and
/// competition" split in two (the seed separates the models by how tightly firms are tied along
/// the chain as well as by how they compete), and three more the seed's model descriptions rest on:
/// dependence on foreign inputs, supporting industries that export, state support.
public enum Characteristic: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    case internationalisation
    /// Flat competition among peers: many firms of the same level, no dominant one.
    case competition
    /// Ties along the chain: how much of the members' sales stay in the chain, and how deep it is.
    case linkage
    /// A leader integrating a supplier hierarchy.
    case leaderFirms = "leader_firms"
    /// Foreign direct investment: foreign ownership of the key firms.
    case fdi
    /// Dependence on foreign inputs: the import content of exports.
    case foreignInputs = "foreign_inputs"
    case smallBusiness = "small_business"
    case innovation
    /// Supporting industries that export themselves.
    case supportingExporters = "supporting_exporters"
    case stateSupport = "state_support"

    /// The characteristic's name for people.
    public var title: String {
        switch self {
        case .internationalisation: "internationalisation"
        case .competition: "competition among peers"
        case .linkage: "ties along the chain"
        case .leaderFirms: "leader firms"
        case .fdi: "foreign direct investment"
        case .foreignInputs: "dependence on foreign inputs"
        case .smallBusiness: "small business"
        case .innovation: "innovation"
        case .supportingExporters: "supporting industries that export"
        case .stateSupport: "state support"
        }
    }

    /// The data that measures the characteristic, for a user whose graph lacks it.
    public var dataNeeded: String {
        switch self {
        case .internationalisation: "`exports` and `output` node attributes, or world exports (`import io --world-exports`) for RCA"
        case .competition: "a firm graph's links (the market-facing firms), or the sectors' `hhi` attribute"
        case .linkage: "links, with `output` on an input-output table for the average propagation length"
        case .leaderFirms: "a firm graph's links (the supplier pyramid), or the sectors' `largest_firm_share` attribute"
        case .fdi: "a `foreign_owned` node attribute (share of output, or 0/1 per firm)"
        case .foreignInputs: "an input-output table with an `imported_inputs` row, `exports` and `output`"
        case .smallBusiness: "an `sme` node attribute (share of output, or 0/1 per firm)"
        case .innovation: "an `rd_intensity` node attribute (R&D spending / output)"
        case .supportingExporters: "a cluster of an input-output table with world exports (`rca`)"
        case .stateSupport: "a `state_support` node attribute (share of output in supported firms, or 0/1 per firm)"
        }
    }
}

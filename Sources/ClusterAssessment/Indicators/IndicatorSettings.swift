/// Choices the indicators depend on, kept in the rules file so a user can change them.
///
/// ```json
/// {"businessServiceSectors": ["69_75", "77_82", "c30"], "supportingShare": 0.1}
/// ```
public struct IndicatorSettings: Codable, Sendable, Equatable {
    /// Keys of the business-services sectors whose share of a cluster's purchases is
    /// `business_services_inputs`: Finland's 69_75 and 77_82, WIOD's c30. Purchases of legal,
    /// accounting, consulting or advertising services are not innovation (under ESA 2010 purchased
    /// R&D is investment, not an intermediate input), so the indicator is reported, not used as one.
    public var businessServiceSectors: [String]
    /// A member other than the largest supports the cluster when at least this share of its
    /// intermediate sales goes to other members (or when it is export-specialised itself).
    public var supportingShare: Double

    public init(businessServiceSectors: [String] = ["69_75", "77_82", "c30"], supportingShare: Double = 0.1) {
        self.businessServiceSectors = businessServiceSectors
        self.supportingShare = supportingShare
    }

    private enum CodingKeys: String, CodingKey { case businessServiceSectors, supportingShare }

    /// Missing keys take the defaults, so a rules file may leave the settings out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = IndicatorSettings()
        businessServiceSectors = try container.decodeIfPresent([String].self, forKey: .businessServiceSectors) ?? defaults.businessServiceSectors
        supportingShare = try container.decodeIfPresent(Double.self, forKey: .supportingShare) ?? defaults.supportingShare
    }
}

/// Choices the indicators depend on, kept in the rules file so a user can change them.
///
/// ```json
/// {"rdSectors": ["69_75", "72", "c30"], "supportingShare": 0.1}
/// ```
public struct IndicatorSettings: Codable, Sendable, Equatable {
    /// Keys of the sectors counted as research and development (or knowledge services) for
    /// `rd_links`: Finland's 69_75, NACE 72, WIOD's c30.
    public var rdSectors: [String]
    /// A member other than the largest counts as supporting when at least this share of its
    /// intermediate sales stays inside the cluster.
    public var supportingShare: Double

    public init(rdSectors: [String] = ["69_75", "72", "M72", "c30"], supportingShare: Double = 0.1) {
        self.rdSectors = rdSectors
        self.supportingShare = supportingShare
    }
}

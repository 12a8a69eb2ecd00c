/// One test of a star rating: the value, the threshold it was compared with, whether it passed,
/// and a sentence saying so.
public struct StarCriterion: Sendable, Equatable {
    /// `size`, `specialisation`, `focus` (European Cluster Observatory) or `strong` (US Cluster Mapping).
    public let name: String
    public let value: Double?
    public let threshold: Double?
    public let met: Bool
    public let reason: String
}

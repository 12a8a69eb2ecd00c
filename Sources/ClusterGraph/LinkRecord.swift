/// A link as users see it. It points the way goods flow: `source` sells to (supplies) `target`,
/// as z_ij in an input-output table.
public struct LinkRecord: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    public var weight: Double
    /// `supplies`, `io`, `strength`, …
    public var kind: String
    public var attributes: [String: AttributeValue]

    public static let defaultKind = "supplies"

    public init(source: String, target: String, weight: Double = 1, kind: String = LinkRecord.defaultKind,
                attributes: [String: AttributeValue] = [:]) {
        self.source = source
        self.target = target
        self.weight = weight
        self.kind = kind
        self.attributes = attributes
    }
}

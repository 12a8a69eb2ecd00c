/// A node as users see it: a sector, firm, institution or region, named by its key.
///
/// ```swift
/// let paper = NodeRecord(key: "17_18", label: "Paper, pulp and printing", kind: "sector",
///                        attributes: ["output": .number(14_560)])
/// ```
public struct NodeRecord: Sendable, Hashable, Codable {
    /// The sector code or firm id; unique within a graph.
    public var key: String
    /// A human-readable name, when there is one.
    public var label: String?
    /// Sector, firm, institution, region, …
    public var kind: String
    /// Typed attributes such as output, exports, employment, foreign-owned, R&D share.
    public var attributes: [String: AttributeValue]

    public static let defaultKind = "sector"

    public init(key: String, label: String? = nil, kind: String = NodeRecord.defaultKind,
                attributes: [String: AttributeValue] = [:]) {
        self.key = key
        self.label = label
        self.kind = kind
        self.attributes = attributes
    }
}

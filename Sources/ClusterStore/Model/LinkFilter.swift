/// Which stored links ``LinkageStore/links(graph:filter:)`` returns.
///
/// ```swift
/// try store.links(graph: "fi2014", filter: LinkFilter(to: "17_18", limit: 5))  // the top five suppliers
/// ```
public struct LinkFilter: Sendable, Hashable {
    /// Only links leaving this node key.
    public var from: String?
    /// Only links entering this node key.
    public var to: String?
    public var kind: String?
    /// Only links with at least this weight.
    public var minWeight: Double?
    /// At most this many links (the heaviest).
    public var limit: Int?

    public init(from: String? = nil, to: String? = nil, kind: String? = nil, minWeight: Double? = nil, limit: Int? = nil) {
        self.from = from
        self.to = to
        self.kind = kind
        self.minWeight = minWeight
        self.limit = limit
    }
}

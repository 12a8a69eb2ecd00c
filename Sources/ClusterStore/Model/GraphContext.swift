/// What a graph stands for: the economy it describes, the year and the unit of its values.
/// Any of them may be unknown (nil).
///
/// `compare` reads them to tell a series of one economy from a cross-section of one year, and to
/// refuse graphs in different units.
///
/// ```swift
/// try store.setContext(GraphContext(economy: "FIN", year: 2011, unit: "USD million"), of: "FIN-2011")
/// ```
public struct GraphContext: Sendable, Hashable {
    public var economy: String?
    public var year: Int?
    public var unit: String?

    public init(economy: String? = nil, year: Int? = nil, unit: String? = nil) {
        self.economy = economy
        self.year = year
        self.unit = unit
    }

    /// True when nothing is known.
    public var isEmpty: Bool { economy == nil && year == nil && unit == nil }
}

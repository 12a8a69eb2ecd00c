/// An attribute name of a graph's nodes or links, and whether every value it holds is a number
/// (GraphML and GEXF declare it `double` then, else `string`).
public struct AttributeColumn: Sendable, Hashable {
    public let name: String
    public let isNumeric: Bool

    public init(name: String, isNumeric: Bool) {
        self.name = name
        self.isNumeric = isNumeric
    }
}

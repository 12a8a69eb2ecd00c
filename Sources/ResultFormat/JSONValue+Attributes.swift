import ClusterGraph

extension JSONValue {
    /// An attribute value as JSON: a number, a string, a boolean or a list.
    public init(_ value: AttributeValue) {
        switch value {
        case .number(let number): self = .number(number)
        case .integer(let number): self = .integer(number)
        case .text(let text): self = .string(text)
        case .boolean(let flag): self = .bool(flag)
        case .list(let values): self = .array(values.map(JSONValue.init))
        }
    }

    /// Attributes as an object with names in sorted order, so output is the same every run.
    public static func attributes(_ attributes: [String: AttributeValue]) -> JSONValue {
        .object(attributes.sorted { $0.key < $1.key }.map { ($0.key, JSONValue($0.value)) })
    }
}

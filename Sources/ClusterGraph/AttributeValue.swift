/// The value of a node or link attribute: a number (output, exports, employment, R&D share) or text.
///
/// A missing value is represented by the attribute being absent, never by zero.
public enum AttributeValue: Sendable, Hashable, Codable {
    case number(Double)
    case text(String)

    /// The numeric value, or nil for text.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The text value, or nil for a number.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        }
    }
}

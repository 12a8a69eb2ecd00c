/// The value of a node or link attribute: a number (output, exports, employment, R&D share), an
/// exact integer, text, a boolean, or a list of such values.
///
/// A missing value is represented by the attribute being absent, never by zero; the empty string
/// is a value of its own.
///
/// ```swift
/// let firm: [String: AttributeValue] = ["output": .number(12.5), "founded": .integer(1987),
///                                       "foreign_owned": .boolean(false), "tags": .list([.text("pulp")])]
/// ```
public enum AttributeValue: Sendable, Hashable, Codable {
    /// A floating-point number.
    case number(Double)
    case text(String)
    /// An exact 64-bit integer.
    case integer(Int64)
    case boolean(Bool)
    case list([AttributeValue])

    /// The numeric value (an integer as a `Double`), or nil for other kinds of value.
    public var number: Double? {
        switch self {
        case .number(let value): return value
        case .integer(let value): return Double(value)
        default: return nil
        }
    }

    /// The text value, or nil for other kinds of value.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// Whether the value is a number (floating-point or integer).
    public var isNumeric: Bool { number != nil }

    /// Whether the store can keep the value: every number in it is finite.
    public var isStorable: Bool {
        switch self {
        case .number(let value): return value.isFinite
        case .list(let values): return values.allSatisfy(\.isStorable)
        default: return true
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .boolean(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .list(try container.decode([AttributeValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .boolean(let value): try container.encode(value)
        case .list(let values): try container.encode(values)
        }
    }
}

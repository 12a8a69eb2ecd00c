import ClusterGraph

/// A JSON document with ordered object keys, written byte-for-byte the same for the same value.
///
/// Commands build their JSON from this instead of `JSONEncoder` so key order is the order the
/// CLI contract documents, and numbers are written as numbers: integral values without a
/// fraction (`3`), others in the shortest form that reads back exactly (`0.4197896`).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    /// An exact 64-bit integer (query results keep integers beyond 2^53 exact).
    case integer(Int64)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// A number, or `null` for NaN and infinities (which JSON cannot hold).
    public static func number(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    public static func number(_ value: Int) -> JSONValue { .number(Double(value)) }

    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// The compact serialisation followed by nothing; `pretty` indents by two spaces.
    public func serialized(pretty: Bool = false) -> String {
        // Writing into memory cannot fail.
        BufferedWriter.text { try? write(to: $0, pretty: pretty) }
    }

    /// Writes the serialisation into `writer`, as ``serialized(pretty:)`` returns it; `indent` is
    /// the nesting depth the value stands at (for a value inside a document streamed piece by piece).
    public func write(to writer: BufferedWriter, pretty: Bool = false, indent: Int = 0) throws {
        switch self {
        case .null: try writer.write("null")
        case .bool(let value): try writer.write(value ? "true" : "false")
        case .number(let value): try writer.writeNumber(value)
        case .integer(let value): try writer.write(String(value))
        case .string(let value): try writer.writeJSONString(value)
        case .array(let values):
            if values.isEmpty { try writer.write("[]"); return }
            try writer.write(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                try Self.writeSeparator(first: index == 0, to: writer, pretty: pretty, indent: indent + 1)
                try value.write(to: writer, pretty: pretty, indent: indent + 1)
            }
            try Self.writeClosing("]", to: writer, pretty: pretty, indent: indent)
        case .object(let members):
            if members.isEmpty { try writer.write("{}"); return }
            try writer.write(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                try Self.writeSeparator(first: index == 0, to: writer, pretty: pretty, indent: indent + 1)
                try writer.writeJSONString(key)
                try writer.write(pretty ? ": " : ":")
                try value.write(to: writer, pretty: pretty, indent: indent + 1)
            }
            try Self.writeClosing("}", to: writer, pretty: pretty, indent: indent)
        }
    }

    /// What stands before an element of an array or object: a comma after the first, and in
    /// pretty form a new line indented to the element's depth.
    static func writeSeparator(first: Bool, to writer: BufferedWriter, pretty: Bool, indent: Int) throws {
        if !first { try writer.write(UInt8(ascii: ",")) }
        if pretty { try writeNewLine(to: writer, indent: indent) }
    }

    static func writeClosing(_ bracket: String, to writer: BufferedWriter, pretty: Bool, indent: Int) throws {
        if pretty { try writeNewLine(to: writer, indent: indent) }
        try writer.write(bracket)
    }

    private static func writeNewLine(to writer: BufferedWriter, indent: Int) throws {
        try writer.write(UInt8(ascii: "\n"))
        for _ in 0..<indent { try writer.write("  ") }
    }

    /// Formats a finite number: integral values up to 2^53 without a fraction.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}

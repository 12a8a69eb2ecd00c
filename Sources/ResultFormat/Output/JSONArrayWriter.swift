/// A JSON array written element by element into a ``BufferedWriter``, for documents too large
/// to build as one ``JSONValue``: the bytes are exactly those ``JSONValue/serialized(pretty:)``
/// gives for the same array at the same depth.
///
/// ```swift
/// var rows = try JSONArrayWriter(writer, pretty: false, indent: 1)
/// for row in table { try rows.append(.array(row)) }
/// try rows.finish()
/// ```
public struct JSONArrayWriter {
    private let writer: BufferedWriter
    private let pretty: Bool
    private let indent: Int
    private var count = 0

    /// Writes `[`; `indent` is the depth the array itself stands at.
    public init(_ writer: BufferedWriter, pretty: Bool, indent: Int) throws {
        self.writer = writer
        self.pretty = pretty
        self.indent = indent
        try writer.write(UInt8(ascii: "["))
    }

    public mutating func append(_ value: JSONValue) throws {
        try startElement()
        try value.write(to: writer, pretty: pretty, indent: indent + 1)
    }

    /// Appends an object written member by member.
    public mutating func appendObject(_ body: (inout JSONObjectWriter) throws -> Void) throws {
        try startElement()
        var object = try JSONObjectWriter(writer, pretty: pretty, indent: indent + 1)
        try body(&object)
        try object.finish()
    }

    /// Writes `]` (an empty array stays `[]`).
    public func finish() throws {
        if count == 0 {
            try writer.write(UInt8(ascii: "]"))
        } else {
            try JSONValue.writeClosing("]", to: writer, pretty: pretty, indent: indent)
        }
    }

    private mutating func startElement() throws {
        try JSONValue.writeSeparator(first: count == 0, to: writer, pretty: pretty, indent: indent + 1)
        count += 1
    }
}

/// A JSON object written member by member into a ``BufferedWriter``, with values given as
/// ``JSONValue``s, as UTF-8 bytes straight from a database row, or as a nested streamed array;
/// the bytes are exactly those ``JSONValue/serialized(pretty:)`` gives for the same object.
///
/// ```swift
/// var link = try JSONObjectWriter(writer, pretty: true, indent: 2)
/// try link.member("source", string: sourceBytes)
/// try link.member("weight", .number(3.25))
/// try link.finish()
/// ```
public struct JSONObjectWriter {
    private let writer: BufferedWriter
    private let pretty: Bool
    private let indent: Int
    private var count = 0

    /// Writes `{`; `indent` is the depth the object itself stands at.
    public init(_ writer: BufferedWriter, pretty: Bool, indent: Int) throws {
        self.writer = writer
        self.pretty = pretty
        self.indent = indent
        try writer.write(UInt8(ascii: "{"))
    }

    public mutating func member(_ name: String, _ value: JSONValue) throws {
        try startMember(name)
        try value.write(to: writer, pretty: pretty, indent: indent + 1)
    }

    /// A string member whose value is UTF-8 bytes.
    public mutating func member(_ name: String, string bytes: UnsafeBufferPointer<UInt8>) throws {
        try startMember(name)
        try writer.writeJSONString(bytes)
    }

    /// A member whose value is an array streamed element by element.
    public mutating func memberArray(_ name: String, _ body: (inout JSONArrayWriter) throws -> Void) throws {
        var array = try openArray(name)
        try body(&array)
        try array.finish()
    }

    /// Starts a member whose value is an array and returns its writer, for elements that arrive
    /// after this call returns; finish the array before the next member or the object.
    public mutating func openArray(_ name: String) throws -> JSONArrayWriter {
        try startMember(name)
        return try JSONArrayWriter(writer, pretty: pretty, indent: indent + 1)
    }

    /// Writes `}` (an empty object stays `{}`).
    public func finish() throws {
        if count == 0 {
            try writer.write(UInt8(ascii: "}"))
        } else {
            try JSONValue.writeClosing("}", to: writer, pretty: pretty, indent: indent)
        }
    }

    private mutating func startMember(_ name: String) throws {
        try JSONValue.writeSeparator(first: count == 0, to: writer, pretty: pretty, indent: indent + 1)
        count += 1
        try writer.writeJSONString(name)
        try writer.write(pretty ? ": " : ":")
    }
}

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
    private var container: JSONContainer

    /// Writes `{`; `indent` is the depth the object itself stands at.
    public init(_ writer: BufferedWriter, pretty: Bool, indent: Int) throws {
        container = try JSONContainer(writer, pretty: pretty, indent: indent, opening: "{")
    }

    public mutating func member(_ name: String, _ value: JSONValue) throws {
        try startMember(name)
        try value.write(to: container.writer, pretty: container.pretty, indent: container.indent + 1)
    }

    /// A string member whose value is UTF-8 bytes.
    public mutating func member(_ name: String, string bytes: UnsafeBufferPointer<UInt8>) throws {
        try startMember(name)
        try container.writer.writeJSONString(bytes)
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
        return try JSONArrayWriter(container.writer, pretty: container.pretty, indent: container.indent + 1)
    }

    /// Writes `}` (an empty object stays `{}`).
    public func finish() throws {
        try container.finish(closing: "}")
    }

    private mutating func startMember(_ name: String) throws {
        try container.startItem()
        try container.writer.writeJSONString(name)
        try container.writer.write(container.pretty ? ": " : ":")
    }
}

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
    private var container: JSONContainer

    /// Writes `[`; `indent` is the depth the array itself stands at.
    public init(_ writer: BufferedWriter, pretty: Bool, indent: Int) throws {
        container = try JSONContainer(writer, pretty: pretty, indent: indent, opening: "[")
    }

    /// Appends one element.
    public mutating func append(_ value: JSONValue) throws {
        try container.startItem()
        try value.write(to: container.writer, pretty: container.pretty, indent: container.indent + 1)
    }

    /// Appends an object written member by member.
    public mutating func appendObject(_ body: (inout JSONObjectWriter) throws -> Void) throws {
        try container.startItem()
        var object = try JSONObjectWriter(container.writer, pretty: container.pretty, indent: container.indent + 1)
        try body(&object)
        try object.finish()
    }

    /// Writes `]` (an empty array stays `[]`).
    public func finish() throws {
        try container.finish(closing: "]")
    }
}

/// What a JSON array and a JSON object streamed into a ``BufferedWriter`` share: the writer, the
/// layout, and how many items were written, so that both separate, indent and close exactly as
/// ``JSONValue/serialized(pretty:)`` does.
struct JSONContainer {
    let writer: BufferedWriter
    let pretty: Bool
    /// The depth the container itself stands at; its items stand one deeper.
    let indent: Int
    private var count = 0

    /// Writes the opening bracket (`[` or `{`).
    init(_ writer: BufferedWriter, pretty: Bool, indent: Int, opening: String) throws {
        self.writer = writer
        self.pretty = pretty
        self.indent = indent
        try writer.write(opening)
    }

    /// Writes the separator before the next item.
    mutating func startItem() throws {
        try JSONValue.writeSeparator(first: count == 0, to: writer, pretty: pretty, indent: indent + 1)
        count += 1
    }

    /// Writes the closing bracket (an empty container stays `[]` or `{}`).
    func finish(closing: String) throws {
        if count == 0 {
            try writer.write(closing)
        } else {
            try JSONValue.writeClosing(closing, to: writer, pretty: pretty, indent: indent)
        }
    }
}

/// Keeps everything written in memory: for tests, small documents (``JSONValue/serialized(pretty:)``)
/// and servers that send a body whole.
///
/// ```swift
/// let sink = MemorySink()
/// try JSONValue.number(3).write(to: BufferedWriter(sink))   // then finish()
/// print(sink.text)
/// ```
public final class MemorySink: ByteSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    public func finish() throws {}

    /// The bytes as UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension BufferedWriter {
    /// Runs `body` with a writer into memory and returns what it wrote as text.
    ///
    /// ```swift
    /// let line = BufferedWriter.text { try $0.writeCSVField("a,b") }   // "\"a,b\""
    /// ```
    public static func text(capacity: Int = 4096, _ body: (BufferedWriter) throws -> Void) rethrows -> String {
        let sink = MemorySink()
        let writer = BufferedWriter(sink, capacity: capacity)
        try body(writer)
        // A memory sink never fails.
        try? writer.finish()
        return sink.text
    }
}

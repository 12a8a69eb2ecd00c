/// Collects output bytes in one fixed buffer and hands them to a ``ByteSink`` in large blocks:
/// one system call per buffer, however many rows or fields are written.
///
/// Format writers call the `write` methods (and the format-specific ones such as
/// ``writeCSVField(_:)-(String)`` and ``writeJSONString(_:)-(String)``) as rows arrive; ``finish()`` flushes the
/// rest and lets the sink close, so a write error anywhere — including the last flush — throws.
///
/// ```swift
/// let sink = MemorySink()
/// let writer = BufferedWriter(sink)
/// try writer.write("source,target\n")
/// try writer.writeCSVField("Quarry, north")
/// try writer.finish()
/// // sink.bytes == Array("source,target\n\"Quarry, north\"".utf8)
/// ```
public final class BufferedWriter {
    /// 256 KiB: large enough that writing costs one system call per several thousand rows,
    /// small enough to stay in cache.
    public static let defaultCapacity = 1 << 18

    @usableFromInline let storage: UnsafeMutablePointer<UInt8>
    @usableFromInline let capacity: Int
    @usableFromInline var count = 0
    private let sink: any ByteSink

    public init(_ sink: any ByteSink, capacity: Int = defaultCapacity) {
        self.sink = sink
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// Appends `bytes`; a block larger than the buffer goes to the sink directly.
    @inlinable
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if bytes.count > capacity - count {
            try flush()
            if bytes.count >= capacity {
                try writeThrough(bytes)
                return
            }
        }
        if let base = bytes.baseAddress {
            (storage + count).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        }
        count += bytes.count
    }

    @inlinable
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        try write(UnsafeRawBufferPointer(bytes))
    }

    @inlinable
    public func write(_ byte: UInt8) throws {
        if count == capacity { try flush() }
        storage[count] = byte
        count += 1
    }

    /// Appends `bytes` (a rendered image, a document made whole).
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Appends the UTF-8 bytes of `text`.
    @inlinable
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Hands the buffered bytes to the sink.
    public func flush() throws {
        guard count > 0 else { return }
        let pending = count
        count = 0
        try sink.write(UnsafeRawBufferPointer(start: storage, count: pending))
    }

    /// Flushes and lets the sink close: the output is complete only when this returns.
    public func finish() throws {
        try flush()
        try sink.finish()
    }

    @usableFromInline
    func writeThrough(_ bytes: UnsafeRawBufferPointer) throws {
        try sink.write(bytes)
    }
}

/// Where a ``BufferedWriter``'s bytes go: a file replaced atomically (``OutputFile``), a device or
/// standard output (``FileDescriptorSink``), memory (``MemorySink``), or an HTTP response body.
///
/// Writers that produce a format (CSV, JSON, GraphML, …) write into a ``BufferedWriter`` and never
/// know which sink is behind it, so the same export streams to a file, a pipe or a web client.
///
/// ```swift
/// final class CountingSink: ByteSink {
///     var count = 0
///     func write(_ bytes: UnsafeRawBufferPointer) throws { count += bytes.count }
///     func finish() throws {}
/// }
/// ```
public protocol ByteSink: AnyObject {
    /// Takes all of `bytes` (the writer's buffer, reused after the call: copy what you keep) or throws.
    func write(_ bytes: UnsafeRawBufferPointer) throws

    /// Called once after the last write: makes the bytes visible and durable (closes a file,
    /// renames it into place). Throws when that fails, so a failed flush is never a success.
    func finish() throws
}

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes to an open file descriptor such as standard output.
/// Every byte is written or the write throws (`/dev/full` fails instead of losing the output).
///
/// ```swift
/// let writer = BufferedWriter(FileDescriptorSink.standardOutput)
/// try writer.write("done\n")
/// try writer.finish()
/// ```
public final class FileDescriptorSink: ByteSink {
    public let descriptor: Int32
    /// The path or name used in error messages (`standard output`).
    public let name: String

    /// A sink to `descriptor`, which stays open (its owner closes it).
    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    public static var standardOutput: FileDescriptorSink {
        FileDescriptorSink(descriptor: STDOUT_FILENO, name: standardOutputName)
    }

    static let standardOutputName = "standard output"

    /// Writes all of `bytes` to standard output, unbuffered (for short messages between streamed output).
    public static func writeToStandardOutput(_ bytes: UnsafeRawBufferPointer) throws {
        try writeAll(bytes, to: STDOUT_FILENO, name: standardOutputName, unchanged: false)
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        try Self.writeAll(bytes, to: descriptor, name: name, unchanged: false)
    }

    /// Nothing to do: every byte was written when ``write(_:)`` returned.
    public func finish() throws {}

    /// Writes all of `bytes`, retrying after interruptions and short writes.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, name: String, unchanged: Bool) throws {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = systemWrite(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError.writeFailed(path: name, reason: SystemError.text(errno), unchanged: unchanged)
            }
            if written == 0 { throw OutputError.writeFailed(path: name, reason: "the device accepted no more bytes", unchanged: unchanged) }
            next += written
            left -= written
        }
    }
}

/// The system's words for an `errno` value.
enum SystemError {
    static func text(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

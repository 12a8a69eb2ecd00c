#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way ClusterNet writes a file a user named (`--output`): safe for the file that was
/// there and for the database.
///
/// - A regular file (or a path that does not exist yet) is written to a temporary file in the
///   same folder, flushed to disk and renamed over the path only when every byte was written: a
///   failed or interrupted command leaves the old file as it was. The new file keeps the old
///   one's permissions (and owner, where the user may set it).
/// - A symbolic link is followed: its target is written as above and the link stays a link.
/// - A device, FIFO or socket is written in place (never replaced): `/dev/stdout`, a named pipe,
///   `/dev/full` (which fails, as it should).
/// - The database and its `-wal`, `-shm` and `-journal` files are refused, compared by device
///   and inode for files that exist and by resolved path for files that do not exist yet.
/// - Every failed write, flush, close or rename throws ``OutputError``.
///
/// ```swift
/// try OutputFile.write(to: "graph.graphml", protecting: ["clusternet.sqlite"]) { writer in
///     try writer.write("<graphml>…</graphml>\n")
/// }
/// ```
public final class OutputFile: ByteSink {
    /// The path as the user gave it (error messages quote it).
    public let path: String
    private var descriptor: Int32
    /// Set when the output replaces `destination` by renaming `temporary` over it.
    private let replacement: (temporary: String, destination: String)?

    /// Opens `path` for writing, refusing every file of the databases in `protected`.
    public init(path: String, protecting protected: [String] = []) throws {
        self.path = path
        let target = try Self.target(path, protecting: protected)
        if target.writesInPlace {
            descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
            guard descriptor >= 0 else { throw OutputError.cannotOpen(path: path, reason: SystemError.text(errno)) }
            replacement = nil
        } else {
            let (descriptor, temporary) = try Self.createTemporary(beside: target, path: path)
            self.descriptor = descriptor
            replacement = (temporary, target.path)
        }
    }

    deinit { discard() }

    /// Throws what opening `path` would throw (the database refused, a missing folder, a folder
    /// given as the file) without creating anything: for commands that compute long before they
    /// write.
    public static func check(_ path: String, protecting protected: [String] = []) throws {
        _ = try target(path, protecting: protected)
    }

    private static func target(_ path: String, protecting protected: [String]) throws -> OutputTarget {
        guard !path.isEmpty else { throw OutputError.cannotOpen(path: path, reason: "the path is empty") }
        let target = try OutputTarget(path)
        for database in protected { try target.refuse(database: database, path: path) }
        return target
    }

    /// Runs `body` with a buffered writer to `path`, then finishes the file; when `body` or
    /// a write throws, the file is discarded (the old one stays) and the error passes on.
    public static func write(to path: String, protecting protected: [String] = [],
                             _ body: (BufferedWriter) throws -> Void) throws {
        let file = try OutputFile(path: path, protecting: protected)
        do {
            let writer = BufferedWriter(file)
            try body(writer)
            try writer.finish()
        } catch {
            file.discard()
            throw error
        }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        try FileDescriptorSink.writeAll(bytes, to: descriptor, name: path, unchanged: replacement != nil)
    }

    /// Flushes the file to disk, closes it and, for a replaced file, renames it into place.
    public func finish() throws {
        guard descriptor >= 0 else { throw OutputError.writeFailed(path: path, reason: "it was already closed", unchanged: true) }
        let closing = descriptor
        descriptor = -1
        guard let replacement else {
            if close(closing) != 0 { throw OutputError.writeFailed(path: path, reason: SystemError.text(errno), unchanged: false) }
            return
        }
        // Flushed before the rename: after a crash the path holds the old bytes or all the new ones.
        var failure = fsync(closing) == 0 ? nil : errno
        if close(closing) != 0, failure == nil { failure = errno }
        if failure == nil, rename(replacement.temporary, replacement.destination) != 0 { failure = errno }
        if let failure {
            unlink(replacement.temporary)
            throw OutputError.writeFailed(path: path, reason: SystemError.text(failure), unchanged: true)
        }
    }

    /// Closes without putting anything in place: a temporary file is removed.
    public func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        if let replacement { unlink(replacement.temporary) }
    }

    /// A new hidden file in the target's folder, with the old file's permissions and owner when
    /// it replaces one (else the default permissions under the umask).
    private static func createTemporary(beside target: OutputTarget, path: String) throws -> (Int32, String) {
        let folder = OutputTarget.folder(of: target.path)
        for _ in 0..<16 {
            let name = folder + "/.clusternet-\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16)).tmp"
            let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw OutputError.cannotOpen(path: path, reason: "\(SystemError.text(errno)) (creating a file in '\(folder)')")
            }
            if let existing = target.status {
                // Owner first: changing it may clear set-id bits that the mode then restores.
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)
                _ = fchmod(descriptor, existing.st_mode & 0o7777)
            }
            return (descriptor, name)
        }
        throw OutputError.cannotOpen(path: path, reason: "no free temporary name in '\(folder)'")
    }
}

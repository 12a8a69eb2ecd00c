#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an output path names once symbolic links are followed: a new file, an existing regular
/// file (both replaced through a temporary file), or a device, FIFO or socket (written in place).
struct OutputTarget {
    /// The path to create or replace: the given one with every symbolic link of its last
    /// component followed. For a file written in place, the given path.
    let path: String
    /// The status of the existing file (after following links), nil when there is none yet.
    let status: stat?

    /// Devices, FIFOs and sockets are written where they are; replacing one would turn it into a
    /// regular file.
    var writesInPlace: Bool {
        guard let status else { return false }
        return !Self.isRegular(status)
    }

    init(_ given: String) throws {
        var info = stat()
        if stat(given, &info) == 0 {
            if Self.type(info) == S_IFDIR { throw OutputError.isAFolder(path: given) }
            // Links such as /dev/stdout → /proc/self/fd/1 → "pipe:[…]" name no file to replace.
            path = Self.isRegular(info) ? try Self.followingLinks(given) : given
            status = info
            return
        }
        guard errno == ENOENT || errno == ENOTDIR else { throw OutputError.cannotOpen(path: given, reason: SystemError.text(errno)) }
        // A new file, or a dangling link: the file is created where the link points.
        path = try Self.followingLinks(given)
        status = nil
        let folder = Self.folder(of: path)
        if stat(folder, &info) != 0 {
            if errno == ENOENT { throw OutputError.missingFolder(path: given, folder: folder) }
            if errno == ENOTDIR { throw OutputError.notAFolder(path: given, folder: folder) }
            throw OutputError.cannotOpen(path: given, reason: SystemError.text(errno))
        }
        if Self.type(info) != S_IFDIR { throw OutputError.notAFolder(path: given, folder: folder) }
    }

    /// Throws when this target is `database` or one of its companion files.
    func refuse(database: String, path given: String) throws {
        let canonical = Self.canonical(path)
        // SQLite names the companion files after the database file a link points to.
        let names = Set([database, (try? Self.followingLinks(database)) ?? database])
        for name in names {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                try refuse(file: name + suffix, canonical: canonical, database: database, path: given)
            }
        }
    }

    private func refuse(file: String, canonical: String?, database: String, path given: String) throws {
        var info = stat()
        let sameFile = status.map { mine in stat(file, &info) == 0 && info.st_dev == mine.st_dev && info.st_ino == mine.st_ino } ?? false
        if sameFile || (canonical != nil && canonical == Self.canonical(file)) {
            throw OutputError.isTheStore(path: given, store: database)
        }
    }

    /// The folder a path's last component is in (`.` for a bare name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = path[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }

    /// The path with its folder resolved to an absolute path without links (the last component
    /// kept as it is), so two spellings of one file compare equal; nil when the folder does not exist.
    static func canonical(_ path: String) -> String? {
        guard let folder = realpath(Self.folder(of: path), nil) else { return nil }
        defer { free(folder) }
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        return String(cString: folder) + "/" + name
    }

    /// `path` with its last component followed through symbolic links (at most 40, as the kernel allows).
    private static func followingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, type(info) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw OutputError.cannotOpen(path: path, reason: SystemError.text(errno)) }
            let link = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : folder(of: current) + "/" + link
        }
        throw OutputError.cannotOpen(path: path, reason: "too many levels of symbolic links")
    }

    private static func type(_ info: stat) -> mode_t { info.st_mode & S_IFMT }
    private static func isRegular(_ info: stat) -> Bool { type(info) == S_IFREG }
}

import Foundation
import GRDB

/// The database file on disk: whether it and its folder can be written, its WAL side files
/// (`-wal`, `-shm`), and how to open it read-only without leaving side files behind.
///
/// SQLite reads a WAL-mode file through its `-shm` index. A read-only connection creates `-wal`
/// and `-shm` when they are missing but cannot remove them when it closes (removing needs the
/// exclusive lock, which a read-only file descriptor cannot take), and in a folder it cannot
/// write it cannot create them at all, so the read fails. Hence three ways to read:
///
/// | file and folder | side files | opened as |
/// |---|---|---|
/// | writable | any | `SQLITE_OPEN_READONLY`; if the side files were absent, one read-write connection opens and closes afterwards, so SQLite's own last-connection cleanup (under its exclusive lock) removes them |
/// | either read-only | present | `SQLITE_OPEN_READONLY`, using the side files a writer keeps |
/// | either read-only | absent | `?immutable=1`: no locks, no side files. Safe because no connection has the file open (it would have created them); a writer that starts while we read could show us a half-written state — the price of reading a store nobody lets us write |
///
/// `?mode=ro` is the URI spelling of `SQLITE_OPEN_READONLY` and behaves the same.
struct StoreFile: Sendable {
    let path: String

    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Whether this process may write the file (when it exists) and create files in its folder.
    /// Nil when both hold; otherwise why not, in words for the user.
    var whyNotWritable: String? {
        if exists, access(path, W_OK) != 0 { return "the file is read-only" + Self.reason(errno) }
        if access(folder, W_OK) != 0 { return "its folder '\(folder)' is read-only" + Self.reason(errno) }
        return nil
    }

    var folder: String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    var hasSideFiles: Bool {
        FileManager.default.fileExists(atPath: path + "-wal") || FileManager.default.fileExists(atPath: path + "-shm")
    }

    /// How to open the file read-only: the path to give SQLite and whether to tidy up after.
    func readOnlyPlan() -> (sqlitePath: String, removeSideFiles: Bool) {
        let sideFiles = hasSideFiles
        if whyNotWritable == nil { return (path, !sideFiles) }
        if sideFiles { return (path, false) }
        return (immutableURI, false)
    }

    /// `file:PATH?immutable=1`, the path percent-encoded as SQLite's URI rules require.
    var immutableURI: String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    /// Opens one read-write connection, reads, and closes it: as the last connection it
    /// checkpoints and removes `-wal` and `-shm` under SQLite's exclusive lock. When another
    /// process still has the file open, the lock fails and the files stay for that process.
    func removeSideFilesIfUnused() {
        guard let queue = try? DatabaseQueue(path: path) else { return }
        _ = try? queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        try? queue.close()
    }

    private static func reason(_ code: Int32) -> String {
        code == EROFS ? " (a read-only file system)" : ""
    }
}

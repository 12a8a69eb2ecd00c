import ClusterStore
import Foundation

/// The store's revision (``ClusterStore/LinkageStore/revision()``), read again only when the
/// database file or its write-ahead log has changed on disk: every commit writes the log and every
/// checkpoint the file, so an unchanged size, inode and modification time of both means an
/// unchanged store, and a request answered from the cache costs two `stat` calls instead of a
/// database read.
///
/// A commit becomes visible a moment after its last write to the log, so a revision read while
/// the files changed within the last ``settle`` seconds is used but not kept.
final class StoreRevision: Sendable {
    static let settle = 0.1

    private struct Stamp: Equatable {
        var files: [String]
        var newest: Double
    }

    private let store: LinkageStore
    private let paths: [String]
    // Guarded by `lock`.
    private let lock = NSLock()
    nonisolated(unsafe) private var kept: (stamp: Stamp, revision: String)?

    init(store: LinkageStore) {
        self.store = store
        paths = [store.path, store.path + "-wal"]
    }

    /// The revision; `read` runs the database read when the files changed.
    func current(read: (@escaping @Sendable () throws -> String) async throws -> String) async throws -> String {
        let before = stamp()
        if let kept = lock.withLock({ kept }), kept.stamp == before { return kept.revision }
        let store = store
        let revision = try await read { try store.revision() }
        if stamp() == before, Date().timeIntervalSince1970 - before.newest > Self.settle {
            lock.withLock { kept = (before, revision) }
        }
        return revision
    }

    private func stamp() -> Stamp {
        var files: [String] = []
        var newest = 0.0
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { files.append("-"); continue }
            let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            newest = max(newest, modified)
            files.append("\(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
        }
        return Stamp(files: files, newest: newest)
    }
}

import Foundation

/// A file read front to back in chunks, so that a reader holds a window of it rather than all of it.
///
/// ```swift
/// let file = try ChunkedFile(path: "links.csv")
/// var bytes: [UInt8] = []
/// while file.read(appendingTo: &bytes, count: 1 << 20) { … }
/// ```
public final class ChunkedFile: @unchecked Sendable {
    /// Why a file could not be opened: it does not exist, or it cannot be read.
    public struct OpenError: Error, Sendable {
        public let path: String
        public let exists: Bool
    }

    private let handle: FileHandle
    /// The file's size in bytes when it was opened.
    public let size: Int

    public init(path: String) throws(OpenError) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard exists, !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
            throw OpenError(path: path, exists: exists)
        }
        self.handle = handle
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    deinit { try? handle.close() }

    /// Appends up to `count` more bytes of the file to `bytes`.
    /// - Returns: false once the end of the file is reached (what was left has been appended).
    @discardableResult
    public func read(appendingTo bytes: inout [UInt8], count: Int) -> Bool {
        var wanted = count
        while wanted > 0 {
            guard let data = try? handle.read(upToCount: wanted), !data.isEmpty else { return false }
            bytes.append(contentsOf: data)
            wanted -= data.count
        }
        return true
    }
}

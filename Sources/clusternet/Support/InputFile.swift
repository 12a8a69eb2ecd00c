import ClusterStore
import Foundation

/// Reads an input file named on the command line.
enum InputFile {
    /// The whole file, or ``StoreError/cannotReadFile(path:reason:)`` saying why not.
    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try read(path))
    }

    /// The whole file as `Data`, or ``StoreError/cannotReadFile(path:reason:)`` saying why not.
    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "it is not readable" : "there is no such file"
            throw StoreError.cannotReadFile(path: path, reason: reason)
        }
    }
}

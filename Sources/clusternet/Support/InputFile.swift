import ClusterGraph
import Foundation

/// Reads a file the user named on the command line, with an error that names it.
enum InputFile {
    struct ReadError: UserFacingError {
        let path: String
        var description: String { "cannot read \(path): check that the file exists and is readable." }
    }

    static func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError(path: path) }
        return data
    }
}

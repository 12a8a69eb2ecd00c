import ClusterGraph

/// Output that cannot be written: the message names the path, says why, and what to do.
public enum OutputError: UserFacingError, Equatable {
    /// The path is the store itself or one of its companion files (`-wal`, `-shm`, `-journal`).
    case isTheStore(path: String, store: String)
    case missingFolder(path: String, folder: String)
    case notAFolder(path: String, folder: String)
    case isAFolder(path: String)
    /// Opening or creating failed; `reason` is the system's word for it.
    case cannotOpen(path: String, reason: String)
    /// A write, flush, close or the final rename failed; `unchanged` when the path still holds
    /// what it held before (a replaced file), false when bytes went to it in place (a device).
    case writeFailed(path: String, reason: String, unchanged: Bool)

    public var description: String {
        switch self {
        case .isTheStore(let path, let store):
            return "'\(path)' is the database '\(store)' or one of its files; writing there would destroy it, so choose another output file"
        case .missingFolder(let path, let folder):
            return "cannot write '\(path)': the folder '\(folder)' does not exist; create it first or choose another path"
        case .notAFolder(let path, let folder):
            return "cannot write '\(path)': '\(folder)' is not a folder"
        case .isAFolder(let path):
            return "cannot write '\(path)': it is a folder; name a file inside it"
        case .cannotOpen(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .writeFailed(let path, let reason, let unchanged):
            let name = path == FileDescriptorSink.standardOutputName ? path : "'\(path)'"
            return "writing \(name) failed: \(reason); " + (unchanged ? "the file was left as it was" : "the output is incomplete")
        }
    }
}

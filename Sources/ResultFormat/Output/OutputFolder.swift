#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder a command writes several files into (`report --output DIR`), created with its
/// parents when missing; errors are ``OutputError``s naming the folder, not Foundation's text.
///
/// ```swift
/// try OutputFolder.create("demo-output/figures")
/// ```
public enum OutputFolder {
    public static func create(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw OutputError.notAFolder(path: path, folder: path) }
            return
        }
        let parent = OutputTarget.folder(of: path)
        if parent != path, parent != "." { try create(parent) }
        if mkdir(path, 0o777) != 0, errno != EEXIST {
            throw OutputError.cannotOpen(path: path, reason: "\(SystemError.text(errno)) (creating the folder)")
        }
    }
}

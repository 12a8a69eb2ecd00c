import ClusterGraph
import Foundation

/// Standard output and error, and whether a person is watching them.
enum Terminal {
    static func writeStandardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeStandardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// True when standard error is a terminal: progress is drawn only then, so piped and
    /// scripted runs stay quiet.
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// A progress handler drawing `label: 45% (450000/1000000)` on one refreshed stderr line,
    /// or nil when stderr is not a terminal.
    static func progress(_ label: String) -> ProgressHandler? {
        guard standardErrorIsTerminal else { return nil }
        return { done, total in
            if let total, total > 0 {
                let percent = Int((Double(done) / Double(total) * 100).rounded(.down))
                writeStandardError("\r\(label): \(percent)% (\(done)/\(total))" + (done >= total ? "\n" : ""))
            } else {
                writeStandardError("\r\(label): \(done)")
            }
        }
    }
}

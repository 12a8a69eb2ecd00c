import ClusterGraph
import Foundation
import ResultFormat

/// Standard output and error, and whether a person is watching them.
enum Terminal {
    /// Writes `text` to standard output. A failed write (a full disk, `> /dev/full`) ends the
    /// command with a one-line error and exit status 1: output that did not arrive is never a success.
    static func writeStandardOutput(_ text: String) {
        var text = text
        do {
            try text.withUTF8 { try FileDescriptorSink.writeToStandardOutput(UnsafeRawBufferPointer($0)) }
        } catch {
            fail(error)
        }
    }

    static func writeStandardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints `error` as ClusterNet's one-line error and exits with status 1.
    static func fail(_ error: any Error) -> Never {
        writeStandardError("error: \(error)\n")
        exit(1)
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

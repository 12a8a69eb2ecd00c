import ClusterGraph
import Foundation
import ResultFormat

/// Runs the steps of the demo as `clusternet` subcommands of this very executable, echoing each
/// command line so the tour teaches the commands a user would type.
struct DemoRunner {
    /// A step that failed: names the command and what it said.
    struct StepFailed: UserFacingError {
        let command: String
        let status: Int32
        var description: String { "the demo step `\(command)` failed with status \(status) (its message is above)" }
    }

    let executable: URL
    let database: String
    let outputDirectory: URL

    /// Runs `clusternet ARGUMENTS --db DATABASE`; standard output goes to `saveAs` in the output
    /// directory (or is discarded); returns the saved file's URL.
    @discardableResult
    func run(_ arguments: [String], saveAs fileName: String? = nil) throws -> URL? {
        let shown = Self.commandLine(arguments, saveAs: fileName.map { outputDirectory.relativePath + "/" + $0 })
        Terminal.writeStandardError("$ \(shown)\n")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + ["--db", database]
        let target = fileName.map { outputDirectory.appendingPathComponent($0) }
        if let target {
            guard FileManager.default.createFile(atPath: target.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: target.path])
            }
            process.standardOutput = try FileHandle(forWritingTo: target)
        } else {
            process.standardOutput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw StepFailed(command: shown, status: process.terminationStatus)
        }
        return target
    }

    /// Decodes a JSON file written by ``run(_:saveAs:)``.
    func decode<T: Decodable>(_ type: T.Type, from fileName: String) throws -> T {
        let data = try InputFile.read(outputDirectory.appendingPathComponent(fileName).path)
        return try JSONDecoder().decode(type, from: data)
    }

    /// The step as a user would type it in a shell; `saveAs` is the path standard output goes to.
    static func commandLine(_ arguments: [String], saveAs fileName: String?) -> String {
        ShellCommand.line(["clusternet"] + arguments) + (fileName.map { " > \($0)" } ?? "")
    }
}

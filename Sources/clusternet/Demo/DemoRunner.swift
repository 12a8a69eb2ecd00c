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
        // A step's output goes through the same safe writer as --output: put in place only
        // when the step succeeded.
        let file = try fileName.map { try OutputFile(path: outputDirectory.appendingPathComponent($0).path, protecting: [database]) }
        process.standardOutput = file.map { FileHandle(fileDescriptor: $0.fileDescriptor, closeOnDealloc: false) } ?? FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            file?.discard()
            throw StepFailed(command: shown, status: process.terminationStatus)
        }
        try file?.finish()
        return fileName.map { outputDirectory.appendingPathComponent($0) }
    }

    /// Decodes a JSON file written by ``run(_:saveAs:)``.
    func decode<T: Decodable>(_ type: T.Type, from fileName: String) throws -> T {
        let data = try InputFile.read(outputDirectory.appendingPathComponent(fileName).path)
        return try JSONDecoder().decode(type, from: data)
    }

    /// The step as a user would type it in a shell; `saveAs` is the path standard output goes to.
    static func commandLine(_ arguments: [String], saveAs fileName: String?) -> String {
        (["clusternet"] + arguments.map(shellQuoted)).joined(separator: " ") + (fileName.map { " > \($0)" } ?? "")
    }

    private static func shellQuoted(_ argument: String) -> String {
        let safe = argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./=,".contains($0) }
        return safe ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

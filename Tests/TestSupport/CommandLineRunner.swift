import Foundation

/// What a run of the `clusternet` executable printed and how it exited.
public struct CommandResult: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String
}

/// Runs the `clusternet` executable built beside the test bundle, for end-to-end tests.
///
/// ```swift
/// let result = try ClusterNetCLI.run(["graphs", "--db", database.path, "--format", "json"])
/// #expect(result.status == 0)
/// ```
public enum ClusterNetCLI {
    /// The built executable: the test bundle and `clusternet` share the build products folder.
    public static var executableURL: URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("clusternet")
    }

    /// Runs `clusternet` with `arguments`, optional standard input, and extra environment;
    /// `launcher` (a program and its arguments) runs it when given, as in `setpriv … clusternet …`.
    public static func run(_ arguments: [String], input: String? = nil,
                           environment: [String: String] = [:], launcher: [String] = []) throws -> CommandResult {
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = launcher.dropFirst() + [executableURL.path] + arguments
        } else {
            process.executableURL = executableURL
            process.arguments = arguments
        }
        var fullEnvironment = ProcessInfo.processInfo.environment
        fullEnvironment.removeValue(forKey: "CLUSTERNET_DB")
        for (key, value) in environment { fullEnvironment[key] = value }
        process.environment = fullEnvironment
        let outputPipe = Pipe(), errorPipe = Pipe(), inputPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot fill a pipe and stall the child.
        final class Collected: @unchecked Sendable { var data = Data() }   // written before group.leave, read after wait
        let errorData = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.data = errorPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = outputPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             standardOutput: String(decoding: outputData, as: UTF8.self),
                             standardError: String(decoding: errorData.data, as: UTF8.self))
    }
}

/// Paths inside the repository, for tests that read shipped data (`Graphs/`) or schemas.
public enum Repository {
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }   // Tests/TestSupport/File.swift -> repo
        return url
    }()

    public static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }
}

/// A fresh temporary directory removed when the value is deinitialised.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("clusternet-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `contents` to `name` inside the directory and returns its path.
    @discardableResult
    public func write(_ name: String, _ contents: String) throws -> String {
        let path = path(name)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

import ClusterAssessment
import ClusterGraph
import Foundation

/// The data sets ClusterNet ships (the repository's `Graphs/`), found wherever the program runs.
///
/// Looked for, in order: the folder given (`--data DIR`), `$CLUSTERNET_DATA`, a `Graphs` folder
/// in the executable's folder or any folder above it (a build in `.build/release/` finds the
/// repository's), `<prefix>/share/clusternet/Graphs` for an executable installed in
/// `<prefix>/bin`, and `./Graphs`. A folder counts when it holds `wiod-2013/` or `finland-io-2014/`.
///
/// ```swift
/// let data = try ShippedData.locate(explicit: nil)
/// let finland = data.path("finland-io-2014/io2014.csv")
/// ```
public struct ShippedData: Sendable {
    /// The folder holding `finland-io-2014/`, `wiod-2013/`, ….
    public let root: URL

    /// Why no data folder was found: the places tried.
    public struct NotFound: UserFacingError {
        public let tried: [String]
        public var description: String {
            "the shipped data (Graphs/ with finland-io-2014/ and wiod-2013/) is not in any of: \(tried.joined(separator: ", "))"
        }
    }

    public init(root: URL) { self.root = root }

    /// - Parameters:
    ///   - explicit: a folder the user named; when given, the only place looked at.
    ///   - environment: the process environment (for `CLUSTERNET_DATA`).
    ///   - executable: the running program (default: `/proc/self/exe` resolved, else argv[0]).
    /// - Throws: ``NotFound`` listing the places tried.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: URL? = nil, workingDirectory: String = FileManager.default.currentDirectoryPath) throws -> ShippedData {
        var candidates: [URL] = []
        if let explicit {
            candidates = [URL(fileURLWithPath: explicit)]
        } else {
            if let variable = environment["CLUSTERNET_DATA"], !variable.isEmpty { candidates.append(URL(fileURLWithPath: variable)) }
            let program = (executable ?? runningExecutable()).resolvingSymlinksInPath()
            var folder = program.deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("../share/clusternet/Graphs").standardized)
            while folder.path != "/" && !folder.path.isEmpty {
                candidates.append(folder.appendingPathComponent("Graphs"))
                folder = folder.deletingLastPathComponent()
            }
            candidates.append(URL(fileURLWithPath: workingDirectory).appendingPathComponent("Graphs"))
        }
        for candidate in candidates where isDataFolder(candidate) { return ShippedData(root: candidate) }
        throw NotFound(tried: candidates.map(\.path))
    }

    /// A file or folder inside the data folder.
    public func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Every shipped traded/local classification (`*/sector-types.csv`), sorted by folder.
    /// - Throws: the reader's error for a malformed file.
    public func sectorTypes() throws -> [SectorTypes] {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return try folders.sorted().compactMap { folder in
            let file = root.appendingPathComponent(folder).appendingPathComponent("sector-types.csv").path
            guard FileManager.default.fileExists(atPath: file) else { return nil }
            let loaded = try SectorTypes.load(path: file)
            // Named relative to the data folder, so output does not depend on where it is installed.
            return SectorTypes(name: "Graphs/\(folder)/sector-types.csv", local: loaded.local, traded: loaded.traded)
        }
    }

    /// Every shipped cluster definition (`*/clusters.csv`, such as ETLA's families of WIOD
    /// industries), sorted by folder and named relative to the data folder.
    /// - Throws: the reader's error for a malformed file.
    public func clusterDefinitions() throws -> [ClusterDefinition] {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return try folders.sorted().compactMap { folder in
            let file = root.appendingPathComponent(folder).appendingPathComponent("clusters.csv").path
            guard FileManager.default.fileExists(atPath: file) else { return nil }
            return ClusterDefinition(source: "Graphs/\(folder)/clusters.csv", clusterOf: try ClusterDefinition.load(path: file).clusterOf)
        }
    }

    /// Every shipped sector concordance (`*/NAME-concordance.csv`, `key,NAME` rows such as Finland's
    /// regional sectors onto WIOD's industries), sorted by path and named relative to the data folder.
    /// - Throws: the reader's error for a malformed file.
    public func concordances() throws -> [SectorConcordance] {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        var found: [SectorConcordance] = []
        for folder in folders.sorted() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            for file in files.sorted() where file.hasSuffix("-concordance.csv") {
                let target = String(file.dropLast("-concordance.csv".count))
                let loaded = try SectorConcordance.load(path: root.appendingPathComponent(folder).appendingPathComponent(file).path, target: target)
                found.append(SectorConcordance(source: "Graphs/\(folder)/\(file)", target: loaded.target))
            }
        }
        return found
    }

    private static func isDataFolder(_ url: URL) -> Bool {
        let manager = FileManager.default
        return ["wiod-2013", "finland-io-2014"].contains { manager.fileExists(atPath: url.appendingPathComponent($0).path) }
    }

    private static func runningExecutable() -> URL {
        let link = "/proc/self/exe"
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link) { return URL(fileURLWithPath: target) }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
    }
}

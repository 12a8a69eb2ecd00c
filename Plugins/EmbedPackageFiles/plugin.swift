import Foundation
import PackagePlugin

/// Embeds files of the package into a target as generated Swift, so the product uses exactly the
/// shipped files and there is no second copy to drift: the store applies `Schemas/*.sql`, the
/// assessment reads its default rules from `Rules/*.json`.
///
/// SwiftPM resources cannot reach a folder outside the target (a symlink is copied dangling),
/// hence a build-tool plugin.
@main
struct EmbedPackageFiles: BuildToolPlugin {
    /// The folder, file extension and generated enum of each target that uses the plugin.
    static let embedded: [String: (folder: String, fileExtension: String, enumName: String)] = [
        "ClusterStore": ("Schemas", "sql", "EmbeddedSchemas"),
        "ClusterAssessment": ("Rules", "json", "EmbeddedRules"),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let embedded = Self.embedded[target.name] else {
            Diagnostics.error("EmbedPackageFiles does not know what to embed in \(target.name); add it to `embedded`.")
            return []
        }
        let folder = context.package.directoryURL.appending(path: embedded.folder)
        let files = try FileManager.default
            .contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == embedded.fileExtension }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(embedded.enumName).swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) files of \(embedded.folder)/",
                executable: try context.tool(named: "EmbedPackageFilesTool").url,
                arguments: [output.path, embedded.enumName] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}

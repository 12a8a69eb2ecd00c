import ArgumentParser

/// `clusternet import`: load links, nodes or an input-output table into a named graph.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import links, nodes or an input-output table into a graph, or clusters and sources for one.",
        subcommands: [ImportLinksCommand.self, ImportNodesCommand.self, ImportIOCommand.self, ImportPartitionCommand.self, ImportJSONCommand.self,
                      ImportSourcesCommand.self]
    )
}

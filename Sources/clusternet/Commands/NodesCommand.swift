import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct NodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "nodes", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'nodes' is not available yet")
    }
}

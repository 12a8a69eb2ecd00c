import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "centrality", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'centrality' is not available yet")
    }
}

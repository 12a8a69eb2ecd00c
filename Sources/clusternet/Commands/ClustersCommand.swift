import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clusters", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'clusters' is not available yet")
    }
}

import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "neighbors", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'neighbors' is not available yet")
    }
}

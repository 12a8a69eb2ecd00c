import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct GraphsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graphs", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'graphs' is not available yet")
    }
}

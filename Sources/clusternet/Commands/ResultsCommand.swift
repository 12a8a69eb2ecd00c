import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "results", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'results' is not available yet")
    }
}

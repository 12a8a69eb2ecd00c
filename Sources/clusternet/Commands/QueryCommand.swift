import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "query", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'query' is not available yet")
    }
}

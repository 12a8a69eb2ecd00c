import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "communities", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'communities' is not available yet")
    }
}

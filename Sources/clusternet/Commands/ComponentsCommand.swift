import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct ComponentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "components", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'components' is not available yet")
    }
}

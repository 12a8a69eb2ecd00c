import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "models", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'models' is not available yet")
    }
}

import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'init' is not available yet")
    }
}

import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'demo' is not available yet")
    }
}

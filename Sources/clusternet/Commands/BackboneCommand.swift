import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct BackboneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backbone", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'backbone' is not available yet")
    }
}

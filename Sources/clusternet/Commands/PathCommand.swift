import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "path", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'path' is not available yet")
    }
}

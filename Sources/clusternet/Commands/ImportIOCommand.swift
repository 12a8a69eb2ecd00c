import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct ImportIOCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "io", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'io' is not available yet")
    }
}

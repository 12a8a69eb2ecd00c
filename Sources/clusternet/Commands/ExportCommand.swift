import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'export' is not available yet")
    }
}

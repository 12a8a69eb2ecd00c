import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct GenerateLFRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lfr", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'lfr' is not available yet")
    }
}

import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct TiersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tiers", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'tiers' is not available yet")
    }
}

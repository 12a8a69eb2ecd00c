import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct LinkagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "linkages", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'linkages' is not available yet")
    }
}

import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "links", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'links' is not available yet")
    }
}

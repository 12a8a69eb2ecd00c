import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct CoresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cores", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'cores' is not available yet")
    }
}

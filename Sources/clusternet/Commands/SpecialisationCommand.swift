import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct SpecialisationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "specialisation", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'specialisation' is not available yet")
    }
}

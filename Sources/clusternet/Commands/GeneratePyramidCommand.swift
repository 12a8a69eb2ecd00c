import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct GeneratePyramidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pyramid", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'pyramid' is not available yet")
    }
}

import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct GenerateDistrictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "district", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'district' is not available yet")
    }
}

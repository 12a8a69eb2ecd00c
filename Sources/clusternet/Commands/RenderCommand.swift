import ArgumentParser

// Placeholder until its issue lands: the command exists so the tool's command list is complete.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "(not yet available)")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'render' is not available yet")
    }
}

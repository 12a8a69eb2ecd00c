import ArgumentParser

/// `clusternet generate`: synthetic graphs for tests, benchmarks and teaching.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate synthetic graphs: LFR benchmark graphs, supplier pyramids, industrial districts.",
        subcommands: [GenerateLFRCommand.self, GeneratePyramidCommand.self, GenerateDistrictCommand.self]
    )
}

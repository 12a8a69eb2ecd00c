import ArgumentParser
import ClusterAssessment
import ClusterStore

/// `clusternet generate district --graph G`: a synthetic flat district of competing peer firms.
struct GenerateDistrictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "district",
        abstract: "Generate a flat industrial district of competing peer firms (no leader, no hierarchy).",
        discussion: """
            Peer firms peer-… of similar size, some subcontracting for one another, and a few shared \
            suppliers supplier-… each selling to about a tenth of the peers. Firm attributes: size, \
            foreign_owned, sme.
            """)

    @Option(help: "Name of the graph to write.")
    var graph: String

    @Option(help: "Number of peer firms.")
    var firms: Int = 200

    @Option(help: "Random seed; the same seed gives the same graph.")
    var seed: UInt64 = 1

    @Option(help: "Probability that a peer also subcontracts for one other peer.")
    var subcontracting: Double = 0.2

    @Option(name: .customLong("foreign-share"), help: "Probability that a firm is foreign-owned.")
    var foreignShare: Double = 0.05

    @Flag(name: .customLong("links-only"), help: "Write the links and bare nodes only (no kind, no attributes), as a plain supplier list.")
    var linksOnly = false

    @Flag(help: "Replace the graph if it exists.")
    var replace = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let generated = try DistrictGenerator(firms: firms, seed: seed, subcontracting: subcontracting,
                                              foreignShare: foreignShare).generate()
        try GeneratedGraphWriter.write(linksOnly ? generated.linksOnly() : generated, graph: graph, replace: replace, global: global)
    }
}

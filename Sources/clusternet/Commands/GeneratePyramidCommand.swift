import ArgumentParser
import ClusterAssessment
import ClusterStore
import Foundation

/// `clusternet generate pyramid --graph G`: a synthetic lead-firm supplier pyramid.
struct GeneratePyramidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pyramid",
        abstract: "Generate a lead-firm supplier pyramid (the seed's 1 → 300 → 5,000 → 20,000).",
        discussion: """
            Node `lead` and tiers of suppliers t1-…, t2-…; each supplier sells to a random firm of the \
            tier above, and with probability --cross-links to a second one. Firm attributes: size \
            (employees), foreign_owned (0/1), sme (1 below 250 employees).
            """)

    @Option(help: "Name of the graph to write.")
    var graph: String

    @Option(help: "Tier sizes below the lead, comma-separated.")
    var tiers: String = "300,5000,20000"

    @Option(help: "Random seed; the same seed gives the same graph.")
    var seed: UInt64 = 1

    @Option(name: .customLong("cross-links"), help: "Probability that a supplier also sells to a second buyer.")
    var crossLinks: Double = 0.1

    @Option(name: .customLong("foreign-share"), help: "Probability that a first-tier supplier is foreign-owned.")
    var foreignShare: Double = 0.05

    @Flag(name: .customLong("foreign-lead"), help: "Make the lead firm foreign-owned (the Indian model's joint venture).")
    var foreignLead = false

    @Flag(name: .customLong("links-only"), help: "Write the links and bare nodes only (no kind, no attributes), as a plain supplier list.")
    var linksOnly = false

    @Flag(help: "Replace the graph if it exists.")
    var replace = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let sizes = try tiers.split(separator: ",").map { field in
            guard let size = Int(field.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--tiers takes whole numbers separated by commas, such as 300,5000,20000; \"\(field)\" is not one.")
            }
            return size
        }
        let generated = try PyramidGenerator(tiers: sizes, seed: seed, crossLinks: crossLinks,
                                             foreignShare: foreignShare, foreignLead: foreignLead).generate()
        try GeneratedGraphWriter.write(linksOnly ? generated.linksOnly() : generated, graph: graph, replace: replace, global: global)
    }
}

import ArgumentParser
import ClusterAssessment
import ClusterGraph
import ClusterStore
import ResultFormat

/// `clusternet tiers --graph G --lead K`: the supplier pyramid under a lead firm.
struct TiersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tiers",
        abstract: "Supplier tiers under a lead firm: tier sizes, growth and fan-in per tier, indirect suppliers, centralisation.",
        discussion: """
            Links point supplier → buyer, so tier 1 holds the firms with a link into the lead, tier 2 \
            those that supply tier 1, and so on (breadth-first, each firm in its nearest tier). \
            Fan-in is the mean number of direct suppliers per firm of a tier (the lead's first); the \
            lead's inflow share is its share of the weight of all links. The seed's Japanese car \
            pyramid: 1 → 300 → 5,000 → 20,000.
            """)

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "The key of the lead firm.")
    var lead: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var loaded = try analysis.load(global, writing: false)
        let firms = loaded.graph
        let pyramid = try SupplierTiers(graph: firms, lead: lead, graphName: analysis.graph)
        loaded.timer.finish("compute")
        loaded.timer.report(if: analysis.timings)
        let ratios = pyramid.growthRatios
        let json = JSONValue.object([
            ("lead", .string(lead)),
            ("tiers", .array(pyramid.tiers.enumerated().map { number, tier in
                .object([("tier", .number(number + 1)), ("size", .number(tier.count)),
                         ("members", .strings(tier.map { firms.keys[$0] }))])
            })),
            ("growth", .array(ratios.map { .number($0) })),
            ("fan_in", .array(pyramid.fanIn.map { .number($0) })),
            ("lead_inflow_share", .number(pyramid.leadInflowShare)),
            ("suppliers", .number(pyramid.supplierCount)),
            ("indirect", .number(pyramid.indirectSuppliers)),
            ("reach_share", .number(pyramid.reachShare)),
            ("centralisation", .number(pyramid.centralisation)),
        ])
        let table = ResultTable(columns: ["tier", "size", "growth", "fan-in", "members"], rows: pyramid.tiers.enumerated().map { number, tier in
            [.number(number + 1), .number(tier.count), number > 0 ? .number(ratios[number - 1]) : .null, .number(pyramid.fanIn[number + 1]),
             .strings(tier.prefix(5).map { firms.keys[$0] } + (tier.count > 5 ? ["…"] : []))]
        })
        let notes = [
            "lead \(lead): \(pyramid.supplierCount) suppliers, \(pyramid.indirectSuppliers) of them only through intermediaries",
            "the lead's direct suppliers: " + JSONValue.format(pyramid.fanIn.first ?? 0)
                + "; its share of the links' weight: " + (pyramid.leadInflowShare.map { JSONValue.format($0) } ?? "n/a"),
            "centralisation (Freeman degree): " + (pyramid.centralisation.map { JSONValue.format($0) } ?? "n/a"),
        ]
        CommandOutput(json: json, table: table, notes: notes).print(as: global.format)
    }
}

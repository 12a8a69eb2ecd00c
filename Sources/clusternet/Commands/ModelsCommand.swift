import ArgumentParser
import ClusterAssessment
import ClusterWorkflows
import Foundation
import ResultFormat

/// `clusternet models --graph G [--cluster ID]`: the six-characteristic profile and the four
/// cluster models ranked by similarity, with reasons.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "Profile a cluster or a whole graph on six characteristics and rank the four cluster models.",
        discussion: """
            The characteristics are internationalisation, market linkage and competition, leader firms, \
            foreign direct investment, small business and innovation, each scored in [0, 1] from node \
            attributes (exports, output, hhi, largest_firm_share, foreign_owned, sme, rd_intensity; on \
            firm graphs size and the supplier pyramid). The North American, Finnish, Japanese and Indian \
            prototypes are in Rules/model-prototypes.json (--prototypes FILE replaces them); see \
            Docs/maturity-and-models.md. Without --cluster the whole graph is profiled.
            """)

    @Option(help: "The graph (a region, a country, a firm network).")
    var graph: String

    @Option(help: "Profile only this cluster of --partition.")
    var cluster: Int?

    @Option(help: "A partition saved on --graph whose --cluster is profiled.")
    var partition: String?

    @Option(help: "The graph with the flows and attributes (default: the input-output graph a derived --graph was made from, else --graph).")
    var flows: String?

    @Option(help: ArgumentHelp("A JSON file replacing the model prototypes.", valueName: "file"))
    var prototypes: String?

    @Flag(help: "Print 'timings: load=S compute=S' on stderr.")
    var timings = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if (cluster == nil) != (partition == nil) {
            throw ValidationError("--cluster and --partition go together: name the saved partition and the cluster id in it.")
        }
    }

    func run() throws {
        var timer = PhaseTimer()
        let models = try prototypes.map { try ModelPrototypes.decode(Data(try InputFile.bytes($0)), source: $0) } ?? .standard
        var options = ModelAssessmentOptions(graph: graph, flows: flows, prototypes: models)
        if let cluster, let partition { options.cluster = (partition, cluster) }
        let assessment = try ModelAssessment(store: try global.openStore(writing: false), options: options) { timer.finish($0) }
        timer.report(if: timings)
        output(assessment).print(as: global.format)
    }

    private func output(_ assessment: ModelAssessment) -> CommandOutput {
        let profile = assessment.profile, ranking = assessment.ranking
        let table = ResultTable(columns: ["rank", "model", "score", "closest characteristic"], rows: ranking.enumerated().map { rank, match in
            [.number(rank + 1), .string(match.model.rawValue), .number(match.score),
             .string(match.reasons.dropFirst().first ?? match.reasons.first ?? "")]
        })
        let subject = cluster.map { "cluster \($0) of \(partition ?? "")" } ?? "graph \(graph)"
        var notes = ["profile of \(subject):"] + profile.scores.map { "  - " + $0.text }
        for match in ranking {
            notes.append("\(match.model.title):")
            notes += match.reasons.map { "  - " + $0 }
        }
        notes.append("")
        return CommandOutput(json: assessment.json(), table: table, notes: notes)
    }
}

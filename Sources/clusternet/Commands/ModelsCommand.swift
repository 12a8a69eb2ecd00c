import ArgumentParser
import ClusterAssessment
import ClusterWorkflows
import Foundation
import ResultFormat

/// `clusternet models --graph G [--cluster ID --partition P] [--set NAME=VALUE]…`: the profile,
/// the four cluster models ranked against it, and an honest verdict.
///
/// ```
/// $ clusternet generate pyramid --graph cars --links-only
/// $ clusternet models --graph cars
/// …
/// verdict: japanese — Japanese: similarity 0.89, 0.17 ahead of the Indian (margin 0.05); …
/// first place hangs on: ties along the chain from 0.94 to 0.64 would put the Indian model first instead of the Japanese
/// $ clusternet models --graph cars --set fdi=1 --set innovation=0.1 --format json | jq .verdict
/// "indian"
/// ```
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "Profile a cluster or a whole graph and rank the four cluster models, naming one only when the data decide.",
        discussion: """
            A firm network (nodes of kind firm, or a bare list of links) is measured from its links: \
            competition among the market-facing firms, the supplier pyramid under a lead, the depth of \
            the chain. An input-output table is measured from its flows and attributes: export share, \
            the share of sales inside the chain and the average propagation length, the import content \
            of exports (imported_inputs), supporting industries that export (rca). Node attributes add \
            foreign_owned, sme, rd_intensity, state_support, hhi, largest_firm_share. The prototypes, \
            each value with the seed's sentence or a judgement, are Rules/model-prototypes.json \
            (--prototypes FILE replaces them). With fewer than three measured characteristics, a \
            defining condition untested or a near tie, the verdict is `undetermined`, with the data that \
            would decide it. --set NAME=VALUE replaces a score to ask "what if"; the output names the \
            single change that would flip first place. See Docs/maturity-and-models.md.
            """)

    @Option(help: "The graph (a region, a country, a firm network).")
    var graph: String

    @Option(help: "Profile only this cluster of --partition or --clusters: its id, or its name (from a template or a key,cluster file).")
    var cluster: String?

    @Option(help: "A partition saved on --graph whose --cluster is profiled.")
    var partition: String?

    @Option(help: ArgumentHelp("A `key,cluster` file defining the clusters (such as Graphs/wiod-2013/clusters.csv) whose --cluster is profiled.",
                               valueName: "file"))
    var clusters: String?

    @Option(help: "The graph with the flows and attributes (default: the input-output graph a derived --graph was made from, else --graph).")
    var flows: String?

    @Option(help: ArgumentHelp("A JSON file replacing the model prototypes.", valueName: "file"))
    var prototypes: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Replace a characteristic's score (0–1) to ask what if, such as fdi=0.9; repeatable.",
                                                         valueName: "name=value"),
            transform: WhatIfSetting<Characteristic>.parse)
    var settings: [WhatIfSetting<Characteristic>] = []

    @Flag(help: "Print 'timings: load=S compute=S' on stderr.")
    var timings = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if (cluster == nil) != (partition == nil && clusters == nil) || (partition != nil && clusters != nil) {
            throw ValidationError("--cluster and --partition go together: name the saved partition and the cluster id in it (or, instead of --partition, a definition file with --clusters).")
        }
    }

    func run() throws {
        var timer = PhaseTimer()
        let models = try prototypes.map { try ModelPrototypes.decode(Data(try InputFile.bytes($0)), source: $0) } ?? .standard
        var options = ModelAssessmentOptions(graph: graph, flows: flows, prototypes: models,
                                             whatIf: try WhatIfSetting.dictionary(settings))
        let store = try global.openStore(writing: false)
        options.definition = try clusters.map { try ClusterDefinition.load(path: $0) }
        if let cluster, let definition = options.definition {
            options.cluster = (definition.source, try definition.resolveCluster(cluster, keys: store.loadGraph(named: graph).keys))
        } else if let cluster, let partition {
            options.cluster = (partition, try store.resolveCluster(cluster, graph: graph, partition: partition))
        }
        let assessment = try ModelAssessment(store: store, options: options) { timer.finish($0) }
        timer.report(if: timings)
        output(assessment).print(as: global.format)
    }

    private func output(_ assessment: ModelAssessment) -> CommandOutput {
        let comparison = assessment.comparison
        // A CSV reader sees no notes, so the rows themselves say what rests on illustrative values.
        let illustrative = assessment.profile.scores.map(\.characteristic).filter { assessment.illustrative[$0] != nil }
        let marked = illustrative.isEmpty ? [] : ["rests on illustrative values"]
        let table = ResultTable(columns: ["rank", "model", "score", "defining conditions", "closest characteristic"] + marked,
                                rows: comparison.ranking.enumerated().map { rank, match in
            let conditions = ConditionCheck.Status.allCases.compactMap { status -> String? in
                let count = match.conditions.filter { $0.status == status }.count
                return count == 0 ? nil : "\(count) \(status.rawValue)"
            }
            return [.number(rank + 1), .string(match.model.rawValue), .number(match.score), .string(conditions.joined(separator: ", ")),
                    .string(match.reasons.first { $0.hasPrefix("Close") || $0.hasPrefix("Nearest") } ?? match.reasons.first ?? "")]
                + (marked.isEmpty ? [] : [.strings(illustrative.map(\.rawValue))])
        })
        let subject = cluster.map { "cluster \($0) of \(partition ?? clusters ?? "")" } ?? "graph \(graph)"
        var notes = ["profile of \(subject):"] + assessment.profile.scores.map { "  - " + $0.text }
        for match in comparison.ranking {
            notes.append("\(match.model.title):")
            notes += match.reasons.map { "  - " + $0 }
        }
        notes.append("verdict: \(assessment.verdict.name) — \(comparison.explanation)")
        if !comparison.deciding.isEmpty {
            notes.append("what would decide it: " + comparison.deciding.map { "\($0.title) (\($0.dataNeeded))" }.joined(separator: "; "))
        }
        if let flip = comparison.flip {
            notes.append("first place hangs on: " + flip.text(title: \.title))
        } else if !assessment.profile.values.isEmpty {
            notes.append("first place hangs on: no single characteristic (no one score, from 0 to 1, puts another model first)")
        }
        if let illustrative = assessment.illustrativeNote { notes.append(illustrative) }
        notes.append("")
        return CommandOutput(json: assessment.json(), table: table, notes: notes)
    }
}

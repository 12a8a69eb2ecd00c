import ArgumentParser
import ClusterAssessment
import ClusterWorkflows
import Foundation
import ResultFormat

/// `clusternet clusters --graph G`: each cluster's indicators, maturity class and reasons.
struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Classify clusters as strong, stable, potential or latent, with the indicators that decided.",
        discussion: """
            Clusters come from a saved partition of --graph (--partition NAME) or, without one, from \
            Leiden community detection on --graph among its traded sectors (local sectors — the \
            shipped Graphs/*/sector-types.csv, or --sector-types FILE — are reported as the local \
            economy unless --include-local). Usually --graph is the undirected linkage-strength \
            graph (`clusternet linkages --graph fi2014 --derive strength --save fi2014-strength`) and \
            --flows the input-output graph with the flows, exports and sector attributes; members are \
            matched by key. The rules are in Rules/maturity-default.json (see \
            Docs/maturity-and-models.md); --rules FILE replaces them. --compare GRAPH (the same \
            economy in an earlier year) adds dynamics, without which a class that needs them is \
            "unclassified — dynamics unknown"; --reference GRAPH (the national economy of a \
            region) adds location quotients. Missing data is reported as missing, never guessed.
            """)

    @Option(help: "The graph the clusters are found on (and the partition belongs to).")
    var graph: String

    @Option(help: "A partition saved on --graph (`communities --save NAME`); default: detect with Leiden.")
    var partition: String?

    @Option(help: ArgumentHelp("A `key,cluster` file defining the clusters (such as Graphs/wiod-2013/clusters.csv) instead of a partition.",
                               valueName: "file"))
    var clusters: String?

    @Option(help: "Save the detected partition on --graph under this name (replacing one of the same name), for models --partition and render.")
    var save: String?

    @Flag(help: "Print 'timings: load=S compute=S' on stderr.")
    var timings = false

    @OptionGroup var assessment: AssessmentArguments

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if clusters != nil && (partition != nil || save != nil) {
            throw ValidationError("--clusters defines the clusters; it goes without --partition and --save.")
        }
        if save != nil && partition != nil {
            throw ValidationError("--save stores a detected partition; with --partition the partition is already saved.")
        }
    }

    func run() throws {
        var timer = PhaseTimer()
        var options = try assessment.options(graph: graph, partition: partition)
        options.definition = try clusters.map { try ClusterDefinition.load(path: $0) }
        let store = try global.openStore(writing: save != nil)
        let inputs = try AssessmentInputs(store: store, options: options)
        timer.finish("load")
        let result = try PartitionAssessment(inputs)
        timer.finish("compute")
        if let save {
            try result.saveDetectedPartition(as: save, in: store)
            timer.finish("save")
        }
        timer.report(if: timings)
        output(result).print(as: global.format)
    }

    private func output(_ result: PartitionAssessment) -> CommandOutput {
        let clusters = result.clusters
        let shown: [Indicator] = [.outputShare, .exportShare, .rca, .internalLinkage, .outputGrowth, .worldShareGrowth]
        let table = ResultTable(
            columns: ["id", "class", "members"] + shown.map(\.rawValue) + ["deciding reason"],
            rows: clusters.map { cluster -> [JSONValue] in
                let head: [JSONValue] = [.number(cluster.id), .string(cluster.maturity.rawValue), .strings(cluster.members)]
                let values: [JSONValue] = shown.map { JSONValue.number(cluster.indicators[$0]) }
                return head + values + [.string(cluster.reasons.dropFirst().first ?? "")]
            })
        var notes = ["rules: \(result.inputs.options.rules.name); clusters of \(graph), flows and attributes from \(result.inputs.flowsName)"]
        for cluster in clusters {
            notes.append("")
            notes.append("cluster \(cluster.id) (\(cluster.maturity.rawValue)): " + cluster.members.joined(separator: ", "))
            notes += cluster.reasons.map { "  - " + $0 }
        }
        notes.append("")
        return CommandOutput(json: result.json(), table: table, notes: notes)
    }
}

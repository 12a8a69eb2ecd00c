import ArgumentParser
import ClusterAlgorithms
import ClusterAssessment
import ClusterGraph
import ClusterStore
import Foundation

/// `clusternet clusters --graph G`: each cluster's indicators, maturity class and reasons.
struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Classify clusters as strong, stable, potential or latent, with the indicators that decided.",
        discussion: """
            Clusters come from a saved partition of --graph (--partition NAME) or, without one, from \
            Leiden community detection on --graph. Usually --graph is the undirected linkage-strength \
            graph (`clusternet linkages --graph fi2014 --derive strength --save fi2014-strength`) and \
            --flows the input-output graph with the flows, exports and sector attributes; members are \
            matched by key. The rules are in Rules/maturity-default.json (see \
            Docs/maturity-and-models.md); --rules FILE replaces them. --compare GRAPH (the same \
            economy in an earlier year) adds dynamics; --reference GRAPH (the national economy of a \
            region) adds location quotients. Missing data is reported as missing, never guessed.
            """)

    @Option(help: "The graph the clusters are found on (and the partition belongs to).")
    var graph: String

    @Option(help: "A partition saved on --graph (`communities --save NAME`); default: detect with Leiden.")
    var partition: String?

    @Option(help: "The graph with the flows and sector attributes (default: the input-output graph a derived --graph was made from, else --graph).")
    var flows: String?

    @Option(help: "An earlier graph of the same economy, for dynamics (growth of size, exports, RCA, internal links).")
    var compare: String?

    @Option(help: "The national graph a regional graph is compared with, for location quotients.")
    var reference: String?

    @Option(help: ArgumentHelp("A JSON rules file replacing the default maturity rules.", valueName: "file"))
    var rules: String?

    @Option(help: "Seed of community detection when no partition is given.")
    var seed: UInt64 = 0

    @Option(help: "Resolution of community detection when no partition is given.")
    var resolution: Double = 1

    @Option(help: "Save the detected partition on --graph under this name (replacing one of the same name), for models --partition and render.")
    var save: String?

    @Flag(help: "Print 'timings: load=S compute=S' on stderr.")
    var timings = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if save != nil && partition != nil {
            throw ValidationError("--save stores a detected partition; with --partition the partition is already saved.")
        }
    }

    func run() throws {
        var timer = PhaseTimer()
        let maturityRules = try rules.map { path in
            try MaturityRules.decode(Data(try InputFile.bytes(path)), source: path)
        } ?? .standard
        let store = try global.openStore()
        let structure = try store.loadGraph(named: graph)
        let (flowsName, flowsGraph) = try store.loadFlowsGraph(for: graph, structure: structure, explicit: flows)
        let earlier = try compare.map { try store.loadGraph(named: $0) }
        let national = try reference.map { try store.loadGraph(named: $0) }
        let saved = try partition.map { try store.loadPartition(graph: graph, name: $0) }
        timer.finish("load")
        let found = try saved ?? structure.communities(CommunityOptions(method: .leiden, resolution: resolution, seed: seed)).partition
        let calculator = ClusterIndicatorCalculator(flows: flowsGraph, structure: structure, reference: national,
                                                    earlier: earlier, settings: maturityRules.indicators)
        let clusters = try MaturityClassifier(rules: maturityRules).assess(found, calculator: calculator)
        timer.finish("compute")
        if let save, saved == nil {
            try store.savePartition(found, graph: graph, name: save, method: "leiden",
                                    parameters: ["seed": String(seed), "resolution": String(resolution)], replace: true)
            timer.finish("save")
        }
        timer.report(if: timings)
        let neighbours = ClusterNeighbours(flows: flowsGraph, clusters: clusters.map(\.members))
        output(clusters, neighbours: neighbours, rules: maturityRules, flowsName: flowsName).print(as: global.format)
    }

    private func output(_ clusters: [AssessedCluster], neighbours: ClusterNeighbours, rules: MaturityRules,
                        flowsName: String) -> CommandOutput {
        let json = JSONValue.object([
            ("graph", .string(graph)),
            ("flows", .string(flowsName)),
            ("partition", partition.map(JSONValue.string) ?? .string("leiden")),
            ("compare", compare.map(JSONValue.string) ?? .null),
            ("rules", .string(rules.name)),
            ("clusters", .array(clusters.map { cluster in
                JSONValue.assessedCluster(cluster, neighbours: neighbours.links(of: cluster.id, flowsPerCluster: 5))
            })),
        ])
        let shown: [Indicator] = [.output, .outputShare, .exportShare, .internalLinkage, .largestMemberShare, .outputGrowth]
        let table = ResultTable(
            columns: ["id", "class", "members"] + shown.map(\.rawValue) + ["deciding reason"],
            rows: clusters.map { cluster -> [JSONValue] in
                let head: [JSONValue] = [.number(cluster.id), .string(cluster.maturity.rawValue), .strings(cluster.members)]
                let values: [JSONValue] = shown.map { JSONValue.number(cluster.indicators[$0]) }
                return head + values + [.string(cluster.reasons.dropFirst().first ?? "")]
            })
        var notes = ["rules: \(rules.name); clusters of \(graph), flows and attributes from \(flowsName)"]
        for cluster in clusters {
            notes.append("")
            notes.append("cluster \(cluster.id) (\(cluster.maturity.rawValue)): " + cluster.members.joined(separator: ", "))
            notes += cluster.reasons.map { "  - " + $0 }
        }
        notes.append("")
        return CommandOutput(json: json, table: table, notes: notes)
    }
}

import ArgumentParser
import ClusterAlgorithms
import ClusterStore
import ClusterWorkflows

/// `clusternet template derive NAME --graph G [--graph G2 …]`: a template by consensus clustering.
struct TemplateDeriveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "derive",
        abstract: "Derive a template by consensus over many community detections, on one graph or pooled over several.",
        discussion: """
            Each graph is partitioned --runs times at each --resolution (Leiden unless --method \
            louvain), every run with its own seed drawn from --seed; the share of runs that put two \
            sectors together is clustered again until the runs agree (Lancichinetti & Fortunato \
            2012). Each member's stability is the share of the first runs that agree with its place. \
            Several --graph (years, countries with the same sectors) give one definition for all. \
            Clusters are found among traded sectors: the local ones (the shipped sector-types \
            files, or --sector-types) form one cluster, the local economy, unless --include-local. \
            By default clusters are found on each graph's linkage strength (as `linkages --derive \
            strength`); --on graph uses the graphs as stored. Names come from the largest member \
            (`Pulp, paper, printing +2`), from --names FILE (key,cluster: each cluster takes the \
            name most of its members have), or later from `template rename`.

            $ clusternet template derive nordic --graph FIN-2011 --graph SWE-2011 --seed 7 --names Graphs/wiod-2013/clusters.csv
            """)

    @Argument(help: "The template's name.")
    var name: String

    @Option(name: .customLong("graph"), help: "A graph to derive from (repeat to pool several with the same keys).")
    var graphs: [String]

    @Option(help: "louvain or leiden.")
    var method: CommunityMethod = .leiden

    @Option(name: .customLong("resolution"), help: "A resolution of the runs (repeat for several; default 0.75, 1 and 1.25).")
    var resolutions: [Double] = []

    @Option(help: "Runs per graph and resolution.")
    var runs = 20

    @Option(help: "Co-assignment frequencies below this are dropped from the consensus graph (0–1).")
    var threshold = 0.5

    @Option(help: "At most this many consensus rounds.")
    var rounds = 10

    @Option(help: "Seed of the runs' seeds: the same seed gives the same template.")
    var seed: UInt64 = 0

    @Option(help: "Runs computed at once (the result does not depend on it).")
    var threads = 1

    @Option(help: "strength (each graph's linkage strength) or graph (the graphs as stored).")
    var on: TemplateDerivationOptions.Basis = .strength

    @Option(name: .customLong("extension-threshold"),
            help: "A supplier joins a cluster's extended cluster at this dependence (share of the cluster's purchases or of the supplier's sales).")
    var extensionThreshold = 0.2

    @Option(help: ArgumentHelp("A key,cluster file naming the clusters.", valueName: "file"))
    var names: String?

    @Option(help: "What the template stands for.")
    var description: String?

    @Flag(help: "Replace a template of the same name.")
    var replace = false

    @Flag(help: "Print 'timings: load=S compute=S save=S' on stderr.")
    var timings = false

    @OptionGroup var sectors: SectorTypeArguments

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var timer = PhaseTimer()
        let store = try global.openStore()
        let defaults = ConsensusOptions()
        let consensus = ConsensusOptions(method: method, resolutions: resolutions.isEmpty ? defaults.resolutions : resolutions,
                                         runsPerResolution: runs, threshold: threshold, maximumRounds: rounds, seed: seed, threads: threads)
        let keyNames = try names.map { file in
            Dictionary(try KeyClusterFile(path: file).entries.map { ($0.key, $0.cluster) }, uniquingKeysWith: { first, _ in first })
        } ?? [:]
        let derived = try TemplateDerivation(store: store, options: TemplateDerivationOptions(
            name: name, graphs: graphs, basis: on, consensus: consensus, extensionThreshold: extensionThreshold,
            names: keyNames, description: description, sectorTypes: try sectors.classifications(),
            includeLocal: sectors.includeLocal)) { timer.finish($0) }
        try store.saveTemplate(derived.template, replace: replace)
        timer.finish("save")
        timer.report(if: timings)
        let result = derived.consensus
        var notes = ["\(result.runCount) runs, \(result.rounds) consensus round\(result.rounds == 1 ? "" : "s"), "
                     + (result.converged ? "converged" : "not converged (the last round's runs still disagree; try more --runs or a lower --threshold)")]
        if !derived.leftOut.isEmpty { notes.append("left out (not in every graph): " + derived.leftOut.joined(separator: ", ")) }
        notes.append(derived.sectorTypes.map { types in
            sectors.includeLocal ? "local sectors (\(types.name)) detected with the traded ones"
                : "local sectors (\(types.name)) set apart as the local economy; --include-local detects them too"
        } ?? "no traded/local classification lists every sector: all sectors detected")
        TemplateOutput.output(try store.template(named: name), notes: notes).print(as: global.format)
    }
}

extension TemplateDerivationOptions.Basis: ExpressibleByArgument {}

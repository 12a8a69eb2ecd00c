import ArgumentParser
import Foundation
import ClusterGraph
import ClusterStore

/// What every analysis command (`communities`, `components`, `cores`, `centrality`, `backbone`,
/// `tiers`) takes: the graph, which kinds of link to analyse, and `--timings`.
///
/// ```swift
/// @OptionGroup var analysis: AnalysisOptions
/// var loaded = try analysis.load(global, writing: save != nil)   // times the load
/// let scores = loaded.graph.degrees()
/// loaded.timer.finish("compute")
/// loaded.timer.report(if: analysis.timings)
/// ```
struct AnalysisOptions: ParsableArguments {
    @Option(help: "The graph.")
    var graph: String

    @Option(name: .customLong("kind"), help: ArgumentHelp(
        "Only links of this kind (supplies, io, strength, …); repeat the option for several kinds.",
        discussion: "Parallel links of the chosen kinds are summed. Default: every kind.", valueName: "kind"))
    var kinds: [String] = []

    @Flag(help: "Print `timings: load=S compute=S` on stderr.")
    var timings = false

    @Option(help: ArgumentHelp(
        "Threads for loading the graph and for the algorithms that share their work.",
        discussion: """
            Default: every core. Communities (local moving, refinement, aggregation), PageRank and \
            cores use them. Results do not depend on the number, with one exception: Louvain and \
            Leiden on graphs of 65,536 nodes or more move nodes in batches when given 2 threads or \
            more, which gives one partition for any number from 2 and another, of the same quality, \
            with --threads 1 (node by node, as on smaller graphs).
            """, valueName: "n"))
    var threads = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if threads < 1 { throw ValidationError("--threads must be at least 1.") }
    }

    /// The kinds chosen, or nil for every kind (what ``LinkageStore/loadGraph(named:linkKinds:attributes:threads:)`` takes).
    var linkKinds: Set<String>? { kinds.isEmpty ? nil : Set(kinds) }

    /// The kinds chosen, sorted and comma-separated, for saved results' parameters and notes;
    /// nil when every kind is analysed.
    var kindList: String? { linkKinds.map { $0.sorted().joined(separator: ",") } }

    /// The store (opened for writing only when the command will save), the graph restricted to
    /// the chosen kinds, and a timer whose `load` phase is done.
    /// - Throws: ``UnknownLinkKindError`` when the graph has no link of a chosen kind, or the store's errors.
    func load(_ global: GlobalOptions, writing: Bool) throws -> LoadedAnalysis {
        var timer = PhaseTimer()
        let store = try global.openStore(writing: writing)
        if let linkKinds {
            let stored = try store.linkKinds(graph: graph).map(\.kind)
            let missing = linkKinds.subtracting(stored).sorted()
            if !missing.isEmpty { throw UnknownLinkKindError(graph: graph, kinds: missing, stored: stored) }
        }
        // No analysis reads node attributes: leaving them out saves their time and memory.
        let linkageGraph = try store.loadGraph(named: graph, linkKinds: linkKinds, attributes: false, threads: threads)
        timer.finish("load")
        return LoadedAnalysis(store: store, graph: linkageGraph, timer: timer)
    }

    /// `parameters` plus the chosen kinds (as `kinds`) when a filter is given, for a saved result.
    func savedParameters(_ parameters: [String: String]) -> [String: String] {
        var all = parameters
        all["kinds"] = kindList
        return all
    }
}

/// An analysis command's open store and loaded graph, with the timer running for `compute`.
struct LoadedAnalysis {
    let store: LinkageStore
    let graph: LinkageGraph
    var timer: PhaseTimer
}

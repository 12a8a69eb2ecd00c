import ClusterAlgorithms
import ClusterAssessment
import ClusterGraph
import ClusterStore
import InputOutput

/// A cluster template derived by consensus clustering (Lancichinetti & Fortunato 2012) on one
/// graph or pooled over several — the same economy over years, or several economies with the
/// same sectors — with every member's stability, derived names and extended clusters. Clusters
/// are found among traded sectors; local ones form the cluster "local economy" unless included.
///
/// ```swift
/// let derived = try TemplateDerivation(store: store, options: TemplateDerivationOptions(name: "nordic", graphs: ["FIN-2011", "SWE-2011"]))
/// for cluster in derived.template.clusters { print(cluster.name, cluster.stability ?? 0) }
/// try store.saveTemplate(derived.template, replace: false)
/// ```
public struct TemplateDerivation: Sendable {
    public let options: TemplateDerivationOptions
    public let template: ClusterTemplate
    public let consensus: ConsensusResult
    /// Keys that some of the graphs lack, left out of the template.
    public let leftOut: [String]
    /// The traded/local classification applied (its local sectors form the template's cluster
    /// "local economy", found by no detection), or nil.
    public let sectorTypes: SectorTypes?

    /// `finished` is called with `"load"` once the graphs are read and with `"compute"` at the end,
    /// for front ends that time the phases.
    /// - Throws: the store's errors for an unknown graph, ``ClusterAlgorithms/AlgorithmError`` for
    ///   options out of range or negative weights.
    public init(store: LinkageStore, options: TemplateDerivationOptions, finished: (String) -> Void = { _ in }) throws {
        self.options = options
        guard !options.graphs.isEmpty else {
            throw AlgorithmError.invalidOption(name: "graphs", value: "none", requirement: "name at least one graph to derive the template from")
        }
        let structures = try options.graphs.map { try store.loadGraph(named: $0) }
        let sources = try TemplateSources(store: store, graphs: options.graphs, structures: structures)
        finished("load")
        let detected = structures.map { structure in
            options.basis == .strength && structure.isDirected ? Self.strengthGraph(of: structure) : structure
        }
        var common = Set(detected[0].keys)
        for graph in detected.dropFirst() { common.formIntersection(graph.keys) }
        leftOut = Set(detected.flatMap(\.keys)).subtracting(common).sorted(by: Partition.keyPrecedes)
        let types = SectorTypes.matching(common.sorted(by: Partition.keyPrecedes), among: options.sectorTypes)
        let local = options.includeLocal ? [] : common.filter { types?.isLocal($0) ?? false }.sorted(by: Partition.keyPrecedes)
        sectorTypes = types
        let traded = common.subtracting(local)
        let pooled = detected.map { $0.nodeCount == traded.count ? $0 : Self.restricted($0, to: traded) }
        let consensus = try ConsensusClustering.run(pooled, options: options.consensus)
        self.consensus = consensus

        let keys = pooled[0].keys
        var clusters = consensus.partition.memberIndices().enumerated().map { id, nodes in
            let members = nodes.map { ClusterTemplate.Member(key: keys[$0], label: sources.label(of: keys[$0]), stability: consensus.stability[$0]) }
                .sorted { Partition.keyPrecedes($0.key, $1.key) }
            return ClusterTemplate.Cluster(id: id, name: ClusterTemplate.derivedName(members: members, size: sources.size(of:)),
                                           namedBy: .derived, members: members,
                                           suppliers: sources.suppliers(of: members.map(\.key), threshold: options.extensionThreshold))
        }
        if !local.isEmpty {
            clusters.append(ClusterTemplate.Cluster(id: clusters.count, name: ClusterTemplate.localEconomyName, namedBy: .derived,
                                                    members: local.map { ClusterTemplate.Member(key: $0, label: sources.label(of: $0)) }))
        }
        var template = ClusterTemplate(
            name: options.name,
            description: options.description ?? "Consensus of \(consensus.runCount) \(options.consensus.method.rawValue) runs on "
                + (options.basis == .strength ? "the linkage strength of " : "") + options.graphs.joined(separator: ", "),
            method: .consensus, parameters: Self.parameters(options, consensus, sectorTypes: types), sources: options.graphs,
            clusters: Self.uniquelyNamed(clusters), extensionThreshold: options.extensionThreshold)
        if !options.names.isEmpty { template.rename(byKeys: options.names, as: .user) }
        self.template = template
        finished("compute")
    }

    /// The undirected linkage-strength graph of an input-output graph, as `linkages --derive strength` stores it.
    static func strengthGraph(of flows: LinkageGraph) -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: false)
        let strength = LinkageStrength(graph: flows, graphName: "")
        for node in strength.nodes { builder.addNode(node) }
        for link in strength.links { builder.addLink(from: link.source, to: link.target, weight: link.weight) }
        return builder.build()
    }

    /// The subgraph on `keys`, nodes in the graph's order.
    static func restricted(_ graph: LinkageGraph, to keys: Set<String>) -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: graph.isDirected)
        for (index, key) in graph.keys.enumerated() where keys.contains(key) {
            builder.addNode(key: key, label: graph.labels[index], kind: graph.kinds[index])
        }
        for u in 0..<graph.nodeCount where keys.contains(graph.keys[u]) {
            for (v, weight) in zip(graph.successors(of: u), graph.successorWeights(of: u)) where keys.contains(graph.keys[Int(v)]) {
                // An undirected graph lists each link from both ends; keep one.
                if graph.isDirected || u <= Int(v) { builder.addLink(from: graph.keys[u], to: graph.keys[Int(v)], weight: weight) }
            }
        }
        return builder.build()
    }

    /// Derived names made unique by the largest member's key where two clusters would share one.
    private static func uniquelyNamed(_ clusters: [ClusterTemplate.Cluster]) -> [ClusterTemplate.Cluster] {
        var seen = Set<String>()
        return clusters.map { cluster in
            var named = cluster
            var number = 2
            while !seen.insert(named.name.lowercased()).inserted {
                named.name = "\(cluster.name) \(number)"
                number += 1
            }
            return named
        }
    }

    private static func parameters(_ options: TemplateDerivationOptions, _ result: ConsensusResult,
                                   sectorTypes: SectorTypes?) -> [String: String] {
        let consensus = options.consensus
        return [
            "sector_types": sectorTypes?.name ?? "none", "local": options.includeLocal ? "included" : "set apart",
            "method": consensus.method.rawValue, "basis": options.basis.rawValue,
            "resolutions": consensus.resolutions.map { "\($0)" }.joined(separator: ","),
            "runs_per_resolution": String(consensus.runsPerResolution), "threshold": "\(consensus.threshold)",
            "seed": String(consensus.seed), "runs": String(result.runCount), "rounds": String(result.rounds),
            "converged": String(result.converged),
        ]
    }
}

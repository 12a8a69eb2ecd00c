import ClusterAlgorithms
import ClusterAssessment
import ClusterGraph
import ClusterStore
import ResultFormat

/// The clusters of a partition with their indicators, maturity classes, reasons and links to one
/// another: the one assessment pipeline behind `clusters`, `render --maturity`, `report` and the demo.
///
/// Local sectors (by the first of the options' traded/local classifications that lists every
/// sector) are left out of detection and assessment and form one group, the local economy,
/// unless the options include them. A group of one sector is not a cluster.
///
/// ```swift
/// let inputs = try AssessmentInputs(store: store, options: ClusterAssessmentOptions(graph: "fi2014-strength"))
/// let assessment = try PartitionAssessment(inputs)
/// for cluster in assessment.clusters { print(cluster.id, cluster.maturity, cluster.reasons.first ?? "") }
/// ```
public struct PartitionAssessment: Sendable {
    public let inputs: AssessmentInputs
    /// The saved partition or the one Leiden found, with the local sectors as one community.
    public let partition: Partition
    /// Every community of ``partition`` by id: clusters, single sectors and the local economy.
    public let clusters: [AssessedCluster]
    public let neighbours: ClusterNeighbours
    /// The traded/local classification applied, or nil when none lists every sector.
    public let sectorTypes: SectorTypes?
    /// Each community's name by id, where the options name the partition's communities.
    public let names: [String?]

    /// True when the partition was detected here rather than loaded.
    public var wasDetected: Bool { inputs.savedPartition == nil }

    /// The communities that are clusters (two or more traded sectors), classified or not.
    public var traded: [AssessedCluster] { clusters.filter { $0.maturity != .notACluster && $0.maturity != .local } }
    /// Single sectors, reported apart.
    public var singleSectors: [AssessedCluster] { clusters.filter { $0.maturity == .notACluster } }
    /// The local economy, when local sectors were set apart.
    public var localEconomy: AssessedCluster? { clusters.first { $0.maturity == .local } }

    /// - Throws: ``ClusterAssessment/RulesError`` when the rules are inconsistent.
    public init(_ inputs: AssessmentInputs) throws {
        self.inputs = inputs
        let options = inputs.options
        let keys = inputs.structure.keys
        let types = SectorTypes.matching(keys, among: options.sectorTypes)
        sectorTypes = types
        let isLocal = keys.map { !options.includeLocal && (types?.isLocal($0) ?? false) }
        let kept = keys.indices.filter { !isLocal[$0] }
        var labels: [Int]
        if let saved = inputs.savedPartition {
            labels = saved.assignment
        } else {
            let detection = CommunityOptions(method: .leiden, resolution: options.resolution, seed: options.seed)
            let found = try inputs.structure.subgraph(indices: kept).communities(detection).partition
            labels = [Int](repeating: -1, count: keys.count)
            for (position, node) in kept.enumerated() { labels[node] = found.assignment[position] }
        }
        let original = labels
        let localLabel = (labels.max() ?? -1) + 1
        for node in keys.indices where isLocal[node] { labels[node] = localLabel }
        partition = Partition(assignment: labels, keys: keys)

        let groups = partition.memberIndices()
        var names = [String?](repeating: nil, count: groups.count)
        if let given = options.names {
            for (id, group) in groups.enumerated() {
                if let node = group.first(where: { !isLocal[$0] }), given.indices.contains(original[node]) { names[id] = given[original[node]] }
            }
        }
        self.names = names

        let calculator = ClusterIndicatorCalculator(flows: inputs.flows, structure: inputs.structure, reference: inputs.reference,
                                                    earlier: inputs.earlier, settings: options.rules.indicators)
        let members = partition.members(keys: keys)
        let localID = groups.firstIndex { group in group.allSatisfy { isLocal[$0] } }
        let assessedIDs = members.indices.filter { $0 != localID }
        let classified = try MaturityClassifier(rules: options.rules).classify(
            assessedIDs.map { calculator.indicators(members: members[$0]) }, members: assessedIDs.map { members[$0] })
        var all = [AssessedCluster?](repeating: nil, count: members.count)
        for (position, id) in assessedIDs.enumerated() { all[id] = classified[position].renumbered(id) }
        if let localID {
            all[localID] = Self.localEconomy(id: localID, members: members[localID], indicators: calculator.indicators(members: members[localID]),
                                             types: types)
        }
        clusters = all.compactMap { $0 }
        neighbours = ClusterNeighbours(flows: inputs.flows, clusters: clusters.map(\.members))
    }

    private static func localEconomy(id: Int, members: [String], indicators: IndicatorSet, types: SectorTypes?) -> AssessedCluster {
        let share = indicators[.outputShare].map { " They make \(Indicator.outputShare.describe($0)) of output" } ?? ""
        let exports = indicators[.exportShare].map { " and export \(Indicator.exportShare.describe($0)) of it." } ?? (share.isEmpty ? "" : ".")
        let text = "Local economy: sectors that serve the home market (\(types?.name ?? "classification")), left out of cluster detection"
            + " (Delgado, Porter & Stern 2016).\(share)\(exports)"
        return AssessedCluster(id: id, members: members, maturity: .local, indicators: indicators, reasons: [text], evidence: [])
    }

    /// Each community's class name by community id (nil where a community has no assessed
    /// cluster), as diagrams colour them.
    public var classByCommunity: [String?] {
        var classes = [String?](repeating: nil, count: partition.communityCount)
        for cluster in clusters where classes.indices.contains(cluster.id) { classes[cluster.id] = cluster.maturity.rawValue }
        return classes
    }

    /// Saves a detected partition on the assessed graph under `name`, replacing one of that name,
    /// with the detection's method and parameters.
    public func saveDetectedPartition(as name: String, in store: LinkageStore) throws {
        let options = inputs.options
        try store.savePartition(partition, graph: options.graph, name: name, method: "leiden",
                                parameters: ["seed": String(options.seed), "resolution": String(options.resolution),
                                             "local": options.includeLocal ? "included" : "grouped"], replace: true)
    }

    /// The JSON document of `clusters --format json` (see Docs/maturity-and-models.md): the
    /// clusters, then single sectors and the local economy apart.
    public func json() -> JSONValue {
        let options = inputs.options
        func entry(_ cluster: AssessedCluster) -> JSONValue {
            JSONValue.assessedCluster(cluster, name: names[cluster.id], neighbours: neighbours.links(of: cluster.id, flowsPerCluster: 5))
        }
        return .object([
            ("graph", .string(options.graph)),
            ("flows", .string(inputs.flowsName)),
            ("partition", .string(options.partition ?? "leiden")),
            ("compare", options.compare.map(JSONValue.string) ?? .null),
            ("rules", .string(options.rules.name)),
            ("sector_types", sectorTypes.map { .string($0.name) } ?? .null),
            ("local_sectors", .string(options.includeLocal ? "included" : sectorTypes == nil ? "none classified" : "reported apart")),
            ("clusters", .array(traded.map(entry))),
            ("single_sectors", .array(singleSectors.map(entry))),
            ("local_economy", localEconomy.map(entry) ?? .null),
        ])
    }
}

extension AssessedCluster {
    /// The same cluster under another id.
    func renumbered(_ id: Int) -> AssessedCluster {
        AssessedCluster(id: id, members: members, maturity: maturity, indicators: indicators, reasons: reasons, evidence: evidence, tests: tests)
    }
}

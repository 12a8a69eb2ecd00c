import ClusterAssessment
import ClusterGraph
import ClusterStore

/// One template across graphs — a series of years, or regions or countries in one year — side
/// by side: each graph assessed by the one pipeline (``PartitionAssessment``) with the same
/// options, the template's clusters lined up, and the reason wherever a class changes.
///
/// Graphs of different units or sector sets, or that are neither one economy over years nor one
/// year across economies (from ``ClusterStore/GraphContext``), are refused unless
/// ``ComparisonOptions/force`` is set.
///
/// ```swift
/// let comparison = try Comparison(store: store, options: ComparisonOptions(template: "etla", graphs: ["FIN-1995", "FIN-2011"]))
/// for row in comparison.rows {
///     print(row.name, row.cells.map { $0?.cluster.maturity.rawValue ?? "-" })
/// }
/// ```
public struct Comparison: Sendable {
    /// One graph of the comparison.
    public struct Column: Sendable {
        public let graph: String
        /// What the chart and the table call it: the year in a series, the economy in a
        /// cross-section, else the graph's name.
        public let label: String
        public let context: GraphContext
        /// The graph its dynamics were measured against.
        public let earlier: String?
        public let fit: TemplateFit
        public let assessment: PartitionAssessment
    }

    /// One template cluster in one graph.
    public struct Cell: Sendable {
        /// The assessed cluster holding most of the template cluster's members; for a template
        /// cluster of local sectors only, the graph's local economy.
        public let cluster: AssessedCluster
        /// The template cluster's members in this graph (all of them, local ones included).
        public let members: [String]
        /// How its class differs from the column before, and why.
        public let change: ClassChange?

        /// True when the template cluster's sectors are all local: set apart as the local
        /// economy, not classified (unless the options include local sectors).
        public var isLocal: Bool { cluster.maturity == .local }
    }

    /// One template cluster across the graphs.
    public struct Row: Sendable {
        public let templateCluster: Int
        public let name: String
        /// Aligned with ``Comparison/columns``; nil where the graph has none of its members.
        public let cells: [Cell?]
    }

    public let options: ComparisonOptions
    public let template: ClusterTemplate
    public let comparability: Comparability
    public let columns: [Column]
    /// Template clusters present in at least one graph, in template order.
    public let rows: [Row]

    /// - Throws: ``ComparisonError`` for graphs that cannot be compared (unless forced),
    ///   ``ClusterStore/TemplateError`` for an unknown template, and the store's and the
    ///   assessment's errors.
    public init(store: LinkageStore, options: ComparisonOptions) throws {
        self.options = options
        guard !options.graphs.isEmpty else { throw ComparisonError.invalidGraphs("name at least one graph to compare") }
        if let twice = options.graphs.first(where: { graph in options.graphs.filter { $0 == graph }.count > 1 }) {
            throw ComparisonError.invalidGraphs("graph '\(twice)' is named twice; name each graph once")
        }
        template = try store.template(named: options.template)
        let contexts = try options.graphs.map { try store.context(of: $0) }
        var comparability = Comparability(graphs: options.graphs, contexts: contexts)
        let order = comparability.order
        let graphs = order.map { options.graphs[$0] }
        var inputs: [AssessmentInputs] = []
        var fits: [TemplateFit] = []
        for (position, graph) in graphs.enumerated() {
            var assessment = options.assessment
            assessment.graph = graph
            assessment.partition = nil
            assessment.compare = options.earlier[graph] ?? (comparability.kind == .series && position > 0 ? graphs[position - 1] : nil)
            let loaded = try AssessmentInputs(store: store, options: assessment)
            let fit = template.fit(keys: loaded.structure.keys)
            let members = fit.partition.members(keys: loaded.structure.keys)
            assessment.names = fit.names.enumerated().map { community, name in name ?? members[community].first ?? "" }
            inputs.append(AssessmentInputs(options: assessment, structure: loaded.structure, flowsName: loaded.flowsName, flows: loaded.flows,
                                           earlier: loaded.earlier, reference: loaded.reference, savedPartition: fit.partition))
            fits.append(fit)
        }
        comparability.checkSectors(graphs: graphs, keys: inputs.map(\.structure.keys))
        if !comparability.problems.isEmpty && !options.force { throw ComparisonError.incomparable(problems: comparability.problems) }
        self.comparability = comparability

        let labels = Self.labels(graphs: graphs, contexts: order.map { contexts[$0] }, kind: comparability.kind)
        columns = try graphs.indices.map { position in
            Column(graph: graphs[position], label: labels[position], context: contexts[order[position]],
                   earlier: inputs[position].options.compare, fit: fits[position], assessment: try PartitionAssessment(inputs[position]))
        }
        let rules = options.assessment.rules
        rows = template.clusters.compactMap { [columns] cluster in
            var cells: [Cell?] = []
            var previous: (cluster: AssessedCluster, label: String)?
            for column in columns {
                guard let assessed = Self.assessed(cluster, in: column.assessment) else {
                    cells.append(nil)
                    previous = nil
                    continue
                }
                let present = Set(column.assessment.inputs.structure.keys)
                let change = previous.flatMap {
                    ClassChange(before: $0.cluster, after: assessed, beforeLabel: $0.label, afterLabel: column.label, rules: rules)
                }
                cells.append(Cell(cluster: assessed, members: cluster.members.map(\.key).filter(present.contains), change: change))
                previous = (assessed, column.label)
            }
            return cells.contains { $0 != nil } ? Row(templateCluster: cluster.id, name: cluster.name, cells: cells) : nil
        }
    }

    /// The assessed cluster holding most of the template cluster's members outside the local
    /// economy (the assessment sets local sectors apart); the local economy when all of them are
    /// local; nil when the graph has none of them.
    private static func assessed(_ cluster: ClusterTemplate.Cluster, in assessment: PartitionAssessment) -> AssessedCluster? {
        let keys = Set(cluster.members.map(\.key))
        let overlaps = assessment.clusters.map { candidate in
            candidate.maturity == .local ? 0 : candidate.members.filter(keys.contains).count
        }
        guard let best = overlaps.indices.max(by: { overlaps[$0] != overlaps[$1] ? overlaps[$0] < overlaps[$1] : $0 > $1 }),
              overlaps[best] > 0 else {
            return assessment.localEconomy.flatMap { local in local.members.contains(where: keys.contains) ? local : nil }
        }
        return assessment.clusters[best]
    }

    /// Years for a series, economies for a cross-section, else both; the graph names where that
    /// is unknown or would not tell the graphs apart.
    private static func labels(graphs: [String], contexts: [GraphContext], kind: Comparability.Kind) -> [String] {
        let labels = zip(graphs, contexts).map { graph, context -> String in
            switch kind {
            case .series: return context.year.map(String.init) ?? graph
            case .crossSection: return context.economy ?? graph
            case .mixed:
                guard let economy = context.economy, let year = context.year else { return graph }
                return "\(economy) \(year)"
            }
        }
        return Set(labels).count == labels.count ? labels : graphs
    }
}

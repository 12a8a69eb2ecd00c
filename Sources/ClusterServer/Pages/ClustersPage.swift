import ClusterAssessment
import ClusterStore
import ClusterWorkflows

/// A graph's clusters: the options that decide them, the diagram coloured by class, one row per
/// cluster with its indicators, and every cluster's reasons.
struct ClustersPage {
    let view: AssessmentView
    let diagram: RenderedDiagram
    let partitions: [SavedResultSummary]
    /// Shipped cluster definitions made for this graph's sectors.
    let definitions: [ClusterDefinition]
    let graphNames: [String]

    /// The indicators of the table, with short headings (the indicator's name shows on hover).
    static let shownIndicators: [(indicator: Indicator, heading: String)] = [
        (.output, "output"), (.outputShare, "share of economy"), (.exportShare, "exported"), (.rca, "RCA"),
        (.internalLinkage, "sales kept inside"), (.outputGrowth, "output growth"),
        (.worldShareGrowth, "world share growth"),
    ]

    func html(layout: Layout) -> HTML {
        let parameters = view.parameters
        let graph = parameters.graph
        let assessment = view.assessment
        let base = Paths.graph(graph) + "/clusters"
        // An indicator no cluster has (growth without an earlier graph) gets no column.
        let shownIndicators = Self.shownIndicators.filter { shown in assessment.clusters.contains { $0.indicators[shown.indicator] != nil } }
        let rows: [[HTML]] = assessment.clusters.map { cluster in
            let values: [HTML] = shownIndicators.map { shown in
                let value = cluster.indicators[shown.indicator]
                return "\(Formatting.indicator(shown.indicator, value))"
            }
            return ["<a href=\"\(Paths.cluster(parameters, id: cluster.id))\">\(view.title(cluster.id))</a>",
                    Fragments.badge(cluster.maturity.rawValue),
                    "<div class=\"members\">\(view.members(cluster, limit: 6))</div>"] + values
        }
        let cards: [HTML] = assessment.clusters.map { cluster in
            """
            <div class="cluster-card class-\(cluster.maturity.rawValue.replacingOccurrences(of: " ", with: "-"))" id="cluster-\(cluster.id)">
            <h3><a href="\(Paths.cluster(parameters, id: cluster.id))">\(view.title(cluster.id))</a> \(Fragments.badge(cluster.maturity.rawValue))</h3>
            <p class="members">\(view.members(cluster))</p>
            \(view.reasons(cluster))
            </div>
            """
        }
        let flags = parameters.flags
        let commands = [["clusters", "--graph", graph] + flags,
                        ["render", "--graph", graph, "--maturity"] + flags + ["--output", "clusters.svg"]]
        let counts = MaturityClass.allCases.compactMap { maturity -> String? in
            let count = assessment.clusters.filter { $0.maturity == maturity }.count
            return count == 0 ? nil : "\(count) \(maturity.rawValue)"
        }
        return layout.page(
            title: "Clusters of \(graph)",
            crumbs: [.init(title: "Graphs", href: "/"), .init(title: graph, href: Paths.graph(graph)), .init(title: "Clusters", href: nil)],
            commands: commands, json: "/api" + Paths.clusters(parameters), """
            <h1>Clusters of \(graph)</h1>
            <p class="lead">\(assessment.clusters.count) clusters (\(counts.joined(separator: ", "))) — \(view.partitionText); \
            flows and sector attributes from <a href="\(Paths.graph(assessment.inputs.flowsName))">\(assessment.inputs.flowsName)</a>; \
            classes by the rules “\(assessment.inputs.options.rules.name)”. Every class comes with the conditions that decided it.</p>
            \(optionsForm)
            \(Fragments.diagram(svg: String(decoding: diagram.bytes, as: UTF8.self),
                                downloads: ["svg", "png", "pdf", "dot"].map { ($0, Paths.diagram(base, format: $0, query: parameters.queryItems, download: true)) },
                                notes: diagram.notes, caption: "Clusters coloured by maturity class."))
            <h2>The clusters</h2>
            \(Fragments.table(headings: ["cluster", "class", "members"] + shownIndicators.map { "<span title=\"\($0.indicator.rawValue): \($0.indicator.meaning)\">\($0.heading)</span>" },
                              numeric: Set(3..<(3 + shownIndicators.count)), rows: rows))
            <h2>Why each cluster has its class</h2>
            <p class="muted">✓ condition met · ✗ not met · – not tested (data missing) · • context.</p>
            \(cards)
            """)
    }

    /// The assessment's options as a form; submitting it reloads the page with them in the address.
    private var optionsForm: HTML {
        let parameters = view.parameters
        func option(_ value: String, _ text: String, selected: Bool) -> HTML {
            "<option value=\"\(value)\"\(selected ? HTML(" selected") : "")>\(text)</option>"
        }
        let partitionChoices: [HTML] = [option("", "—", selected: parameters.partition == nil)]
            + partitions.map { option($0.name, $0.name, selected: parameters.partition == $0.name) }
        let definitionChoices: [HTML] = [option("", "—", selected: parameters.clusters == nil)]
            + definitions.map { option($0.source, $0.source, selected: parameters.clusters == $0.source) }
        let options: [HTML] = graphNames.map { "<option value=\"\($0)\">" }
        return """
            <form class="options" method="get" action="\(Paths.graph(parameters.graph))/clusters">
            <label>defined by<select name="clusters">\(definitionChoices)</select></label>
            <label>or saved partition<select name="partition">\(partitionChoices)</select></label>
            <label>flows (default: the graph it was derived from)<input name="flows" list="graph-names" value="\(parameters.flows)"></label>
            <label>compare (earlier year)<input name="compare" list="graph-names" value="\(parameters.compare)"></label>
            <label>reference (nation)<input name="reference" list="graph-names" value="\(parameters.reference)"></label>
            <label>seed<input name="seed" size="4" value="\(parameters.seed == 0 ? "" : String(parameters.seed))" placeholder="0"></label>
            <label>resolution<input name="resolution" size="4" value="\(parameters.resolution == 1 ? "" : String(parameters.resolution))" placeholder="1"></label>
            <label>local sectors<span><input type="checkbox" name="include-local" value="1"\(parameters.includeLocal ? HTML(" checked") : "")> include</span></label>
            <button type="submit">Assess</button>
            <datalist id="graph-names">\(options)</datalist>
            </form>
            <p class="muted">Neither a definition nor a partition: clusters are found by Leiden among the traded sectors (seed and resolution).</p>
            """
    }
}

import ClusterGraph
import ClusterStore
import ClusterWorkflows
import InputOutput

/// One graph: what it is, its drawing, its largest sectors and links, its key sectors and where
/// its industries concentrate, with links to its clusters.
struct GraphPage {
    let summary: GraphSummary
    let names: [String]
    let linkKinds: [(kind: String, links: Int)]
    let partitions: [SavedResultSummary]
    /// Shipped cluster definitions made for this graph's sectors.
    let definitions: [ClusterDefinition]
    /// Stored cluster templates with sectors of this graph, to compare across its years.
    let templates: [ClusterTemplate]
    /// The graph of the same series a year before, to compare with.
    let earlier: String?
    let derived: [GraphSummary]
    let overview: GraphOverview
    let diagram: RenderedDiagram
    /// The key-sector chart, or why there is none.
    let keySectors: Result<String, KeySectorsAbsent>
    let specialisation: SpecialisationReport?

    /// Why a graph has no key-sector chart.
    struct KeySectorsAbsent: Error {
        let reason: String
    }

    /// Sectors above this count get no key-sector chart: the Leontief inverse is dense.
    static let keySectorLimit = 2_000

    func html(layout: Layout) -> HTML {
        let name = summary.name
        let base = Paths.graph(name)
        let kinds = linkKinds.map { "\($0.kind) (\(Formatting.amount(Double($0.links))))" }.joined(separator: ", ")
        var commands: [[String]] = [["graphs", "--graph", name], ["render", "--graph", name, "--output", "\(fileStem).svg"]]
        commands.append(["graphs", "--graph", name, "--overview"])
        if case .success = keySectors { commands.append(["render", "--graph", name, "--key-sectors", "--output", "\(fileStem)-key-sectors.svg"]) }
        if specialisation != nil { commands.append(["specialisation", "--graph", name]) }
        return layout.page(
            title: name, crumbs: [.init(title: "Graphs", href: "/"), .init(title: name, href: nil)],
            commands: commands, json: Paths.apiGraph(name), """
            <h1>\(name)</h1>
            <p class="lead">\(summary.description.isEmpty ? "No description." : summary.description)\
            \(summary.source.isEmpty ? HTML.empty : " <span class=\"muted\">Source: \(summary.source)</span>")</p>
            <ul class="facts">
            <li><b>\(Formatting.amount(Double(summary.nodeCount)))</b>nodes</li>
            <li><b>\(Formatting.amount(Double(summary.linkCount)))</b>links</li>
            <li><b>\(summary.isDirected ? "directed" : "undirected")</b>\(kinds.isEmpty ? "no links" : kinds)</li>
            <li><b>\(Formatting.time(summary.updatedAt))</b>last changed</li>
            </ul>
            \(clustersSection)
            <h2>The linkage graph</h2>
            \(Fragments.diagram(svg: String(decoding: diagram.bytes, as: UTF8.self), downloads: downloads(base), notes: diagram.notes,
                                caption: "Link width follows the weight; node size the output, where nodes have it; each node keeps its 3 heaviest links."))
            <div class="grid">
            <section><h2>Largest sectors</h2>\(sectorsTable)</section>
            <section><h2>Heaviest links</h2>\(linksTable)</section>
            </div>
            \(keySectorsSection)
            \(specialisationSection)
            """)
    }

    private var fileStem: String { summary.name.replacingOccurrences(of: "/", with: "-") }

    private func downloads(_ base: String) -> [(format: String, href: String)] {
        ["svg", "png", "pdf", "dot"].map { ($0, Paths.diagram(base, format: $0, query: [], download: true)) }
    }

    /// Cluster definitions and saved partitions lead to their clusters; an input-output graph
    /// points to the graphs derived from it.
    private var clustersSection: HTML {
        let name = summary.name
        var items: [HTML] = definitions.map { definition in
            var parameters = AssessmentParameters(graph: name)
            parameters.clusters = definition.source
            parameters.compare = earlier
            let href = Paths.clusters(parameters)
            let count = Set(definition.clusterOf.values).count
            let compared: HTML = earlier.map { " <span class=\"muted\">— compared with \($0) for dynamics</span>" } ?? .empty
            // Groups of local sectors are assessed together as the local economy, so the page may count fewer clusters.
            return "<li><a href=\"\(href)\"><b>The clusters of \(definition.source)</b></a> <span class=\"muted\">(\(count) named groups)</span>\(compared)</li>"
        }
        items += partitions.map { partition in
            let parameters = partition.parameters.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            var chosen = AssessmentParameters(graph: name)
            chosen.partition = partition.name
            let href = Paths.clusters(chosen)
            return "<li><a href=\"\(href)\"><b>\(partition.name)</b></a> <span class=\"muted\">— \(partition.method)\(parameters.isEmpty ? "" : ", \(parameters)"), saved \(Formatting.time(partition.createdAt))</span></li>"
        }
        items += templates.map { template in
            let offer = TemplateComparisons.offered(template, graph: name, names: names)
            return "<li><a href=\"\(Paths.comparison(offer.parameters))\"><b>The clusters of template \(template.name)</b></a> <span class=\"muted\">— compared \(offer.title)</span></li>"
        }
        items.append("<li><a href=\"\(Paths.graph(name))/clusters\">Find clusters with Leiden</a> <span class=\"muted\">(seed 0, as \(Fragments.prose("`clusternet clusters --graph \(name)`")) does)</span></li>")
        let derivedItems: [HTML] = derived.map { graph in
            "<li><a href=\"\(Paths.graph(graph.name))\"><b>\(graph.name)</b></a> <span class=\"muted\">— \(graph.description)</span></li>"
        }
        let derivedPart: HTML = derivedItems.isEmpty ? .empty : """
            <p>Clusters of input-output tables are usually found on a graph derived from it (linkage strength, \
            `clusternet linkages --derive strength`):</p><ul>\(derivedItems)</ul>
            """
        return "<h2>Clusters</h2>\(derivedPart)<ul>\(items)</ul>"
    }

    private var keySectorsSection: HTML {
        switch keySectors {
        case .success(let svg):
            let href = Paths.graph(summary.name) + "/key-sectors.svg"
            return """
                <h2>Key sectors</h2>
                <p class="lead">Rasmussen–Hirschman indices: backward linkage (how much a sector buys from the others, \
                from the Leontief inverse) against forward linkage (how much it sells to them, from the Ghosh inverse). \
                Key sectors are above 1 on both.</p>
                \(Fragments.diagram(svg: svg, downloads: [("svg", href + "?download=1")], notes: [], caption: "Backward against forward linkage."))
                """
        case .failure(let absent):
            return "<h2>Key sectors</h2>\(Fragments.note(absent.reason))"
        }
    }

    /// Each region's three most specialised sectors (highest location quotient).
    private var specialisationSection: HTML {
        guard let specialisation else { return .empty }
        let rows: [[HTML]] = specialisation.table.regions.map { region in
            let top = specialisation.rows.filter { $0.region == region && $0.locationQuotient != nil }
                .sorted { ($0.locationQuotient ?? 0) > ($1.locationQuotient ?? 0) }.prefix(3)
            let sectors: [HTML] = top.map { row in
                let stars = String(repeating: " ★", count: row.stars)
                return """
                    <span title="\(row.reasons.joined(separator: " "))"><code>\(row.unit)</code> \(row.label ?? "") \
                    <span class="muted">LQ \(Formatting.amount(row.locationQuotient, digits: 2))\(stars)</span></span>
                    """
            }
            return ["\(region)", HTML.joined(sectors, separator: "<br>")]
        }
        return """
            <h2>Where industries concentrate</h2>
            <p class="lead">Each region's three most specialised sectors by location quotient of \(specialisation.options.measure.rawValue) \
            (LQ above 1: more concentrated in the region than in the nation; ★ European Cluster Observatory stars \
            for size, specialisation and focus). National sizes: \(specialisation.nationalSource).</p>
            \(Fragments.table(["region", "most specialised sectors"], rows: rows))
            """
    }

    /// The largest sectors: name and key, then output (or link strength).
    private var sectorsTable: HTML {
        let rows: [[HTML]] = overview.sectors.map { sector in
            [Self.node(key: sector.key, label: sector.label), "\(Self.amount(sector.value))"]
        }
        let caption: HTML = overview.measure == "output" ? .empty : "No node has an output; sectors are ranked by the weight of their links."
        return Fragments.table(["sector", overview.measure], numeric: [1], rows: rows, caption: caption)
    }

    /// The heaviest links between two sectors: seller, buyer, weight.
    private var linksTable: HTML {
        let rows: [[HTML]] = overview.links.map { link in
            [Self.node(key: link.source, label: link.sourceLabel), Self.node(key: link.target, label: link.targetLabel), "\(Self.amount(link.weight))"]
        }
        return Fragments.table([summary.isDirected ? "from (sells)" : "between", summary.isDirected ? "to (buys)" : "and", "weight"],
                               numeric: [2], rows: rows)
    }

    private static func node(key: String, label: String?) -> HTML {
        guard let label, !label.isEmpty else { return "<code>\(key)</code>" }
        return "\(label) <code>\(key)</code>"
    }

    private static func amount(_ value: Double) -> String {
        Formatting.amount(value, digits: abs(value) < 10 ? 3 : 0)
    }
}

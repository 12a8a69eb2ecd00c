import ClusterAssessment
import ClusterWorkflows

/// One cluster template across graphs (`clusternet compare`): the chart, a table of every
/// template cluster's class and indicators in each graph, and why a class changed.
struct ComparePage {
    let comparison: Comparison
    let parameters: ComparisonParameters
    let chart: [UInt8]

    func html(layout: Layout) -> HTML {
        let template = comparison.template.name
        let labels = comparison.columns.map(\.label).joined(separator: ", ")
        var facts = comparison.comparability.problems.map { "Compared despite: \($0)." }
            + comparison.comparability.notes.map { "Note: \($0)." }
        for column in comparison.columns where !column.fit.missing.isEmpty || !column.fit.extra.isEmpty {
            var parts: [String] = []
            if !column.fit.missing.isEmpty { parts.append("lacks the template's " + column.fit.missing.joined(separator: ", ")) }
            if !column.fit.extra.isEmpty { parts.append("has sectors outside the template: " + column.fit.extra.joined(separator: ", ")) }
            facts.append("\(column.graph) " + parts.joined(separator: "; ") + ".")
        }
        let factItems: [HTML] = facts.map { "<li>\(Fragments.prose($0))</li>" }
        let headings: [HTML] = ["cluster"] + comparison.columns.map { column in
            let earlier: HTML = column.earlier.map { "<br><span class=\"muted\">against \($0)</span>" } ?? .empty
            return "<a href=\"\(Paths.graph(column.graph))\">\(column.label)</a>\(earlier)"
        }
        let rows: [[HTML]] = comparison.rows.map { row in
            ["<b>\(row.name)</b>"] + row.cells.map(cell)
        }
        let changes: [HTML] = comparison.rows.flatMap { row in
            zip(comparison.columns, row.cells).compactMap { column, cell -> HTML? in
                guard let change = cell?.change else { return nil }
                let reasons: [HTML] = change.reasons.map { "<li>\($0)</li>" }
                return """
                    <div class="cluster-card"><h3>\(row.name), \(column.label): \(Fragments.badge(change.from.rawValue)) → \
                    \(Fragments.badge(change.to.rawValue)) <span class="muted">(\(comparison.comparability.kind == .series ? "since" : "against") \(change.since))</span></h3>
                    <ul>\(reasons)</ul></div>
                    """
            }
        }
        let downloads = ["svg", "png", "pdf"].map { ($0, Paths.diagram("/compare", format: $0, query: parameters.queryItems, download: true)) }
        return layout.page(
            title: "Template \(template) across \(labels)",
            crumbs: [.init(title: "Graphs", href: "/"), .init(title: "Compare \(template)", href: nil)],
            commands: [["compare"] + parameters.flags + ["--chart", "compare.svg"]], json: "/api" + Paths.comparison(parameters), """
            <h1>Template \(template) across \(labels)</h1>
            <p class="lead">\(comparison.columns.count) graphs (\(comparison.comparability.kind.rawValue)), each assessed with the \
            template's \(comparison.template.clusters.count) clusters; classes by the rules “\(comparison.options.assessment.rules.name)”. \
            A class that changed is marked * and explained below.</p>
            \(factItems.isEmpty ? HTML.empty : "<ul class=\"notes\">\(factItems)</ul>")
            \(Fragments.diagram(svg: String(decoding: chart, as: UTF8.self), downloads: downloads, notes: [],
                                caption: "Each cluster's indicators across the graphs, coloured by class."))
            <h2>Classes and indicators</h2>
            \(Fragments.table(headings: headings, rows: rows))
            <h2>Why a class changed</h2>
            \(changes.isEmpty ? Fragments.note("No cluster changed its class.") : HTML.joined(changes))
            """)
    }

    /// A cluster in one graph: its class and the shown indicators it has; – when the graph has none of its sectors.
    private func cell(_ cell: Comparison.Cell?) -> HTML {
        guard let cell else { return "<span class=\"muted\">–</span>" }
        let values: [HTML] = cell.isLocal ? [] : Comparison.shownIndicators.compactMap { indicator in
            cell.cluster.indicators[indicator].map { value in
                "<li><span title=\"\(indicator.meaning)\">\(indicator.rawValue)</span> \(Formatting.indicator(indicator, value))</li>"
            }
        }
        return "\(Fragments.badge(cell.cluster.maturity.rawValue))\(cell.change == nil ? "" : " *")<ul class=\"members\">\(values)</ul>"
    }
}

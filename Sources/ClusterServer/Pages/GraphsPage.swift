import ClusterGraph
import ClusterStore
import ClusterWorkflows

/// The graphs in the store: what each is, how large, where it comes from and when it changed.
/// Regional graphs (`NAME/REGION`) are folded under their national graph. The cluster templates
/// follow, each with the comparisons across graphs it offers.
enum GraphsPage {
    static func html(_ graphs: [GraphSummary], templates: [ClusterTemplate], layout: Layout) -> HTML {
        let names = graphs.map(\.name)
        let regional = Set(graphs.filter { graph in names.contains { graph.name.hasPrefix($0 + "/") } }.map(\.name))
        let rows: [[HTML]] = graphs.filter { !regional.contains($0.name) }.map { graph in
            let regions = SpecialisationReport.regions(of: graph.name, among: names)
            let regionNote: HTML = regions.isEmpty ? .empty : "<br><span class=\"muted\">and \(regions.count) regional graphs</span>"
            return [
                "<a href=\"\(Paths.graph(graph.name))\"><b>\(graph.name)</b></a>\(regionNote)",
                kind(graph, names: names),
                "\(Formatting.amount(Double(graph.nodeCount)))", "\(Formatting.amount(Double(graph.linkCount)))",
                "\(graph.description)", "\(graph.source)", "\(Formatting.time(graph.updatedAt))",
            ]
        }
        let families: [HTML] = graphs.filter { !regional.contains($0.name) }.compactMap { graph in
            let regions = graphs.filter { $0.name.hasPrefix(graph.name + "/") }
            guard !regions.isEmpty else { return nil }
            let items: [HTML] = regions.map { region in
                let nodes = Formatting.amount(Double(region.nodeCount)), links = Formatting.amount(Double(region.linkCount))
                return """
                    <li><a href="\(Paths.graph(region.name))">\(String(region.name.dropFirst(graph.name.count + 1)))</a> \
                    <span class="muted">\(nodes) nodes, \(links) links</span></li>
                    """
            }
            return "<details><summary>The \(regions.count) regional graphs of \(graph.name)</summary><ul class=\"columns\">\(items)</ul></details>"
        }
        let body: HTML = graphs.isEmpty
            ? Fragments.note("The store has no graphs yet. Import one with `clusternet import io …` or run `make demo`.")
            : Fragments.table(["graph", "kind", "nodes", "links", "description", "source", "updated"], numeric: [2, 3], rows: rows)
        return layout.page(title: "Graphs", commands: [["graphs"]], json: "/api/graphs", """
            <h1>Graphs in this store</h1>
            <p class="lead">Each graph holds sectors or firms and the flows between them. Open one for its largest \
            sectors and links, its key sectors and where its industries concentrate; from there, its clusters \
            with their maturity class and the reasons for it.</p>
            \(body)\(families)
            \(templatesSection(templates, names: names))
            """)
    }

    /// The stored templates with links to compare them across graphs (`clusternet compare`).
    static func templatesSection(_ templates: [ClusterTemplate], names: [String]) -> HTML {
        guard !templates.isEmpty else { return .empty }
        let rows: [[HTML]] = templates.map { template in
            let links: [HTML] = TemplateComparisons.offered(template, names: names).map { offer in
                "<li><a href=\"\(Paths.comparison(offer.parameters))\">Compare \(offer.title)</a></li>"
            }
            return ["<b>\(template.name)</b>", "\(template.clusters.count)", "\(template.method.rawValue)",
                    "\((template.sources + TemplateComparisons.graphs(of: template, names: names).filter { !template.sources.contains($0) }).joined(separator: ", "))",
                    links.isEmpty ? "<span class=\"muted\">compare it on a graph's page</span>" : "<ul>\(links)</ul>"]
        }
        return """
            <h2>Cluster templates</h2>
            <p class="lead">A template defines clusters once by sector, so they can be followed across years and economies \
            (\(Fragments.prose("`clusternet template list`, `clusternet compare`"))).</p>
            \(Fragments.table(["template", "clusters", "made by", "from", "compare"], numeric: [1], rows: rows))
            """
    }

    /// What kind of graph this is, in words.
    static func kind(_ graph: GraphSummary, names: [String]) -> HTML {
        if !graph.isDirected, names.contains(graph.source), graph.source != graph.name {
            return "undirected, derived from <a href=\"\(Paths.graph(graph.source))\">\(graph.source)</a>"
        }
        return graph.isDirected ? "directed flows" : "undirected links"
    }
}

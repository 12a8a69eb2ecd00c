import ClusterStore
import ClusterWorkflows

/// The graphs in the store: what each is, how large, where it comes from and when it changed.
/// Regional graphs (`NAME/REGION`) are folded under their national graph.
enum GraphsPage {
    static func html(_ graphs: [GraphSummary], layout: Layout) -> HTML {
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
            """)
    }

    /// What kind of graph this is, in words.
    static func kind(_ graph: GraphSummary, names: [String]) -> HTML {
        if !graph.isDirected, names.contains(graph.source), graph.source != graph.name {
            return "undirected, derived from <a href=\"\(Paths.graph(graph.source))\">\(graph.source)</a>"
        }
        return graph.isDirected ? "directed flows" : "undirected links"
    }
}

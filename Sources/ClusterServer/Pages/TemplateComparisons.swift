import ClusterGraph
import ClusterWorkflows

/// The comparisons a page offers for a stored template: across the years of a graph's series
/// (graphs named alike but for the year), or across the graphs the template was made from.
enum TemplateComparisons {
    /// The series (two years or more) among the template's graphs, then all its graphs together
    /// when they are more than one series.
    static func offered(_ template: ClusterTemplate, names: [String]) -> [(title: String, parameters: ComparisonParameters)] {
        let sources = graphs(of: template, names: names)
        var offered: [(title: String, parameters: ComparisonParameters)] = []
        var seen: Set<[String]> = []
        for source in sources {
            let series = GraphSeries.series(of: source, among: names)
            guard series.count >= 2, seen.insert(series.map(\.name)).inserted else { continue }
            offered.append((yearsTitle(series), ComparisonParameters(template: template.name, graphs: series.map(\.name))))
        }
        if sources.count >= 2, !seen.contains(sources) {
            offered.append(("across its graphs (\(sources.joined(separator: ", ")))",
                            ComparisonParameters(template: template.name, graphs: sources)))
        }
        return offered
    }

    /// For one graph: across its series' years, or the graph alone when it has no series.
    static func offered(_ template: ClusterTemplate, graph: String, names: [String]) -> (title: String, parameters: ComparisonParameters) {
        let series = GraphSeries.series(of: graph, among: names)
        guard series.count >= 2 else { return ("in \(graph)", ComparisonParameters(template: template.name, graphs: [graph])) }
        return (yearsTitle(series), ComparisonParameters(template: template.name, graphs: series.map(\.name)))
    }

    /// The stored graphs a template was derived from, or whose labels and suppliers an imported
    /// template took (`template import --graph`, kept in its parameters).
    static func graphs(of template: ClusterTemplate, names: [String]) -> [String] {
        let recorded = template.sources + (template.parameters["graphs"]?.split(separator: ",").map(String.init) ?? [])
        var seen: Set<String> = []
        return recorded.filter { names.contains($0) && seen.insert($0).inserted }
    }

    private static func yearsTitle(_ series: [(name: String, year: Int)]) -> String {
        "across \(series.count) years (\(series[0].name) to \(series[series.count - 1].name))"
    }
}

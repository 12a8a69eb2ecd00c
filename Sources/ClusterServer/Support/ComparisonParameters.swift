import ClusterAssessment
import ClusterWorkflows

/// The options of `clusternet compare` as a request carries them, under the command's flag names
/// (`template`, `graph` repeated, `earlier` as GRAPH=EARLIER repeated, `force`, `reference`,
/// `include-local`, and for the chart `indicator` and `cluster` repeated), so the page, its JSON
/// and its command line always mean the same comparison. `--rules` and `--sector-types` have no
/// web form: a server does not read files named by its visitors.
///
/// ```swift
/// let parameters = try ComparisonParameters(form: RequestForm(query: "template=etla&graph=FIN-2005&graph=FIN-2011"))
/// parameters.flags   // ["--template", "etla", "--graph", "FIN-2005", "--graph", "FIN-2011"]
/// ```
struct ComparisonParameters: Sendable, Hashable {
    var template: String
    var graphs: [String]
    var earlier: [String] = []
    var force = false
    var reference: String?
    var includeLocal = false
    var indicators: [Indicator] = []
    /// Template clusters the chart shows, by name or id.
    var clusters: [String] = []

    init(template: String, graphs: [String]) {
        self.template = template
        self.graphs = graphs
    }

    /// - Throws: ``ServerError/badRequest(_:location:)`` for a missing template or graph, an
    ///   `earlier` that is not GRAPH=EARLIER, an unknown indicator.
    init(form: RequestForm) throws {
        guard let template = form["template"] else {
            throw ServerError.badRequest("Name the cluster template to compare: template=NAME (`clusternet template list` shows them).")
        }
        self.template = template
        graphs = form.all("graph")
        guard !graphs.isEmpty else { throw ServerError.badRequest("Name at least one graph to compare: graph=G1&graph=G2….") }
        earlier = form.all("earlier")
        for pair in earlier where pair.split(separator: "=").count != 2 {
            throw ServerError.badRequest("earlier takes GRAPH=EARLIER, such as FIN-2011=FIN-2005, not '\(pair)'.")
        }
        force = form["force"] != nil
        reference = form["reference"]
        includeLocal = form["include-local"] != nil
        indicators = try form.all("indicator").map { name in
            guard let indicator = Indicator(rawValue: name) else {
                throw ServerError.badRequest("indicator '\(name)' is not an indicator; use one of \(Indicator.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return indicator
        }
        clusters = form.all("cluster")
    }

    /// The library options, with the shipped traded/local classifications as the command uses them.
    func options(_ shipped: ShippedSettings) -> ComparisonOptions {
        var options = ComparisonOptions(template: template, graphs: graphs,
                                        assessment: ClusterAssessmentOptions(graph: "", reference: reference, sectorTypes: shipped.sectorTypes,
                                                                             includeLocal: includeLocal),
                                        force: force)
        for pair in earlier {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            options.earlier[parts[0]] = parts[1]
        }
        return options
    }

    /// The parameters that decide the comparison (not the chart's choices), for addresses.
    var comparisonItems: [(String, String?)] {
        [("template", template)] + graphs.map { ("graph", $0) } + earlier.map { ("earlier", $0) }
            + [("force", force ? "1" : nil), ("reference", reference), ("include-local", includeLocal ? "1" : nil)]
    }

    /// Every parameter, for addresses.
    var queryItems: [(String, String?)] {
        comparisonItems + indicators.map { ("indicator", $0.rawValue) } + clusters.map { ("cluster", $0) }
    }

    /// The same parameters as command-line flags, after `compare`.
    var flags: [String] {
        queryItems.flatMap { name, value -> [String] in
            guard let value else { return [] }
            switch name {
            case "force", "include-local": return ["--" + name]
            default: return ["--" + name, value]
            }
        }
    }

    /// Identifies the comparison in the answer cache.
    var cacheKey: String {
        (["comparison"] + comparisonItems.map { "\($0.0)=\($0.1 ?? "")" }).joined(separator: "\u{1F}")
    }

    /// Identifies the chart in the answer cache, before its format.
    var chartKey: String {
        ([cacheKey] + indicators.map { "indicator=" + $0.rawValue } + clusters.map { "cluster=" + $0 }).joined(separator: "\u{1F}")
    }
}

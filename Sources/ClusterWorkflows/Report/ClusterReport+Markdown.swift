import ClusterAssessment
import ClusterGraph

extension ClusterReport {
    /// The report in Markdown for a regional economist: the classes over the series, each
    /// cluster's reasons, closest model, regions and links, the local economy, and how the classes
    /// are decided. `diagram` is the file name of ``diagram(title:)`` as written beside it.
    public func markdown(diagram: String? = nil, reproduce: [String] = []) -> String {
        var lines = ["# \(request.title)", ""]
        lines += introduction()
        lines += seriesTable()
        if let diagram { lines += ["![Clusters of \(latest.inputs.options.graph) by maturity class](\(diagram))", ""] }
        for cluster in latest.traded { lines += section(cluster) }
        lines += apart()
        lines += regionsNote()
        lines += rulesExplained()
        if !reproduce.isEmpty { lines += ["## Reproduce", "", "```sh"] + reproduce + ["```", ""] }
        return lines.joined(separator: "\n")
    }

    private var labels: [String: String] {
        let graph = latest.inputs.flows
        return Dictionary(graph.keys.indices.map { (graph.keys[$0], graph.labels[$0] ?? graph.keys[$0]) }, uniquingKeysWith: { first, _ in first })
    }

    private func introduction() -> [String] {
        let options = latest.inputs.options
        let definition = request.definition.map { "the fixed cluster definition `\($0.source)`, applied to every year" }
            ?? (options.partition.map { "the partition `\($0)` saved on each graph" } ?? "clusters found by Leiden community detection on each graph")
        let types = latest.sectorTypes.map { "Local sectors (`\($0.name)`: Delgado, Porter & Stern 2016) are set apart as the local economy; clusters are groups of traded sectors." }
            ?? "No traded/local classification lists these sectors: every sector counts as traded."
        return [
            "*Written by ClusterNet from the graphs \(request.graphs.map { "`\($0)`" }.joined(separator: ", ")) with \(definition).*",
            "",
            "Each cluster is classified as *strong*, *stable*, *potential* or *latent* — ETLA's categories for Finland's clusters,",
            "retold in the seed article — by the rules in `Rules/maturity-default.json`: revealed comparative advantage against the",
            "world, the share of the members' intermediate sales kept inside, balance between a core and supporting industries,",
            "and growth since the previous graph of the series. \(types) A group of one sector is not a cluster.",
            "",
        ]
    }

    private func seriesTable() -> [String] {
        let graphs = request.graphs
        var lines = ["## Classes over the series", "",
                     "| cluster | " + graphs.joined(separator: " | ") + " |",
                     "|---|" + String(repeating: "---|", count: graphs.count)]
        for cluster in latest.traded {
            let name = Self.name(of: cluster, in: latest)
            let cells = history(of: cluster).map { _, same -> String in
                guard let same else { return "—" }
                let rca = same.indicators[.rca].map { ", RCA " + Indicator.rca.describe($0) } ?? ""
                return "**\(same.maturity.rawValue)**\(rca)"
            }
            lines.append("| \(name) (\(cluster.members.joined(separator: ", "))) | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        return lines
    }

    private func section(_ cluster: AssessedCluster) -> [String] {
        let name = Self.name(of: cluster, in: latest)
        var lines = ["## \(name) — \(cluster.maturity.rawValue)", ""]
        lines.append("Members: " + cluster.members.map { "\(labels[$0] ?? $0) (`\($0)`)" }.joined(separator: ", ") + ".")
        lines.append("")
        let earlier = history(of: cluster).dropLast().compactMap { graph, same in same.map { "\(graph): \($0.maturity.rawValue)" } }
        if !earlier.isEmpty { lines += ["Earlier: " + earlier.joined(separator: "; ") + ".", ""] }
        lines += ["**Why \(cluster.maturity.rawValue) in \(latest.inputs.options.graph):**", ""]
        lines += cluster.reasons.map { "- " + $0 }
        lines.append("")
        if let comparison = models[cluster.id] {
            let order = comparison.ranking.map { "\($0.model.rawValue) (\($0.score.map { Indicator.decimal($0, digits: 2) } ?? "n/a"))" }.joined(separator: ", ")
            lines += ["**International model:** \(comparison.verdict.name). Ranking by similarity: \(order).", "",
                      "- " + comparison.explanation]
            if !comparison.deciding.isEmpty {
                lines.append("- What would decide it: " + comparison.deciding.map { "\($0.title) (\($0.dataNeeded))" }.joined(separator: "; ") + ".")
            }
            if let note = illustrative[cluster.id] { lines.append("- " + note) }
            lines.append("")
        }
        if let regional, let places = regional.places[name], !places.isEmpty {
            let top = places.prefix(3).map { place in
                "\(place.region) (LQ \(place.locationQuotient.map { Indicator.decimal($0, digits: 2) } ?? "n/a"), \(place.stars) star\(place.stars == 1 ? "" : "s")\(place.strong ? ", strong" : ""))"
            }
            lines += ["**Where it concentrates** (regional sectors \(regional.members[name]?.joined(separator: ", ") ?? ""); location quotient of output against the sum of the regions): "
                + top.joined(separator: ", ") + ".", ""]
        }
        let links = latest.neighbours.links(of: cluster.id, flowsPerCluster: 3).prefix(3)
        if !links.isEmpty {
            lines += ["**Trade with the other groups** (intermediate flows):", ""]
            for link in links {
                let other = latest.clusters.first { $0.id == link.otherCluster }
                let otherName = other.map { Self.name(of: $0, in: latest) } ?? "?"
                let flows = link.strongestFlows.map { "\(labels[$0.source] ?? $0.source) → \(labels[$0.target] ?? $0.target) \(Indicator.decimal($0.flow, digits: 0))" }
                lines.append("- \(otherName) (\(other?.maturity.rawValue ?? "?")): sells \(Indicator.decimal(link.sales, digits: 0)), buys \(Indicator.decimal(link.purchases, digits: 0)); strongest: " + flows.joined(separator: "; "))
            }
            lines.append("")
        }
        return lines
    }

    private func apart() -> [String] {
        var lines: [String] = []
        let singles = latest.singleSectors
        if !singles.isEmpty {
            lines += ["## Single sectors (not clusters)", ""]
            lines += singles.map { single in
                let rca = single.indicators[.rca].map { ": RCA " + Indicator.rca.describe($0) } ?? ""
                return "- \(Self.name(of: single, in: latest)) — \(single.members.map { labels[$0] ?? $0 }.joined(separator: ", "))\(rca)"
            }
            lines.append("")
        }
        if let local = latest.localEconomy {
            lines += ["## The local economy", ""] + local.reasons + ["",
                      "Members: " + local.members.map { "\(labels[$0] ?? $0) (`\($0)`)" }.joined(separator: ", ") + ".", ""]
        }
        return lines
    }

    private func regionsNote() -> [String] {
        guard let summary = regionalSummary else { return [] }
        return ["## The regional tables", "",
                "`\(summary.name)` (\"\(summary.description)\") is the sum of the regional tables. Such a sum leaves out",
                "inter-regional trade: goods a region buys from another stand in its final demand as \"exports to other regions\",",
                "not in the intermediate flows. The classes above come from the national series; the regional tables only say",
                "where each cluster concentrates (its WIOD industries carried onto the regional sectors through `\(request.concordance?.source ?? "")`).", ""]
    }

    private func rulesExplained() -> [String] {
        var lines = ["## How the classes are decided", "",
                     "The first class whose conditions all hold is the cluster's class; a cluster no class fits, or whose class depends on",
                     "data that is missing (no earlier year for dynamics), is *unclassified* and the reasons say what is missing. Each",
                     "condition cites the seed article (in Kyrgyz, with an English rendering, in the rules file) or says why it is a judgement:", ""]
        for rule in latest.inputs.options.rules.classes {
            let conditions = rule.conditions.map { "`\($0.label)` (\($0.source?.rawValue ?? "no source"))" }.joined(separator: ", ")
            lines.append("- **\(rule.class.rawValue)** — \(conditions)")
        }
        lines.append("")
        return lines
    }
}

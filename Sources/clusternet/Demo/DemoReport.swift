import Foundation

/// Writes the demo's Markdown report from the documents its steps printed.
///
/// The report is for a regional economist: what was done (with the commands to redo it), which
/// clusters formed and how mature each is, why, which international model each resembles, where
/// each is concentrated, and how the clusters support one another.
struct DemoReport {
    let commands: [String]
    let nodes: DemoDocuments.Nodes
    let linkages: DemoDocuments.Linkages
    let communities: DemoDocuments.Communities
    let clusters: DemoDocuments.Clusters
    let models: [Int: DemoDocuments.Models]
    let specialisation: DemoDocuments.Specialisation
    let diagrams: Diagrams
    let threshold: Double

    struct Diagrams {
        let clusters: String
        let clustersPNG: String
        let keySectors: String
    }

    private var labels: [String: String] {
        Dictionary(nodes.nodes.map { ($0.key, $0.label ?? $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    private var outputs: [String: Double] {
        Dictionary(nodes.nodes.compactMap { node in node.attributes?["output"]?.value.map { (node.key, $0) } },
                   uniquingKeysWith: { first, _ in first })
    }

    func markdown() -> String {
        var lines: [String] = []
        lines += header()
        lines += clusterOverview()
        for cluster in clusters.clusters { lines += section(for: cluster) }
        lines += keySectors()
        lines += classesExplained()
        lines += reproduce()
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    private func header() -> [String] {
        [
            "# Industrial clusters in Finland, 2014",
            "",
            "*Written by `clusternet demo` from Finland's regional input-output tables 2014 (19 regions, 30 sectors,",
            "domestic flows at basic prices, million euros; pttry/alta, estimated from Statistics Finland's accounts —",
            "see `Graphs/finland-io-2014/README.md`).*",
            "",
            "Clusters are groups of sectors tied by strong input-output links. Following the US Cluster Mapping",
            "input-output measure, two sectors are linked by the largest of their four buy and sell shares",
            "(S_ij = max(z_ij/Σ_k z_kj, z_ij/Σ_k z_ik, z_ji/Σ_k z_ki, z_ji/Σ_k z_jk)); links weaker than",
            "\(Self.number(threshold)) were dropped, and Leiden community detection (modularity \(Self.number(communities.modularity)))",
            "grouped the sectors. Each cluster was then classified as *strong*, *stable*, *potential* or *latent*",
            "(the categories ETLA used for Finland's clusters) and compared with the four international cluster",
            "models (North American, Finnish, Japanese, Indian).",
            "",
        ]
    }

    private func clusterOverview() -> [String] {
        var lines = [
            "## The clusters",
            "",
            "![Clusters coloured by maturity class](\(diagrams.clusters))",
            "",
            "| # | class | members | share of output | exports / output | sales kept inside |",
            "|---|---|---|---|---|---|",
        ]
        for cluster in clusters.clusters {
            let members = cluster.members.map { "\($0) \(labels[$0] ?? "")" }.joined(separator: "; ")
            lines.append("| \(cluster.id) | **\(cluster.class)** | \(members) | \(percent(cluster.indicators["output_share"])) | "
                + "\(percent(cluster.indicators["export_share"])) | \(percent(cluster.indicators["internal_linkage"])) |")
        }
        lines.append("")
        return lines
    }

    private func section(for cluster: DemoDocuments.Clusters.Cluster) -> [String] {
        var lines = ["## Cluster \(cluster.id): \(name(of: cluster)) — \(cluster.class)", ""]
        lines.append("Members: " + cluster.members.map { "\(labels[$0] ?? $0) (`\($0)`)" }.joined(separator: ", ") + ".")
        lines.append("")
        lines.append("**Why \(cluster.class):**")
        lines.append("")
        lines += cluster.reasons.map { "- " + $0 }
        lines.append("")
        if let ranking = models[cluster.id]?.ranking, let best = ranking.first {
            let order = ranking.map { "\($0.model) (\(Self.number($0.score)))" }.joined(separator: ", ")
            lines.append("**Closest international model:** \(best.model). Ranking: \(order).")
            lines.append("")
            // The best match's own case, then any caveat on how much data the ranking rests on.
            let caveats = best.reasons.dropFirst(3).filter { $0.hasPrefix("Weak evidence") }
            lines += (best.reasons.prefix(3) + caveats).map { "- " + $0 }
            lines.append("")
        }
        lines += concentration(of: cluster)
        lines += neighbours(of: cluster)
        return lines
    }

    private func concentration(of cluster: DemoDocuments.Clusters.Cluster) -> [String] {
        let key = String(cluster.id)
        let byRegion = specialisation.regions.compactMap { region -> (String, DemoDocuments.Specialisation.Unit)? in
            guard let unit = (region.clusters ?? region.sectors ?? []).first(where: { $0.key == key }) else { return nil }
            return (region.region, unit)
        }
        let top = byRegion.filter { ($0.1.lq ?? 0) > 0 }.sorted { ($0.1.lq ?? 0) > ($1.1.lq ?? 0) }.prefix(3)
        guard !top.isEmpty else { return [] }
        let described = top.map { region, unit in
            "\(region) (LQ \(Self.number(unit.lq ?? 0)), \(unit.stars) star\(unit.stars == 1 ? "" : "s")\(unit.strong ? ", strong" : ""))"
        }
        return ["**Where it is concentrated** (location quotient of output against Finland): " + described.joined(separator: ", ") + ".", ""]
    }

    private func neighbours(of cluster: DemoDocuments.Clusters.Cluster) -> [String] {
        guard let neighbours = cluster.neighbours, !neighbours.isEmpty else { return [] }
        var lines = ["**Links to the other clusters** (million euros of intermediate flows):", ""]
        for neighbour in neighbours.prefix(4) {
            let other = clusters.clusters.first { $0.id == neighbour.cluster }
            let flows = neighbour.strongest.map {
                "\(labels[$0.source] ?? $0.source) → \(labels[$0.target] ?? $0.target) \(Self.number($0.flow))"
            }.joined(separator: "; ")
            lines.append("- cluster \(neighbour.cluster) (\(other.map(name(of:)) ?? "?"), \(other?.class ?? "?")): "
                + "sells \(Self.number(neighbour.sales)), buys \(Self.number(neighbour.purchases)); strongest: \(flows)")
        }
        lines.append("")
        return lines
    }

    private func keySectors() -> [String] {
        let keys = linkages.sectors.filter { $0.type == "key" }
        var lines = [
            "## Key sectors",
            "",
            "![Backward and forward linkages](\(diagrams.keySectors))",
            "",
            "Rasmussen–Hirschman indices: backward from column sums of the Leontief inverse, forward from row",
            "sums of the Ghosh inverse. Key sectors have both above 1:",
            "",
        ]
        lines += keys.map { "- \(labels[$0.key] ?? $0.key) (`\($0.key)`): backward \(Self.number($0.backward)), forward \(Self.number($0.forward)), output multiplier \(Self.number($0.multiplier))" }
        lines.append("")
        return lines
    }

    private func classesExplained() -> [String] {
        [
            "## How the classes are decided",
            "",
            "The classes follow ETLA's grouping of Finland's clusters in the seed article; the numeric rules are",
            "ClusterNet's defaults (`Rules/maturity-default.json`, explained in `Docs/maturity-and-models.md`),",
            "relative to the other clusters of the same economy:",
            "",
            "- **strong** — export-oriented, tightly linked inside, balanced between a core and supporting",
            "  industries, innovative where data shows it (Finland's forest and ICT clusters in ETLA's study);",
            "- **stable** — an established share of the economy with positive or flat dynamics, but weaker on",
            "  exports or internal linkage (energy, basic metals, machine building);",
            "- **potential** — uneven structure, yet growing or knowledge-intensive (business services, health care);",
            "- **latent** — successful members with weak links among them, far from a full cluster (food, construction).",
            "",
            "Every reason above names the indicator, its value and the threshold it was held against. Indicators",
            "without data (world market position, dynamics: this table is a single year) are reported as missing,",
            "never guessed; `clusternet clusters --compare GRAPH` adds dynamics from an earlier year.",
            "",
        ]
    }

    private func reproduce() -> [String] {
        ["## Reproduce", "", "```sh"] + commands + ["```", "", "A PNG of the cluster diagram: [\(diagrams.clustersPNG)](\(diagrams.clustersPNG))."]
    }

    // MARK: - Formatting

    /// A cluster's name: the labels of its two largest members by output.
    private func name(of cluster: DemoDocuments.Clusters.Cluster) -> String {
        let largest = cluster.members.sorted { (outputs[$0] ?? 0) > (outputs[$1] ?? 0) }
        let names = largest.prefix(2).map { labels[$0] ?? $0 }
        return names.joined(separator: " / ") + (largest.count > 2 ? " and \(largest.count - 2) more" : "")
    }

    private func percent(_ value: Double??) -> String {
        guard let value = value ?? nil else { return "n/a" }
        return String(format: "%.1f %%", value * 100)
    }

    static func number(_ value: Double) -> String {
        abs(value) >= 100 ? String(format: "%.0f", value) : String(format: "%.3g", value)
    }
}

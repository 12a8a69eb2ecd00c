import ClusterAssessment
import ClusterWorkflows
import InputOutput

/// One cluster: why it has its class, its members, its drawing, the cluster model it resembles
/// and why, its trade with the other clusters and the regions where it concentrates.
struct ClusterPage {
    let view: AssessmentView
    let cluster: AssessedCluster
    let diagram: RenderedDiagram
    let models: ModelAssessment?
    let concentration: Concentration

    /// Where the cluster concentrates, as far as the store can say.
    enum Concentration: Sendable {
        /// The regions of the flows graph (`FLOWS/REGION`), the cluster summed from a saved partition.
        case regions(SpecialisationReport)
        /// The regions of another table set whose sectors a shipped concordance maps onto the cluster's.
        case concordance(RegionalConcentration, cluster: String, regions: String, concordance: String)
        /// Why nothing can be said.
        case absent(String)
    }

    func html(layout: Layout) -> HTML {
        let parameters = view.parameters
        let graph = parameters.graph, id = cluster.id
        let flows = view.assessment.inputs.flowsName
        let base = Paths.graph(graph) + "/clusters/\(id)"
        let output = cluster.indicators[.output]
        let memberRows: [[HTML]] = cluster.members.map { key in
            let size = view.attribute("output", of: key)
            let share = size.flatMap { value in output.map { value / $0 } }
            return ["<code>\(key)</code>", "\(view.label(key))", "\(Formatting.amount(size, digits: 0))",
                    "\(Formatting.amount(view.attribute("exports", of: key), digits: 0))",
                    "\(Formatting.indicator(.outputShare, share))"]
        }
        let indicatorRows: [[HTML]] = cluster.indicators.indicators.map { indicator in
            let value = cluster.indicators[indicator]
            let shown: HTML = value == nil ? "<span class=\"muted\">missing: \(Fragments.prose(cluster.indicators.missing[indicator] ?? "no data"))</span>" : "\(Formatting.indicator(indicator, value))"
            return ["<code>\(indicator.rawValue)</code>", shown, "\(indicator.meaning)"]
        }
        var commands = [["clusters", "--graph", graph] + parameters.flags,
                        ["render", "--graph", graph, "--maturity"] + parameters.flags + ["--cluster", String(id), "--output", "cluster-\(id).png"]]
        if let partition = parameters.partition {
            commands.append(["models", "--graph", graph, "--partition", partition, "--cluster", String(id)]
                            + (parameters.flows.map { ["--flows", $0] } ?? []))
            if case .regions(let report) = concentration {
                commands.append(["specialisation", "--graph", report.options.graph, "--partition", partition,
                                 "--partition-graph", graph, "--sector", String(id)])
            }
        }
        if let clusters = parameters.clusters {
            commands.append(["models", "--graph", graph, "--clusters", clusters, "--cluster", String(id)]
                            + (parameters.flows.map { ["--flows", $0] } ?? []))
            if case .concordance(_, _, let regions, let concordance) = concentration {
                // A report compares each --graph with the one before, so the earlier graph leads the series.
                var rest = parameters
                (rest.clusters, rest.compare) = (nil, nil)
                commands.append(["report"] + (parameters.compare.map { ["--graph", $0] } ?? []) + ["--graph", graph, "--clusters", clusters]
                                + rest.flags + ["--regions", regions, "--concordance", concordance, "--output", "report"])
            }
        }
        return layout.page(
            title: view.title(id),
            crumbs: [.init(title: "Graphs", href: "/"), .init(title: graph, href: Paths.graph(graph)),
                     .init(title: "Clusters", href: Paths.clusters(parameters)), .init(title: "Cluster \(id)", href: nil)],
            commands: commands, json: "/api" + Paths.clusters(parameters), """
            <h1>\(view.title(id)) \(Fragments.badge(cluster.maturity.rawValue))</h1>
            <p class="lead">\(Fragments.prose(cluster.reasons.first ?? "")) <span class="muted">Cluster \(id) of \(graph), \(view.partitionText); \
            flows and attributes from <a href="\(Paths.graph(flows))">\(flows)</a>.</span></p>
            <ul class="facts">
            <li><b>\(cluster.members.count)</b>members</li>
            <li><b>\(Formatting.indicator(.output, output))</b>output</li>
            <li><b>\(Formatting.indicator(.outputShare, cluster.indicators[.outputShare]))</b>of the economy's output</li>
            <li><b>\(Formatting.indicator(.exportShare, cluster.indicators[.exportShare]))</b>of its output exported</li>
            \(cluster.indicators[.rca].map { "<li><b>\(Formatting.indicator(.rca, $0))</b>revealed comparative advantage</li>" } ?? HTML.empty)
            <li><b>\(Formatting.indicator(.internalLinkage, cluster.indicators[.internalLinkage]))</b>of intermediate sales stay inside</li>
            </ul>
            <h2>Why it is \(cluster.maturity.rawValue)</h2>
            <p class="muted">✓ condition met · ✗ not met · – not tested (data missing) · • context.</p>
            \(view.reasons(cluster))
            <div class="grid">
            <section><h2>Members</h2>\(Fragments.table(["key", "sector", "output", "exports", "share"], numeric: [2, 3, 4], rows: memberRows))</section>
            <section><h2>The cluster drawn</h2>\(Fragments.diagram(svg: String(decoding: diagram.bytes, as: UTF8.self),
                downloads: ["svg", "png", "pdf", "dot"].map { ($0, Paths.diagram(base, format: $0, query: parameters.queryItems, download: true)) },
                notes: diagram.notes, caption: "The members and the flows between them."))</section>
            </div>
            \(modelsSection)
            \(neighboursSection)
            \(concentrationSection)
            <h2>Every indicator</h2>
            \(Fragments.table(["indicator", "value", "what it measures"], numeric: [1], rows: indicatorRows))
            """)
    }

    private var modelsSection: HTML {
        guard let models else {
            return """
                <h2>Which cluster model it resembles</h2>\
                \(Fragments.note("The models compare a saved partition's or a definition's clusters; these were found by Leiden for this page. Save them with `clusternet clusters --graph \(view.parameters.graph) --save NAME` and choose the partition above."))
                """
        }
        let rows: [[HTML]] = models.ranking.enumerated().map { rank, match in
            let width = Int(((match.score ?? 0) * 120).rounded())
            let rest: [HTML] = match.reasons.dropFirst().map { "<li>\(Fragments.prose($0))</li>" }
            let why: HTML = rest.isEmpty ? Fragments.prose(match.reasons.first ?? "")
                : "<details><summary>\(Fragments.prose(match.reasons.first ?? ""))</summary><ul class=\"notes\">\(rest)</ul></details>"
            return ["\(rank + 1)", "<b>\(match.model.title)</b>",
                    "<span class=\"score\" style=\"width:\(width)px\"></span>\(Formatting.amount(match.score, digits: 2))", why]
        }
        let profile: [[HTML]] = models.profile.scores.map { score in
            ["\(score.characteristic.title)", "\(Formatting.amount(score.score, digits: 2))", Fragments.prose(score.text)]
        }
        let deciding: [HTML] = models.comparison.deciding.map { "<li>\($0.title): \(Fragments.prose($0.dataNeeded))</li>" }
        return """
            <h2>Which cluster model it resembles</h2>
            <p class="lead">The cluster's profile on the characteristics of the seed article, compared with the North American, \
            Finnish, Japanese and Indian models (similarity 1 = the same profile). A model is named only when the data decide.</p>
            <div class="verdict"><b>Verdict: \(models.verdict.name)</b> — \(Fragments.prose(models.comparison.explanation))\
            \(deciding.isEmpty ? HTML.empty : "<p>What would decide it:</p><ul class=\"notes\">\(deciding)</ul>")\
            \(models.illustrativeNote.map { "<p class=\"muted\">\(Fragments.prose($0))</p>" } ?? HTML.empty)</div>
            \(Fragments.table(["rank", "model", "similarity", "why (open for every reason)"], numeric: [0], rows: rows))
            <h3>Profile</h3>
            \(Fragments.table(["characteristic", "score", "from"], numeric: [1], rows: profile))
            """
    }

    private var neighboursSection: HTML {
        let links = view.assessment.neighbours.links(of: cluster.id, flowsPerCluster: 3)
        guard !links.isEmpty else { return "<h2>Links to other clusters</h2>\(Fragments.note("No flows to or from other clusters."))" }
        let rows: [[HTML]] = links.map { link in
            let other = view.assessment.clusters.first { $0.id == link.otherCluster }
            let flows: [HTML] = link.strongestFlows.map { flow in
                "<span><code>\(flow.source)</code> → <code>\(flow.target)</code> \(Formatting.amount(flow.flow))</span>"
            }
            return ["<a href=\"\(Paths.cluster(view.parameters, id: link.otherCluster))\">\(view.title(link.otherCluster))</a>",
                    other.map { Fragments.badge($0.maturity.rawValue) } ?? .empty,
                    "\(Formatting.amount(link.sales))", "\(Formatting.amount(link.purchases))", HTML.joined(flows, separator: "<br>")]
        }
        return """
            <h2>Links to other clusters</h2>
            <p class="lead">Intermediate flows between this cluster's members and each other cluster's, largest first.</p>
            \(Fragments.table(["cluster", "class", "sales to it", "purchases from it", "strongest flows"], numeric: [2, 3], rows: rows))
            """
    }

    private var concentrationSection: HTML {
        switch concentration {
        case .absent(let reason):
            return "<h2>Where it concentrates</h2>\(Fragments.note(reason))"
        case .regions(let report):
            let rows: [[HTML]] = report.rows.sorted { ($0.locationQuotient ?? -1) > ($1.locationQuotient ?? -1) }.map { row in
                let reasons: [HTML] = row.reasons.map { "<li>\(Fragments.prose($0))</li>" }
                return ["\(row.region)", "\(Formatting.amount(row.locationQuotient, digits: 2))", "\(Formatting.indicator(.outputShare, row.share))",
                        "\(String(repeating: "★", count: row.stars))", row.strong.met ? "yes" : "",
                        reasons.isEmpty ? .empty : "<ul class=\"notes\">\(reasons)</ul>"]
            }
            return """
                <h2>Where it concentrates</h2>
                <p class="lead">Location quotients of the cluster's \(report.options.measure.rawValue) in each region of \(report.options.graph) \
                (above 1: more concentrated there than in the nation), with European Cluster Observatory stars and \
                the US Cluster Mapping “strong” rule.</p>
                \(Fragments.table(["region", "LQ", "share of region", "stars", "strong", "why"], numeric: [1, 2], rows: rows))
                """
        case .concordance(let regional, let name, let regions, let concordance):
            let members: [HTML] = (regional.members[name] ?? []).map { "<code>\($0)</code>" }
            let rows: [[HTML]] = (regional.places[name] ?? []).map { place in
                ["\(place.region)", "\(Formatting.amount(place.locationQuotient, digits: 2))", "\(String(repeating: "★", count: place.stars))",
                 place.strong ? "yes" : ""]
            }
            return """
                <h2>Where it concentrates</h2>
                <p class="lead">Location quotients of output in each region of <a href="\(Paths.graph(regions))">\(regions)</a>, the cluster \
                carried onto its sectors (\(HTML.joined(members, separator: ", "))) by \(concordance); above 1: more concentrated \
                there than in the nation, with European Cluster Observatory stars and the US Cluster Mapping “strong” rule.</p>
                \(Fragments.table(["region", "LQ", "stars", "strong"], numeric: [1], rows: rows))
                """
        }
    }
}

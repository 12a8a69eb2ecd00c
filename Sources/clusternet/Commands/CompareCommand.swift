import ArgumentParser
import ClusterAssessment
import ClusterGraph
import ClusterRender
import ClusterWorkflows
import Foundation
import ResultFormat

/// `clusternet compare --template T --graph G1 --graph G2 …`: one template across years,
/// regions or countries, side by side, with a chart.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare one cluster template across graphs (years, regions, countries): indicators, classes and why a class changed.",
        discussion: """
            Each graph is assessed as `clusters` does, with the template's clusters and the same \
            rules, and the clusters are lined up by template cluster. What each graph stands for \
            comes from `clusternet describe`: one economy over several years is a series (ordered \
            by year; each graph's dynamics are measured against the one before, unless --earlier \
            GRAPH=EARLIER says otherwise); several economies in one year a cross-section. Graphs in \
            different units or with different sectors, or that are neither, are refused unless \
            --force. --chart FILE draws small multiples (RCA, world share and output over a series; \
            output share across economies; --indicator to choose) as SVG, PNG or PDF. See \
            Docs/templates-and-compare.md.

            $ clusternet compare --template etla --graph FIN-1995 --graph FIN-2000 --graph FIN-2005 --graph FIN-2011 --chart finland.png
            """)

    @Option(help: "The template whose clusters are compared.")
    var template: String

    @Option(name: .customLong("graph"), help: "A graph to compare (repeat for each).")
    var graphs: [String]

    @Option(name: .customLong("earlier"), help: ArgumentHelp("GRAPH=EARLIER: measure GRAPH's dynamics against EARLIER (repeatable).", valueName: "graph=earlier"))
    var earlier: [String] = []

    @Flag(help: "Compare even graphs of different units, sectors, or economies and years at once (the problems are listed).")
    var force = false

    @Option(help: ArgumentHelp("Draw the chart to this file (.svg, .png or .pdf).", valueName: "file"))
    var chart: String?

    @Option(name: .customLong("indicator"),
            help: "An indicator to chart (repeat; default rca, world_share and output for a series, output_share instead of output across economies).")
    var indicators: [String] = []

    @Option(name: .customLong("cluster"), help: "Chart only this cluster (a name or id; repeat for several).")
    var clusters: [String] = []

    @OptionGroup var assessment: AssessmentArguments

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if assessment.flows != nil || assessment.compare != nil {
            throw ValidationError("--flows and --compare name one graph: compare uses each graph's own flows, and --earlier GRAPH=EARLIER for dynamics.")
        }
        if assessment.seed != 0 || assessment.resolution != 1 {
            throw ValidationError("--seed and --resolution are for detecting clusters; compare uses the template's clusters.")
        }
        if let chart, RenderFormat(path: chart).map({ $0 == .dot }) ?? true {
            throw ValidationError("Cannot tell the chart's format from '\(chart)'; name a .svg, .png or .pdf file.")
        }
        for pair in earlier where pair.split(separator: "=").count != 2 {
            throw ValidationError("--earlier takes GRAPH=EARLIER, such as FIN-2011=FIN-2005, not '\(pair)'.")
        }
    }

    func run() throws {
        let store = try global.openStore(writing: false)
        // Checked before the comparison runs, so a chart path that cannot be written fails at once.
        if let chart { try OutputFile.check(chart, protecting: [store.path]) }
        var options = ComparisonOptions(template: template, graphs: graphs, assessment: try assessment.options(graph: "", partition: nil),
                                        force: force)
        for pair in earlier {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            options.earlier[parts[0]] = parts[1]
        }
        let comparison: Comparison
        do {
            comparison = try Comparison(store: store, options: options)
        } catch ComparisonError.incomparable(let problems) {
            throw IncomparableGraphs(problems: problems)
        }
        if let chart {
            let chosen = try indicators.map { name in
                guard let indicator = Indicator(rawValue: name) else {
                    throw ValidationError("--indicator '\(name)' is not an indicator; use one of \(Indicator.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                return indicator
            }
            let ids = try clusters.isEmpty ? nil : clusters.map { try comparison.template.cluster($0).id }
            let drawing = comparison.chart(indicators: chosen.isEmpty ? nil : chosen, clusters: ids)
            let bytes = try drawing.diagram().render(format: RenderFormat(path: chart) ?? .svg)
            try CommandDestination.write(to: chart, database: store.path) { try $0.write(bytes) }
        }
        output(comparison).print(as: global.format)
    }

    private func output(_ comparison: Comparison) -> CommandOutput {
        var notes = ["template '\(comparison.template.name)' across \(comparison.columns.count) graphs (\(comparison.comparability.kind.rawValue)); "
                     + "classes by the rules \(comparison.options.assessment.rules.name)"]
        for problem in comparison.comparability.problems { notes.append("forced despite: \(problem)") }
        for note in comparison.comparability.notes { notes.append("note: \(note)") }
        for column in comparison.columns {
            var parts = ["\(column.label) = \(column.graph)"]
            if let earlier = column.earlier { parts.append("dynamics against \(earlier)") }
            if !column.fit.missing.isEmpty { parts.append("missing " + column.fit.missing.joined(separator: ", ")) }
            if !column.fit.extra.isEmpty { parts.append("extra " + column.fit.extra.joined(separator: ", ")) }
            notes.append(parts.joined(separator: "; "))
        }
        for row in comparison.rows {
            for (column, cell) in zip(comparison.columns, row.cells) {
                guard let change = cell?.change else { continue }
                let against = comparison.comparability.kind == .series ? "since \(change.since)" : "against \(change.since)"
                notes.append("* \(row.name), \(column.label): \(change.from.rawValue) → \(change.to.rawValue) (\(against))")
                notes += change.reasons.map { "    - " + $0 }
            }
        }
        if let chart { notes.append("chart: \(chart)") }
        notes.append("")
        let table = global.format == .csv ? comparison.longTable() : comparison.sideBySideTable()
        return CommandOutput(json: comparison.json(), table: table, notes: notes)
    }
}

/// Graphs `compare` will not set side by side, with the flag that overrides it.
struct IncomparableGraphs: UserFacingError {
    let problems: [String]

    var description: String {
        "these graphs are not comparable: " + problems.joined(separator: "; ")
            + ". Compare graphs of one economy over years or one year across economies, in one unit and with the same sectors, "
            + "or add --force to compare them anyway."
    }
}

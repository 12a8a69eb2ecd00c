import ArgumentParser
import ClusterAssessment
import ClusterWorkflows
import Foundation
import ResultFormat

/// `clusternet recommend --preconditions FILE [--graph G] [--set NAME=VALUE]…`: which cluster model
/// suits an economy, by the seed's reasoning.
///
/// ```
/// $ clusternet recommend --preconditions Graphs/kazakhstan-construction-materials/preconditions.csv
/// …
/// verdict: indian — Indian: suitability 0.74, 0.35 ahead of the Japanese (margin 0.05), from 8 of 8 preconditions.
/// …
/// rank  model           score     strongest reason                       rests on illustrative values
///    1  indian          0.741667  Openness to FDI high suits the India…  capital_availability;…
///    …
///    4  north-american  0.233333  Institutional support high suits the…  capital_availability;…
/// ```
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Rank the four cluster models by how well they suit an economy's preconditions, with the seed's reasons.",
        discussion: """
            The preconditions (each 0–1): capital_availability, technology_level, world_market_experience, \
            resource_cost, institutional_support, leader_firms, export_orientation, fdi_openness. Give them in \
            a CSV file with header name,value,source (or JSON with the same fields), every value with its \
            source; a source beginning with "illustrative" marks a number set to show the method, and the \
            output says when the ranking rests on one. With --graph, facts measured on the graph fill the \
            preconditions the file leaves out (export orientation from the export share, world-market \
            experience from a cluster's RCA, leader firms from concentration or the supplier pyramid). The \
            rules, each with the seed's sentence or a judgement, are Rules/model-suitability.json (--rules \
            FILE replaces them). Unlike `models`, which asks which model a structure resembles, this asks \
            which one an economy can follow. See Docs/maturity-and-models.md.
            """)

    @Option(help: ArgumentHelp("The economy's preconditions: CSV (name,value,source) or JSON.", valueName: "file"))
    var preconditions: String?

    @Option(help: "A graph whose measured facts fill the preconditions the file leaves out.")
    var graph: String?

    @Option(help: "Measure only this cluster of --partition: its id, or its name (from a template or a key,cluster file).")
    var cluster: String?

    @Option(help: "A partition saved on --graph whose --cluster is measured.")
    var partition: String?

    @Option(help: "The graph with the flows and attributes (default: the input-output graph a derived --graph was made from, else --graph).")
    var flows: String?

    @Option(help: ArgumentHelp("A JSON file replacing the suitability rules.", valueName: "file"))
    var rules: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Replace a precondition (0–1) to ask what if, such as institutional_support=0.9; repeatable.",
                                                         valueName: "name=value"),
            transform: WhatIfSetting<Precondition>.parse)
    var settings: [WhatIfSetting<Precondition>] = []

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if preconditions == nil && graph == nil {
            throw ValidationError("give --preconditions FILE, or --graph G to measure preconditions on, or both.")
        }
        if (cluster == nil) != (partition == nil) {
            throw ValidationError("--cluster and --partition go together: name the saved partition and the cluster id in it.")
        }
        if graph == nil && (cluster != nil || flows != nil) {
            throw ValidationError("--cluster, --partition and --flows measure a graph: give --graph too.")
        }
    }

    func run() throws {
        let suitability = try rules.map { try SuitabilityRules.decode(Data(try InputFile.bytes($0)), source: $0) } ?? .standard
        var options = RecommendationOptions(preconditions: preconditions, rules: suitability,
                                            whatIf: try WhatIfSetting.dictionary(settings))
        let store = graph == nil ? nil : try global.openStore(writing: false)
        if let graph, let store {
            var measure = ModelAssessmentOptions(graph: graph, flows: flows)
            if let cluster, let partition { measure.cluster = (partition, try store.resolveCluster(cluster, graph: graph, partition: partition)) }
            options.measure = measure
        }
        let recommendation = try Recommendation(store: store, options: options)
        output(recommendation).print(as: global.format)
    }

    private func output(_ recommendation: Recommendation) -> CommandOutput {
        let comparison = recommendation.comparison
        let illustrative = recommendation.economy.illustrative
        let marked = illustrative.isEmpty ? [] : ["rests on illustrative values"]
        let table = ResultTable(columns: ["rank", "model", "score", "strongest reason"] + marked,
                                rows: comparison.ranking.enumerated().map { rank, suitability in
            [.number(rank + 1), .string(suitability.model.rawValue), .number(suitability.score),
             .string(suitability.reasons.dropFirst().first ?? "")] + (marked.isEmpty ? [] : [.strings(illustrative.map(\.rawValue))])
        })
        var notes = ["preconditions:"] + Precondition.allCases.map { "  - " + recommendation.economy.describe($0) }
        notes += recommendation.disagreements.map { "  ! " + $0 }
        for suitability in comparison.ranking {
            notes.append("\(suitability.model.title):")
            notes += suitability.reasons.map { "  - " + $0 }
        }
        notes.append("verdict: \(comparison.verdict.name) — \(comparison.explanation)")
        if let flip = comparison.flip {
            notes.append("first place hangs on: " + flip.text(title: \.title))
        } else {
            notes.append("first place hangs on: no single precondition (no one value, from 0 to 1, puts another model first)")
        }
        if let note = recommendation.illustrativeNote { notes.append(note) }
        notes.append("")
        return CommandOutput(json: recommendation.json(), table: table, notes: notes)
    }
}

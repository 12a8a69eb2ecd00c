import ClusterAssessment
import Foundation
import ClusterGraph
import ClusterRender
import ResultFormat

extension Comparison {
    /// The indicators the table and chart show by default: world position and size.
    public static let shownIndicators: [Indicator] = [.rca, .worldShare, .output, .exportShare, .internalLinkage, .outputGrowth]

    /// The JSON document of `compare --format json` (see Docs/templates-and-compare.md).
    public func json() -> JSONValue {
        .object([
            ("template", .string(template.name)),
            ("kind", .string(comparability.kind.rawValue)),
            ("forced", .bool(options.force && !comparability.problems.isEmpty)),
            ("problems", .strings(comparability.problems)),
            ("notes", .strings(comparability.notes)),
            ("rules", .string(options.assessment.rules.name)),
            ("graphs", .array(columns.map { column in
                .object([
                    ("graph", .string(column.graph)), ("label", .string(column.label)),
                    ("economy", column.context.economy.map(JSONValue.string) ?? .null),
                    ("year", column.context.year.map { .number($0) } ?? .null),
                    ("unit", column.context.unit.map(JSONValue.string) ?? .null),
                    ("flows", .string(column.assessment.inputs.flowsName)),
                    ("earlier", column.earlier.map(JSONValue.string) ?? .null),
                    ("missing", .strings(column.fit.missing)), ("extra", .strings(column.fit.extra)),
                ])
            })),
            ("clusters", .array(rows.map { row in
                .object([
                    ("template_cluster", .number(row.templateCluster)),
                    ("name", .string(row.name)),
                    ("cells", .array(zip(columns, row.cells).map { column, cell in
                        guard let cell else { return .null }
                        let assessed = cell.isLocal ? [] : cell.cluster.members
                        return .object([
                            ("graph", .string(column.graph)),
                            ("id", cell.isLocal ? .null : .number(cell.cluster.id)),
                            ("members", .strings(assessed)),
                            ("local_members", .strings(cell.members.filter { !assessed.contains($0) })),
                            ("class", .string(cell.cluster.maturity.rawValue)),
                            ("indicators", cell.isLocal ? .object([]) : .indicators(cell.cluster.indicators)),
                            ("reasons", .strings(cell.cluster.reasons)),
                            ("change", cell.change.map { change in
                                .object([("from", .string(change.from.rawValue)), ("to", .string(change.to.rawValue)),
                                         ("since", .string(change.since)), ("reasons", .strings(change.reasons))])
                            } ?? .null),
                        ])
                    })),
                ])
            })),
        ])
    }

    /// One row per cluster and graph (for CSV and spreadsheets): class, the shown indicators and
    /// the reason for a change of class.
    public func longTable() -> ResultTable {
        ResultTable(
            columns: ["cluster", "graph", "label", "class"] + Self.shownIndicators.map(\.rawValue) + ["change", "reason"],
            rows: rows.flatMap { row in
                zip(columns, row.cells).compactMap { column, cell -> [JSONValue]? in
                    guard let cell else { return nil }
                    let values = Self.shownIndicators.map { cell.isLocal ? JSONValue.null : .number(cell.cluster.indicators[$0]) }
                    return [.string(row.name), .string(column.graph), .string(column.label), .string(cell.cluster.maturity.rawValue)]
                        + values
                        + [cell.change.map { .string("\($0.from.rawValue) → \($0.to.rawValue)") } ?? .null,
                           cell.change.map { .string($0.reasons.joined(separator: "; ")) } ?? .null]
                }
            })
    }

    /// Clusters down, graphs across: each cell the class and RCA (or output share when RCA is
    /// unknown), for people.
    public func sideBySideTable() -> ResultTable {
        ResultTable(columns: ["cluster"] + columns.map(\.label), rows: rows.map { row in
            [.string(row.name)] + row.cells.map { cell -> JSONValue in
                guard let cell else { return .string("–") }
                if cell.isLocal { return .string(cell.cluster.maturity.rawValue) }
                let indicators = cell.cluster.indicators
                let detail = indicators[.rca].map { "RCA " + JSONValue.rounded($0, places: 2).serialized() }
                    ?? indicators[.outputShare].map { Indicator.outputShare.describe($0) }
                return .string(cell.cluster.maturity.rawValue + (detail.map { " (\($0))" } ?? "") + (cell.change == nil ? "" : " *"))
            }
        })
    }

    /// The indicators the chart shows when none are chosen: RCA, world share and output over
    /// time for a series; output share instead of output across economies of different sizes.
    public var defaultChartIndicators: [Indicator] {
        comparability.kind == .series ? [.rca, .worldShare, .output] : [.rca, .worldShare, .outputShare]
    }

    /// Small multiples of `indicators` (default ``defaultChartIndicators``) for the clusters with
    /// at least two assessed members somewhere (or the template clusters `clusters`), coloured by
    /// class; a graph where a cluster is local, or absent, leaves a gap.
    public func chart(indicators: [Indicator]? = nil, clusters: [Int]? = nil) -> ComparisonChart {
        let indicators = indicators ?? defaultChartIndicators
        let shown = rows.filter { row in
            clusters.map { $0.contains(row.templateCluster) }
                ?? row.cells.contains { cell in cell.map { !$0.isLocal && $0.cluster.members.count >= 2 } ?? false }
        }
        let economies = Set(columns.compactMap(\.context.economy)), years = Set(columns.compactMap(\.context.year))
        let span = columns.count > 1 ? "\(columns[0].label)–\(columns[columns.count - 1].label)" : columns.first?.label ?? ""
        let subject: String
        switch comparability.kind {
        case .series where economies.count == 1: subject = "\(economies.first ?? "") \(span)"
        case .crossSection where years.count == 1: subject = "\(columns.map(\.label).joined(separator: ", ")) in \(years.first ?? 0)"
        default: subject = columns.map(\.label).joined(separator: ", ")
        }
        let units = Set(columns.compactMap(\.context.unit))
        return ComparisonChart(
            title: "\(subject): template \(template.name)",
            subtitle: "Classes by the rules \(options.assessment.rules.name)"
                + (units.count == 1 && indicators.contains(where: { $0 == .output || $0 == .exports }) ? "; amounts in \(units.first ?? "")" : ""),
            xLabels: columns.map(\.label), connected: comparability.kind == .series,
            measures: indicators.map(Self.measure),
            rows: shown.map { row in
                ComparisonChart.Row(title: row.name,
                                    values: indicators.map { indicator in
                                        row.cells.map { cell in cell.flatMap { $0.isLocal ? nil : $0.cluster.indicators[indicator] } }
                                    },
                                    classes: row.cells.map { cell in cell.flatMap { $0.isLocal ? nil : $0.cluster.maturity.rawValue } })
            })
    }

    private static func measure(_ indicator: Indicator) -> ComparisonChart.Measure {
        switch indicator {
        case .rca: return .init(title: "RCA", format: .ratio, reference: 1)
        case .locationQuotient: return .init(title: "Location quotient", format: .ratio, reference: 1)
        case .worldShare: return .init(title: "World export share", format: .percent)
        case .outputShare: return .init(title: "Output share", format: .percent)
        case .output: return .init(title: "Output", format: .amount)
        case .exports: return .init(title: "Exports", format: .amount)
        default:
            // Shares and growth rates are written as percentages, everything else as a ratio.
            let title = indicator.rawValue.replacingOccurrences(of: "_", with: " ").capitalizedFirst
            return .init(title: title, format: indicator.describe(0.5).hasSuffix("%") ? .percent : .ratio)
        }
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

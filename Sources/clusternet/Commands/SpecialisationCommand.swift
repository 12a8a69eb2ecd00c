import ArgumentParser
import ClusterGraph
import ClusterStore
import InputOutput
import ResultFormat

extension SizeMeasure: ExpressibleByArgument {}

/// `clusternet specialisation`: location quotients, European Cluster Observatory stars, the US Cluster
/// Mapping "strong" rule and export orientation of every region's sectors (or clusters).
///
/// ```
/// $ clusternet specialisation --graph fi2014 --sector 17_18
/// $ clusternet specialisation --graph fi2014 --partition forest --measure wages --format json
/// ```
struct SpecialisationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specialisation",
        abstract: "Location quotients, cluster stars and export orientation per region.",
        discussion: """
            Regions are the graphs named GRAPH/REGION; national sizes come from GRAPH (or the sum of \
            the regions when it does not exist). LQ = (E_cr/E_r)/(E_c/E) with E the --measure. \
            Stars (European Cluster Observatory): size in the top 10 % of regions, LQ >= 2, focus \
            (share of the region) in the top 10 %. Strong (US Cluster Mapping): LQ >= 75th percentile \
            over regions and >= 1, size above the 25th percentile. Each star states its reason. \
            With --partition NAME, sectors are summed into the partition's communities.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The national graph name; regions are the graphs NAME/REGION.")
    var graph: String

    @Option(help: "Size measure: output, wages, value_added or employment.")
    var measure: SizeMeasure = .output

    @Option(help: "Show only this region.")
    var region: String?

    @Option(help: "Show only this sector (or cluster id with --partition).")
    var sector: String?

    @Option(help: "Sum sectors into the communities of this saved partition.")
    var partition: String?

    @Option(help: "The graph the partition was saved on (default: found by name).")
    var partitionGraph: String?

    @Flag(help: "Print 'timings: load=S compute=S' on stderr.")
    var timings = false

    func run() throws {
        var timer = PhaseTimer()
        let store = try global.openStore(writing: false)
        let names = try store.graphs().map(\.name)
        let prefix = graph + "/"
        let regions = try names.filter { $0.hasPrefix(prefix) }.map { name in
            (name: String(name.dropFirst(prefix.count)), graph: try store.loadGraph(named: name, linkKinds: ["io"]))
        }
        let national = names.contains(graph) ? try store.loadGraph(named: graph, linkKinds: ["io"]) : nil
        let groups = try partition.map { try clusterGroups(named: $0, store: store) }
        timer.finish("load")

        var table = try RegionalTable(graphName: graph, regions: regions, national: national, measure: measure)
        if let groups { table = try table.grouped(into: groups) }
        let analysis = SpecialisationAnalysis(table: table)
        let rows = try analysis.rows(region: region, unit: sector)
        timer.finish("compute")
        timer.report(if: timings)
        output(rows, table: table, groups: groups).print(as: global.format)
    }

    /// The communities of the saved partition as named groups of sector keys.
    private func clusterGroups(named name: String, store: LinkageStore) throws -> [RegionalTable.Group] {
        let owner: String
        if let partitionGraph {
            owner = partitionGraph
        } else {
            let holders = try store.results(graph: nil).filter { $0.type == "partition" && $0.name == name }.map(\.graph)
            if holders.contains(graph) {
                owner = graph
            } else if holders.count == 1, let only = holders.first {
                owner = only
            } else if holders.isEmpty {
                throw ValidationError("No saved partition '\(name)'; save one with `clusternet communities --graph G --save \(name)`.")
            } else {
                throw ValidationError("Partition '\(name)' is saved on graphs \(holders.joined(separator: ", ")); choose one with --partition-graph.")
            }
        }
        let saved = try store.loadPartition(graph: owner, name: name)
        let keys = try store.loadGraph(named: owner, linkKinds: ["io"]).keys
        return saved.members(keys: keys).enumerated().map { id, members in
            RegionalTable.Group(id: String(id), label: nil, members: members)
        }
    }

    private func output(_ rows: [RegionalSpecialisation], table: RegionalTable, groups: [RegionalTable.Group]?) -> CommandOutput {
        let unitName = groups == nil ? "sector" : "cluster"
        let membersByID = Dictionary(uniqueKeysWithValues: (groups ?? []).map { ($0.id, $0.members) })
        var regionsJSON: [JSONValue] = []
        for (index, region) in table.regions.enumerated() {
            let regionRows = rows.filter { $0.region == region }
            guard !regionRows.isEmpty else { continue }
            regionsJSON.append(.object([
                ("region", .string(region)),
                ("size", .number(table.regionTotals[index])),
                (unitName == "sector" ? "sectors" : "clusters", .array(regionRows.map { row in
                    var members: [(String, JSONValue)] = [("key", .string(row.unit))]
                    if let label = row.label { members.append(("label", .string(label))) }
                    if let clusterMembers = membersByID[row.unit] { members.append(("members", .strings(clusterMembers))) }
                    members += [
                        ("size", .number(row.size)), ("share", .number(row.share)), ("lq", .number(row.locationQuotient)),
                        ("export_orientation", .number(row.exportOrientation)), ("stars", .number(row.stars)),
                        ("strong", .bool(row.strong.met)),
                        ("criteria", .array((row.starCriteria + [row.strong]).map { criterion in
                            .object([("name", .string(criterion.name)), ("value", .number(criterion.value)),
                                     ("threshold", .number(criterion.threshold)), ("met", .bool(criterion.met))])
                        })),
                        ("reasons", .strings(row.reasons)),
                    ]
                    return .object(members)
                })),
            ]))
        }
        let nationalSource = table.hasNationalGraph ? graph : "sum of regions"
        let json = JSONValue.object([
            ("graph", .string(graph)),
            ("measure", .string(measure.rawValue)),
            ("national", .string(nationalSource)),
            ("unit", .string(unitName)),
            ("regions", .array(regionsJSON)),
        ])
        let resultTable = ResultTable(
            columns: ["region", unitName, "label", "size", "lq", "export_orientation", "stars", "strong", "met", "reasons"],
            rows: rows.map { row in
                [.string(row.region), .string(row.unit), row.label.map(JSONValue.string) ?? .null,
                 .rounded(row.size, places: 2), .rounded(row.locationQuotient), .rounded(row.exportOrientation),
                 .number(row.stars), .bool(row.strong.met),
                 .strings((row.starCriteria + [row.strong]).filter(\.met).map(\.name)), .strings(row.reasons)]
            })
        return CommandOutput(json: json, table: resultTable, notes: [
            "Measure: \(measure.rawValue); national sizes: \(nationalSource); \(table.regions.count) regions.",
        ])
    }
}

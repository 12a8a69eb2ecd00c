import ClusterGraph
import ClusterStore
import InputOutput
import ResultFormat

/// Location quotients, cluster stars, the US Cluster Mapping "strong" rule and export orientation of
/// every region's sectors or clusters: the pipeline behind `specialisation`, the report and the web
/// page's "where it concentrates".
///
/// ```swift
/// let report = try SpecialisationReport(store: store, options: SpecialisationOptions(graph: "fi2014", sector: "17_18"))
/// for row in report.rows.sorted(by: { ($0.locationQuotient ?? 0) > ($1.locationQuotient ?? 0) }) { print(row.region, row.stars) }
/// ```
public struct SpecialisationReport: Sendable {
    public let options: SpecialisationOptions
    /// The regional sizes, grouped into clusters when a partition was given.
    public let table: RegionalTable
    /// The partition's communities as groups of sector keys, or nil for sectors.
    public let groups: [RegionalTable.Group]?
    /// The rows that pass the region and sector filters.
    public let rows: [RegionalSpecialisation]

    /// `finished` is called with `"load"` and `"compute"`, for front ends that time the phases.
    /// - Throws: ``SpecialisationReportError`` for a partition that cannot be found or is ambiguous,
    ///   ``InputOutput/SpecialisationError`` for regions or sectors the table lacks, the store's errors.
    public init(store: LinkageStore, options: SpecialisationOptions, finished: (String) -> Void = { _ in }) throws {
        self.options = options
        let names = try store.graphs().map(\.name)
        let regionNames = Self.regions(of: options.graph, among: names)
        let regions = try regionNames.map { name in
            (name: name, graph: try store.loadGraph(named: options.graph + "/" + name, linkKinds: ["io"]))
        }
        let national = names.contains(options.graph) ? try store.loadGraph(named: options.graph, linkKinds: ["io"]) : nil
        groups = try options.partition.map { try Self.clusterGroups(named: $0, options: options, store: store) }
        finished("load")
        var table = try RegionalTable(graphName: options.graph, regions: regions, national: national, measure: options.measure)
        if let groups { table = try table.grouped(into: groups) }
        self.table = table
        rows = try SpecialisationAnalysis(table: table).rows(region: options.region, unit: options.sector)
        finished("compute")
    }

    /// The regions of `graph`: the part after `graph/` of the names that have it, in name order.
    public static func regions(of graph: String, among names: [String]) -> [String] {
        let prefix = graph + "/"
        return names.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// The communities of the saved partition as named groups of sector keys.
    private static func clusterGroups(named name: String, options: SpecialisationOptions,
                                      store: LinkageStore) throws -> [RegionalTable.Group] {
        let owner: String
        if let partitionGraph = options.partitionGraph {
            owner = partitionGraph
        } else {
            let holders = try store.results(graph: nil).filter { $0.type == "partition" && $0.name == name }.map(\.graph)
            if holders.contains(options.graph) {
                owner = options.graph
            } else if holders.count == 1, let only = holders.first {
                owner = only
            } else if holders.isEmpty {
                throw SpecialisationReportError.unknownPartition(name)
            } else {
                throw SpecialisationReportError.ambiguousPartition(name, graphs: holders)
            }
        }
        let saved = try store.loadPartition(graph: owner, name: name)
        let keys = try store.loadGraph(named: owner, linkKinds: ["io"]).keys
        return saved.members(keys: keys).enumerated().map { id, members in
            RegionalTable.Group(id: String(id), label: nil, members: members)
        }
    }

    /// `sector`, or `cluster` with a partition.
    public var unitName: String { groups == nil ? "sector" : "cluster" }

    /// Where the national sizes come from: the national graph, or the sum of the regions.
    public var nationalSource: String { table.hasNationalGraph ? options.graph : "sum of regions" }

    /// The JSON document of `specialisation --format json`: `{"graph", "measure", "national", "unit",
    /// "regions": [{"region", "size", "sectors"|"clusters": [{"key", "label"?, "members"?, "size",
    /// "share", "lq", "export_orientation", "stars", "strong", "criteria", "reasons"}]}]}`.
    public func json() -> JSONValue {
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
        return .object([
            ("graph", .string(options.graph)),
            ("measure", .string(options.measure.rawValue)),
            ("national", .string(nationalSource)),
            ("unit", .string(unitName)),
            ("regions", .array(regionsJSON)),
        ])
    }

    /// The rows as `specialisation --format table|csv` prints them.
    public func resultTable() -> ResultTable {
        ResultTable(
            columns: ["region", unitName, "label", "size", "lq", "export_orientation", "stars", "strong", "met", "reasons"],
            rows: rows.map { row in
                [.string(row.region), .string(row.unit), row.label.map(JSONValue.string) ?? .null,
                 .rounded(row.size, places: 2), .rounded(row.locationQuotient), .rounded(row.exportOrientation),
                 .number(row.stars), .bool(row.strong.met),
                 .strings((row.starCriteria + [row.strong]).filter(\.met).map(\.name)), .strings(row.reasons)]
            })
    }
}

/// Why a specialisation report could not group sectors into clusters.
public enum SpecialisationReportError: UserFacingError, Equatable {
    /// No graph has a saved partition of that name.
    case unknownPartition(String)
    /// Several graphs have a saved partition of that name.
    case ambiguousPartition(String, graphs: [String])

    public var description: String {
        switch self {
        case .unknownPartition(let name):
            return "No saved partition '\(name)'; save one with `clusternet communities --graph G --save \(name)`."
        case .ambiguousPartition(let name, let graphs):
            return "Partition '\(name)' is saved on graphs \(graphs.joined(separator: ", ")); choose one with --partition-graph."
        }
    }
}

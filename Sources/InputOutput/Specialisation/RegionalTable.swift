import ClusterGraph

/// Sizes of sectors (or clusters of sectors) in each region, with the national totals: the input
/// of location quotients and star ratings.
///
/// ```swift
/// let table = try RegionalTable(graphName: "fi2014", regions: [("Kymenlaakso", kymenlaakso), …],
///                               national: finland, measure: .output)
/// let clusters = try table.grouped(into: [RegionalTable.Group(id: "0", label: nil, members: ["16", "17_18"])])
/// ```
public struct RegionalTable: Sendable {
    /// A named set of sectors whose sizes are added up.
    public struct Group: Sendable {
        public let id: String
        public let label: String?
        public let members: [String]
        public init(id: String, label: String?, members: [String]) {
            self.id = id
            self.label = label
            self.members = members
        }
    }

    public let graphName: String
    public let measure: SizeMeasure
    /// Region names, sorted.
    public let regions: [String]
    /// Sector keys (or cluster ids), in key order.
    public let units: [String]
    public let labels: [String?]
    /// size[r][u]: the measure of unit u in region r, nil when missing.
    public let size: [[Double?]]
    /// Exports abroad and output per region and unit, for export orientation.
    public let exports: [[Double?]]
    public let output: [[Double?]]
    /// National size of each unit: from the national graph, or the sum over regions.
    public let national: [Double?]
    /// True when `national` came from a national graph rather than the sum of regions.
    public let hasNationalGraph: Bool
    /// E_r: each region's size over all its sectors (kept when units are grouped into clusters,
    /// so a cluster's share is of the whole region even when clusters leave sectors out).
    public let regionTotals: [Double]
    /// E: the national size over all sectors.
    public let nationalTotal: Double

    /// Reads the measure, `exports` and `output` attributes of each region's sectors.
    ///
    /// - Complexity: O(R · n) for R regions and n sectors.
    public init(graphName: String, regions: [(name: String, graph: LinkageGraph)], national: LinkageGraph?,
                measure: SizeMeasure) throws(SpecialisationError) {
        guard !regions.isEmpty else { throw .noRegions(graph: graphName) }
        var keys: Set<String> = []
        var labelByKey: [String: String] = [:]
        for graph in regions.map(\.graph) + (national.map { [$0] } ?? []) {
            for (node, key) in graph.keys.enumerated() {
                keys.insert(key)
                if let label = graph.labels[node], labelByKey[key] == nil { labelByKey[key] = label }
            }
        }
        let units = keys.sorted(by: Partition.keyPrecedes)
        let ordered = regions.sorted { Partition.keyPrecedes($0.name, $1.name) }
        for region in ordered {
            try Self.requireMeasure(measure, in: region.graph, named: "\(graphName)/\(region.name)")
        }
        func column(_ attribute: String, of graph: LinkageGraph) -> [Double?] {
            units.map { key in graph.index(of: key).flatMap { graph.attributes.number(attribute, at: $0) } }
        }
        let size = ordered.map { column(measure.attribute, of: $0.graph) }
        if let national {
            try Self.requireMeasure(measure, in: national, named: graphName)
            self.national = column(measure.attribute, of: national)
        } else {
            self.national = units.indices.map { u in Self.sum(size.map { $0[u] }) }
        }
        self.graphName = graphName
        self.measure = measure
        self.regions = ordered.map(\.name)
        self.units = units
        self.labels = units.map { labelByKey[$0] }
        self.size = size
        self.exports = ordered.map { column("exports", of: $0.graph) }
        self.output = ordered.map { column("output", of: $0.graph) }
        self.hasNationalGraph = national != nil
        self.regionTotals = size.map { Self.sum($0) ?? 0 }
        self.nationalTotal = Self.sum(self.national) ?? 0
    }

    private init(from table: RegionalTable, units: [String], labels: [String?], size: [[Double?]],
                 exports: [[Double?]], output: [[Double?]], national: [Double?]) {
        self.graphName = table.graphName
        self.measure = table.measure
        self.regions = table.regions
        self.hasNationalGraph = table.hasNationalGraph
        self.regionTotals = table.regionTotals
        self.nationalTotal = table.nationalTotal
        self.units = units
        self.labels = labels
        self.size = size
        self.exports = exports
        self.output = output
        self.national = national
    }

    /// The same table with units replaced by groups of sectors (clusters), each group's values the
    /// sum of its members' (missing members count as nothing; a group with no values stays missing).
    ///
    /// - Complexity: O(R · n).
    public func grouped(into groups: [Group]) throws(SpecialisationError) -> RegionalTable {
        var position: [String: Int] = [:]
        for (u, key) in units.enumerated() { position[key] = u }
        var memberPositions: [[Int]] = []
        for group in groups {
            var positions: [Int] = []
            for member in group.members {
                guard let u = position[member] else { throw .unknownMember(cluster: group.id, sector: member) }
                positions.append(u)
            }
            memberPositions.append(positions)
        }
        func regroup(_ rows: [[Double?]]) -> [[Double?]] {
            rows.map { row in memberPositions.map { positions in Self.sum(positions.map { row[$0] }) } }
        }
        return RegionalTable(
            from: self, units: groups.map(\.id), labels: groups.map(\.label),
            size: regroup(size), exports: regroup(exports), output: regroup(output),
            national: memberPositions.map { positions in Self.sum(positions.map { national[$0] }) })
    }

    /// The sum of the values present, or nil when none is.
    static func sum(_ values: [Double?]) -> Double? {
        let present = values.compactMap { $0 }
        return present.isEmpty ? nil : present.reduce(0, +)
    }

    private static func requireMeasure(_ measure: SizeMeasure, in graph: LinkageGraph, named name: String) throws(SpecialisationError) {
        guard let column = graph.attributes.column(measure.attribute), column.contains(where: { $0 != nil }) else {
            throw .missingMeasure(graph: name, attribute: measure.attribute, available: graph.attributes.numeric.keys.sorted())
        }
    }
}

import ClusterGraph

/// A sector of an input-output table: its key (a code such as `17_18`) and a readable label.
public struct IOSector: Sendable, Hashable {
    /// The sector code; unique within a table and used as the node key when stored.
    public var key: String
    public var label: String?

    public init(key: String, label: String? = nil) {
        self.key = key
        self.label = label
    }
}

/// One input-output table: its sectors, the intermediate flows z_ij between them (row sector i
/// sells to column sector j) and sector attributes such as output and exports.
///
/// ```swift
/// let table = IOTable(region: nil, sectors: [IOSector(key: "16"), IOSector(key: "17_18")],
///                     flows: [10, 830, 0, 2_400], attributes: ["output": [5_000, 14_560]])
/// table.flow(from: 0, to: 1)              // 830
/// table.attribute("output", of: "17_18")  // 14560
/// ```
public struct IOTable: Sendable, Equatable {
    /// The region the table describes, or nil for a whole-file or national table.
    public var region: String?
    public var sectors: [IOSector]
    /// z_ij in row-major order: `flows[i * sectorCount + j]` is what sector i sells to sector j.
    public var flows: [Double]
    /// Sector attributes by name (`output`, `exports`, …): one value per sector, nil when missing.
    public var attributes: [String: [Double?]]

    public init(region: String?, sectors: [IOSector], flows: [Double], attributes: [String: [Double?]]) {
        precondition(flows.count == sectors.count * sectors.count, "flows must be an n × n matrix")
        assert(attributes.values.allSatisfy { $0.count == sectors.count }, "one attribute value per sector")
        self.region = region
        self.sectors = sectors
        self.flows = flows
        self.attributes = attributes
    }

    public var sectorCount: Int { sectors.count }

    /// z_ij: what sector `i` sells to sector `j`.
    public func flow(from i: Int, to j: Int) -> Double { flows[i * sectors.count + j] }

    /// The position of the sector with `key`, or nil.
    ///
    /// - Complexity: O(n).
    public func index(of key: String) -> Int? { sectors.firstIndex { $0.key == key } }

    /// The value of attribute `name` for the sector with `key`, or nil when either is missing.
    public func attribute(_ name: String, of key: String) -> Double? {
        guard let index = index(of: key) else { return nil }
        return attributes[name]?[index] ?? nil
    }
}

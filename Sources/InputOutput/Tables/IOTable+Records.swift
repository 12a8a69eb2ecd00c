import ClusterGraph

extension IOTable {
    /// The link kind of input-output flows.
    public static let linkKind = "io"

    /// One node per sector, kind `sector`, with the sector's attributes that are present.
    public func nodeRecords() -> [NodeRecord] {
        sectors.indices.map { index in
            var values: [String: AttributeValue] = [:]
            for (name, column) in attributes {
                if let value = column[index] { values[name] = .number(value) }
            }
            return NodeRecord(key: sectors[index].key, label: sectors[index].label, kind: NodeRecord.defaultKind, attributes: values)
        }
    }

    /// One link of kind `io` per non-zero flow z_ij (self-loops included), weight z_ij, in row order.
    public func linkRecords() -> [LinkRecord] {
        var links: [LinkRecord] = []
        let n = sectors.count
        for i in 0..<n {
            for j in 0..<n where flows[i * n + j] != 0 {
                links.append(LinkRecord(source: sectors[i].key, target: sectors[j].key, weight: flows[i * n + j], kind: Self.linkKind))
            }
        }
        return links
    }
}

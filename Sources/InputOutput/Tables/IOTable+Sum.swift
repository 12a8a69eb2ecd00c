extension IOTable {
    /// The cell-by-cell sum of tables with the same sectors: the national table from regional ones.
    ///
    /// An attribute of a sector is the sum over the tables, and missing (nil) when any table
    /// lacks it, so a national figure is never silently short of a region.
    ///
    /// - Complexity: O(tables × n²).
    static func sum(_ tables: [IOTable]) -> IOTable {
        guard var total = tables.first else { preconditionFailure("summing no tables") }
        total.region = nil
        for table in tables.dropFirst() {
            assert(table.sectors.map(\.key) == total.sectors.map(\.key), "summed tables must share their sectors")
            for position in total.flows.indices { total.flows[position] += table.flows[position] }
            for (name, column) in total.attributes {
                let other = table.attributes[name]
                total.attributes[name] = column.indices.map { index in
                    guard let value = column[index], let addend = other?[index] ?? nil else { return nil }
                    return value + addend
                }
            }
        }
        return total
    }
}

/// Everything read from one input-output file: the whole (national) table, one table per region
/// when the file has a region column, and what was used or ignored.
///
/// ```swift
/// let set = try IOTableReader.read(bytes: bytes, fileName: "io2014.csv")
/// set.national.sectorCount     // 30
/// set.regions.map(\.region)    // ["Uusimaa", "VarsinSuomi", …]
/// ```
public struct IOTableSet: Sendable, Equatable {
    /// The whole table: for a file with regions, the cell-by-cell sum over the regions.
    public var national: IOTable
    /// One table per region, in the order regions first appear in the file; empty for a file
    /// without a region column.
    public var regions: [IOTable]
    /// For each attribute set, the rows or columns it came from, in attribute-name order.
    public var attributeSources: [AttributeSource]
    /// Row labels that are neither sectors nor attributes (totals, taxes, …), in file order.
    public var ignoredRows: [String]
    /// Column labels that are neither sectors nor attributes, in file order.
    public var ignoredColumns: [String]
    /// Rows left out as totals (``TotalLabel``, or a row adding up to the other sectors' rows).
    public var totalRows: [String]
    /// Columns left out as totals.
    public var totalColumns: [String]

    public init(national: IOTable, regions: [IOTable], attributeSources: [AttributeSource],
                ignoredRows: [String], ignoredColumns: [String], totalRows: [String] = [], totalColumns: [String] = []) {
        self.national = national
        self.regions = regions
        self.attributeSources = attributeSources
        self.ignoredRows = ignoredRows
        self.ignoredColumns = ignoredColumns
        self.totalRows = totalRows
        self.totalColumns = totalColumns
    }

    /// The line telling which rows and columns were left out as totals, or nil when none were.
    public var totalsNotice: String? {
        guard !totalRows.isEmpty || !totalColumns.isEmpty else { return nil }
        func list(_ labels: [String], _ axis: String) -> String? {
            labels.isEmpty ? nil : "\(axis)\(labels.count == 1 ? "" : "s") " + IOTableError.sample(labels)
        }
        return "left out as totals (not sectors): " + [list(totalRows, "row"), list(totalColumns, "column")].compactMap { $0 }.joined(separator: "; ")
    }

    /// The national table followed by the regional ones.
    public var allTables: [IOTable] { [national] + regions }
}

/// Where a sector attribute was read: the attribute name and the row or column labels added up.
public struct AttributeSource: Sendable, Hashable {
    public var attribute: String
    public var axis: TableAxis
    public var labels: [String]

    public init(attribute: String, axis: TableAxis, labels: [String]) {
        self.attribute = attribute
        self.axis = axis
        self.labels = labels
    }
}

/// Whether a non-sector label stands as a row or as a column of the table.
public enum TableAxis: String, Sendable, Hashable, CaseIterable {
    case row, column
}

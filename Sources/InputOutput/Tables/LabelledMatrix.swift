/// Where a cell or label was read: 1-based line and character column.
struct SourceLocation: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// The cells of one table as read from a file, addressed by row and column labels, with the
/// place each came from so later checks (negative flows) can point at it.
struct LabelledMatrix: Sendable {
    /// Each row's label cells; a wide file may have several leading label columns.
    var rowLabels: [[String]]
    /// Which label cell of a row is matched against column labels to find sectors.
    var keyLabelIndex: Int
    var columnLabels: [String]
    /// Row-major `rowLabels.count × columnLabels.count`; nil is an empty (missing) cell.
    var values: [Double?]
    /// Where a cell, a row's key label and a column label stand; worked out only when an error
    /// needs them, because finding a character column means scanning the line.
    var cellLocation: @Sendable (_ row: Int, _ column: Int) -> SourceLocation
    var rowLocation: @Sendable (_ row: Int) -> SourceLocation
    var columnLocation: @Sendable (_ column: Int) -> SourceLocation

    var rowCount: Int { rowLabels.count }
    var columnCount: Int { columnLabels.count }

    func rowKey(_ row: Int) -> String { rowLabels[row][keyLabelIndex] }

    func value(_ row: Int, _ column: Int) -> Double? { values[row * columnLabels.count + column] }
}

extension ResultTable {
    /// The table as text no wider than `width` where cutting long text cells can achieve it: the
    /// widest column is narrowed first (labels and descriptions, not keys or numbers), never below
    /// its header or 12 characters; a cut cell ends in `…`.
    public func text(fitting width: Int) -> String {
        var limits = columns.indices.map { column in
            rows.reduce(columns[column].count) { max($0, column < $1.count ? Self.plainText($1[column]).count : 0) }
        }
        let floors = columns.map { max($0.count, 12) }
        var total = limits.reduce(0, +) + 2 * max(columns.count - 1, 0)
        while total > width {
            guard let widest = limits.indices.filter({ limits[$0] > floors[$0] }).max(by: { limits[$0] < limits[$1] }) else { break }
            limits[widest] -= 1
            total -= 1
        }
        let clipped = rows.map { row in
            row.enumerated().map { column, cell -> JSONValue in
                guard case .string(let text) = cell, column < limits.count, text.count > limits[column] else { return cell }
                return .string(String(text.prefix(limits[column] - 1)) + "…")
            }
        }
        return ResultTable(columns: columns, rows: clipped).text(maxCellWidth: Int.max)
    }
}

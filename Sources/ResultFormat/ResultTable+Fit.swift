extension ResultTable {
    /// The table as text no wider than `width` where cutting long text cells can achieve it: the
    /// widest column is narrowed first (labels and descriptions, not keys or numbers), never below
    /// its header or 12 characters; a cut cell ends in `…`.
    public func text(fitting width: Int) -> String {
        TableLayout(columns: columns, rows: rows, fitting: width).text(rows)
    }
}

extension ResultTable {
    /// The table as text no wider than `width` where cutting long cells (labels, descriptions)
    /// can achieve it: the cell limit shrinks step by step down to 12 characters.
    func text(fitting width: Int) -> String {
        var limit = 48
        var rendered = text(maxCellWidth: limit)
        while limit > 12, (rendered.split(separator: "\n").map(\.count).max() ?? 0) > width {
            limit -= 4
            rendered = text(maxCellWidth: limit)
        }
        return rendered
    }
}

/// How a table is laid out as text: which cells are cut, each column's width and which columns
/// are right-aligned numbers. Computed from the rows at hand (or, when rows are streamed, from
/// the first ones), then applied to every row.
struct TableLayout {
    /// Where cells are cut with `…`: strings longer than their column's limit (a table fitted to
    /// a width), or every cell longer than one limit.
    private enum Clipping {
        case strings([Int])
        case everything(Int)
    }

    private let clipping: Clipping
    private let header: [String]
    private let widths: [Int]
    private let numeric: [Bool]

    /// Every cell (and header) cut to `maxCellWidth` characters.
    init(columns: [String], rows: [[JSONValue]], maxCellWidth: Int) {
        self.init(columns: columns, rows: rows, clipping: .everything(maxCellWidth))
    }

    /// At most `width` characters wide where cutting long text cells can achieve it: the widest
    /// column is narrowed first (labels and descriptions, not keys or numbers), never below its
    /// header or 12 characters.
    init(columns: [String], rows: [[JSONValue]], fitting width: Int) {
        var limits = columns.indices.map { column in
            rows.reduce(columns[column].count) { longest, row in
                guard column < row.count else { return longest }
                if case .string(let text) = row[column] { return max(longest, TerminalText.escaped(text).count) }
                return max(longest, ResultTable.plainText(row[column]).count)
            }
        }
        let floors = columns.map { max($0.count, 12) }
        var total = limits.reduce(0, +) + 2 * max(columns.count - 1, 0)
        while total > width {
            guard let widest = limits.indices.filter({ limits[$0] > floors[$0] }).max(by: { limits[$0] < limits[$1] }) else { break }
            limits[widest] -= 1
            total -= 1
        }
        self.init(columns: columns, rows: rows, clipping: .strings(limits))
    }

    private init(columns: [String], rows: [[JSONValue]], clipping: Clipping) {
        self.clipping = clipping
        let header = columns.map { Self.cut(TerminalText.escaped($0), to: { if case .everything(let limit) = clipping { limit } else { Int.max } }()) }
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], Self.display(cell, column: column, clipping: clipping).count)
            }
        }
        self.header = header
        self.widths = widths
        numeric = columns.indices.map { column in
            !rows.isEmpty && rows.allSatisfy { row in
                guard column < row.count else { return true }
                switch row[column] {
                case .number, .integer, .null: return true
                default: return false
                }
            }
        }
    }

    /// The header, its underline and every row, each line ending in a newline.
    func text(_ rows: [[JSONValue]]) -> String {
        headerLines() + rows.map { line($0) }.joined()
    }

    /// The column names and a line of dashes under each.
    func headerLines() -> String {
        Self.joined(header.enumerated().map { pad($1, column: $0, right: false) })
            + Self.joined(widths.map { String(repeating: "-", count: $0) })
    }

    /// One row; with `cutToWidth` (rows that came after the layout was fixed) text longer than
    /// its column is cut so the columns stay aligned. Numbers are never cut.
    func line(_ row: [JSONValue], cutToWidth: Bool = false) -> String {
        Self.joined(zip(row, widths).enumerated().map { column, pair in
            var text = Self.display(pair.0, column: column, clipping: clipping)
            if cutToWidth, case .string = pair.0 { text = Self.cut(text, to: pair.1) }
            return pad(text, column: column, right: numeric[column])
        })
    }

    private func pad(_ text: String, column: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, widths[column] - text.count))
        return right ? padding + text : text + padding
    }

    private static func display(_ cell: JSONValue, column: Int, clipping: Clipping) -> String {
        switch clipping {
        case .strings(let limits):
            guard case .string(let text) = cell, column < limits.count else { return ResultTable.displayText(cell) }
            return cut(TerminalText.escaped(text), to: limits[column])
        case .everything(let limit):
            return cut(ResultTable.displayText(cell), to: limit)
        }
    }

    /// `text` cut to `limit` characters, the last one `…`, when longer.
    private static func cut(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit >= 1 else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    private static func joined(_ cells: [String]) -> String {
        var line = Substring(cells.joined(separator: "  "))
        while line.last == " " { line.removeLast() }
        return line + "\n"
    }
}

import Foundation

/// Rows and named columns: how a command's result looks as `--format table` or `csv`.
public struct ResultTable: Sendable {
    public var columns: [String]
    public var rows: [[JSONValue]]

    public init(columns: [String], rows: [[JSONValue]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The table as RFC 4180 CSV: a header of the column names, then the rows.
    public func csv() -> String {
        // Writing into memory cannot fail.
        BufferedWriter.text(capacity: 1 << 14) { try? writeCSV(to: $0) }
    }

    /// Writes ``csv()`` into `writer`, row by row.
    public func writeCSV(to writer: BufferedWriter) throws {
        try Self.writeCSVRow(columns.map(JSONValue.string), to: writer)
        for row in rows { try Self.writeCSVRow(row, to: writer) }
    }

    /// One CSV line: each cell as ``plainText(_:)``, quoted where needed, ending in a newline.
    public static func writeCSVRow(_ cells: [JSONValue], to writer: BufferedWriter) throws {
        for (index, cell) in cells.enumerated() {
            if index > 0 { try writer.write(UInt8(ascii: ",")) }
            try writer.writeCSVField(plainText(cell))
        }
        try writer.write(UInt8(ascii: "\n"))
    }

    /// The table aligned for a terminal; long cells are cut to `maxCellWidth` characters with `…`.
    public func text(maxCellWidth: Int = 48) -> String {
        TableLayout(columns: columns, rows: rows, maxCellWidth: maxCellWidth).text(rows)
    }

    /// A cell as text: strings as they are, numbers as in JSON, lists joined by `;`, null empty.
    public static func plainText(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return JSONValue.format(number)
        case .integer(let number): return String(number)
        case .string(let string): return string
        case .array(let values): return values.map(plainText).joined(separator: ";")
        case .object: return value.serialized()
        }
    }

    /// A cell as a person reads it in a terminal: like ``plainText(_:)`` but numbers cut to
    /// six significant digits (CSV and JSON keep full precision), and control characters
    /// shown as escapes (`\n`, `\t`, `\u{1B}`) so a key cannot move the cursor or recolour the
    /// screen.
    public static func displayText(_ value: JSONValue) -> String {
        guard case .number(let number) = value, number != number.rounded() else { return TerminalText.escaped(plainText(value)) }
        let integerDigits = abs(number) < 1 ? 0 : Int(log10(abs(number))) + 1
        var text = String(format: "%.\(max(0, 6 - integerDigits))f", number)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}

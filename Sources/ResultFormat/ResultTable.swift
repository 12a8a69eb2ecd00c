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
        var output = columns.map(Self.csvField).joined(separator: ",") + "\n"
        for row in rows {
            output += row.map { Self.csvField(Self.plainText($0)) }.joined(separator: ",") + "\n"
        }
        return output
    }

    /// The table aligned for a terminal; long cells are cut to `maxCellWidth` characters with `…`.
    public func text(maxCellWidth: Int = 48) -> String {
        let cells = [columns] + rows.map { $0.map(Self.displayText) }
        let clipped = cells.map { row in
            row.map { $0.count > maxCellWidth ? String($0.prefix(maxCellWidth - 1)) + "…" : $0 }
        }
        var widths = Array(repeating: 0, count: columns.count)
        for row in clipped { for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) } }
        let numeric = (0..<columns.count).map { column in
            !rows.isEmpty && rows.allSatisfy { row in
                guard column < row.count else { return true }
                if case .number = row[column] { return true }
                if case .integer = row[column] { return true }
                return row[column] == .null
            }
        }
        var lines: [String] = []
        for (rowIndex, row) in clipped.enumerated() {
            let padded = row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return numeric[index] && rowIndex > 0 ? padding + cell : cell + padding
            }
            lines.append(padded.joined(separator: "  ").trailingSpacesRemoved())
            if rowIndex == 0 {
                lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
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
    /// six significant digits (CSV and JSON keep full precision).
    public static func displayText(_ value: JSONValue) -> String {
        guard case .number(let number) = value, number != number.rounded() else { return plainText(value) }
        let integerDigits = abs(number) < 1 ? 0 : Int(log10(abs(number))) + 1
        var text = String(format: "%.\(max(0, 6 - integerDigits))f", number)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingQuotes() + "\""
    }
}

private extension String {
    func replacingQuotes() -> String {
        var result = ""
        for character in self { result += character == "\"" ? "\"\"" : String(character) }
        return result
    }

    func trailingSpacesRemoved() -> String {
        var result = Substring(self)
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}

/// A place in a query's text: 1-based line and column (in Unicode scalars), with the line itself
/// so an error can show it with a caret under the spot.
public struct QueryLocation: Sendable, Hashable {
    public let line: Int
    public let column: Int
    /// The query line the location is on, without its line break.
    public let lineText: String

    /// The location of scalar `offset` in `text`.
    ///
    /// ```swift
    /// QueryLocation(offset: 9, in: "MATCH (a)\nRETURN b").line   // 1
    /// ```
    public init(offset: Int, in text: String) {
        var line = 1, column = 1, current = ""
        var lines: [String] = []
        var index = 0
        var found: (Int, Int)?
        for scalar in text.unicodeScalars {
            if index == offset { found = (line, column) }
            if scalar == "\n" {
                lines.append(current)
                current = ""
                line += 1
                column = 1
            } else {
                current.unicodeScalars.append(scalar)
                column += 1
            }
            index += 1
        }
        lines.append(current)
        let (foundLine, foundColumn) = found ?? (line, column)
        self.line = foundLine
        self.column = foundColumn
        self.lineText = lines[foundLine - 1]
    }

    /// `line L, column C` followed by the query line and a caret under column C.
    var excerpt: String {
        let caretPadding = String(lineText.unicodeScalars.prefix(column - 1).map { $0 == "\t" ? "\t" : " " })
        return "line \(line), column \(column):\n    \(lineText)\n    \(caretPadding)^"
    }
}

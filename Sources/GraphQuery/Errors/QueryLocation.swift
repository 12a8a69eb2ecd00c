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

    /// `line L, column C` followed by the query line and a caret under column C; a long line is
    /// cut to the 60 characters before the spot and 40 after, marked with `…`.
    var excerpt: String {
        let scalars = Array(lineText.unicodeScalars)
        let start = max(0, column - 1 - 60), end = min(scalars.count, column - 1 + 40)
        var shown = String(String.UnicodeScalarView(scalars[start..<max(start, end)]))
        var before = scalars[start..<min(column - 1, scalars.count)]
        if start > 0 {
            shown = "…" + shown
            before = ["…"] + before
        }
        if end < scalars.count { shown += "…" }
        let caretPadding = String(String.UnicodeScalarView(before.map { $0 == "\t" ? "\t" : " " }))
        return "line \(line), column \(column):\n    \(shown)\n    \(caretPadding)^"
    }
}

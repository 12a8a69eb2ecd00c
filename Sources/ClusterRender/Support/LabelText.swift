/// Short, wrapped label text so node labels stay compact in a drawing.
enum LabelText {
    /// `text` broken at spaces into lines of about `width` characters, at most `maxLines` lines
    /// (the last ending in "…" when text was cut). Existing line breaks are kept.
    ///
    /// ```swift
    /// LabelText.wrapped("Paper, pulp and printing", width: 14)   // "Paper, pulp\nand printing"
    /// ```
    static func wrapped(_ text: String, width: Int = 16, maxLines: Int = 3) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        guard lines.count > maxLines else { return lines.joined(separator: "\n") }
        return lines.prefix(maxLines).joined(separator: "\n") + "…"
    }
}

/// Text made safe to print on a terminal: control characters (C0, DEL, C1 — among them ESC,
/// which starts colour and cursor sequences, and line breaks, which would break a table's rows)
/// become visible escapes. Tables for people use it; JSON and CSV keep text exact.
///
/// ```swift
/// TerminalText.escaped("a\u{1B}[31mred\nb")   // "a\\u{1B}[31mred\\nb"
/// ```
public enum TerminalText {
    /// - Complexity: O(length of `text`); text without control characters is returned as it is.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

/// Escapes text for XML character data and attribute values (SVG, Graphviz HTML-like labels).
public enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` as entities, each line break replaced by
    /// `lineBreak` (a CRLF pair counts once) and other control characters by spaces.
    ///
    /// - Complexity: O(length of `text`).
    public static func escaped(_ text: String, lineBreak: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\r": result += lineBreak
            case "\n": if !previousWasCarriageReturn { result += lineBreak }
            default:
                if scalar.properties.generalCategory == .control {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

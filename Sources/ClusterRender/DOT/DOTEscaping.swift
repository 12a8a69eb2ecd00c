/// Turns arbitrary text (sector names, firm names, user titles) into DOT and HTML-label literals
/// that Graphviz reads back as exactly that text.
///
/// Graphviz gives meaning to several characters inside ordinary quoted strings: `"` ends the
/// string, `\` starts escapes such as `\N` or `\l`, and `&name;` is decoded as an HTML entity.
/// HTML-like labels (`<…>`) additionally treat `<`, `>` and `&` as markup.
///
/// ```swift
/// DOTEscaping.quoted("Pulp \"A\" & paper\nmills")   // "\"Pulp \\\"A\\\" &amp; paper\\nmills\""
/// DOTEscaping.html("R&D <core>")                   // "R&amp;D &lt;core&gt;"
/// ```
public enum DOTEscaping {
    /// A DOT double-quoted string literal showing `text` verbatim as a label; line breaks become
    /// centred line breaks (`\n`), other control characters become spaces.
    ///
    /// - Complexity: O(length of `text`).
    public static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            // Graphviz decodes entities in every label, so a literal "&" must itself be an entity.
            case "&": result += "&amp;"
            case "\r": result += "\\n"
            case "\n": if !previousWasCarriageReturn { result += "\\n" }
            default:
                if scalar.properties.generalCategory == .control {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Text for use inside an HTML-like label: markup characters become entities, line breaks
    /// become `<BR/>`.
    ///
    /// - Complexity: O(length of `text`).
    public static func html(_ text: String) -> String {
        XMLText.escaped(text, lineBreak: "<BR/>")
    }
}

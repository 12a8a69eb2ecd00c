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

    /// A DOT string that Graphviz's parser reads back as exactly `text`, for node identifiers
    /// and attributes Graphviz does not interpret as labels (`kind`, `weight`, `comment`); nil
    /// when no DOT string can hold it.
    ///
    /// In a quoted string the parser turns only `\"` into `"` and drops a backslash before a
    /// line feed; a pair of backslashes stays two backslashes, and `&`, tabs and line breaks stay
    /// as they are. So the text is quoted with only `"` escaped — unless an odd run of
    /// backslashes stands before a quote, a line feed or the end, which no quoted string can
    /// express: then it is written as an HTML string `<…>` (read verbatim), which works when its
    /// `<` and `>` pair up. A NUL byte fits neither.
    ///
    /// ```swift
    /// DOTEscaping.literal("A&B \\ \"x\"")   // "\"A&B \\ \\\"x\\\"\""
    /// DOTEscaping.literal("ends with \\")     // "<ends with \\>"
    /// ```
    /// - Complexity: O(length of `text`).
    public static func literal(_ text: String) -> String? {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        var backslashes = 0
        var quotable = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\0": return nil
            case "\\":
                backslashes += 1
                result.unicodeScalars.append(scalar)
                continue
            case "\"":
                quotable = quotable && backslashes % 2 == 0
                result += "\\\""
            case "\n":
                quotable = quotable && backslashes % 2 == 0
                result.unicodeScalars.append(scalar)
            default:
                result.unicodeScalars.append(scalar)
            }
            backslashes = 0
        }
        if quotable && backslashes % 2 == 0 { return result + "\"" }
        var depth = 0
        for scalar in text.unicodeScalars {
            if scalar == "<" { depth += 1 }
            if scalar == ">" { depth -= 1 }
            if depth < 0 { return nil }
        }
        return depth == 0 ? "<" + text + ">" : nil
    }

    /// Text for use inside an HTML-like label: markup characters become entities, line breaks
    /// become `<BR/>`.
    ///
    /// - Complexity: O(length of `text`).
    public static func html(_ text: String) -> String {
        XMLText.escaped(text, lineBreak: "<BR/>")
    }
}

/// A piece of HTML in which every interpolated `String` is escaped: text from the store (labels,
/// keys, reasons, query text) can only ever appear as text, never as markup.
///
/// Literal parts are written by this module and trusted; other ``HTML`` values interpolate as they
/// are; ``raw(_:)`` is for markup produced by a trusted renderer (Graphviz SVG after
/// ``InlineSVG``'s checks, the stylesheet).
///
/// ```swift
/// let label = "<script>alert(1)</script>"
/// let cell: HTML = "<td>\(label)</td>"   // <td>&lt;script&gt;alert(1)&lt;/script&gt;</td>
/// ```
struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    private(set) var text: String

    init(stringLiteral value: String) { text = value }

    init(stringInterpolation: StringInterpolation) { text = stringInterpolation.text }

    private init(trusted: String) { text = trusted }

    /// Markup from a trusted producer, inserted unescaped.
    static func raw(_ trusted: String) -> HTML { HTML(trusted: trusted) }

    static let empty = HTML(trusted: "")

    var description: String { text }

    /// The pieces one after the other.
    static func joined<S: Sequence>(_ pieces: S, separator: HTML = .empty) -> HTML where S.Element == HTML {
        HTML(trusted: pieces.map(\.text).joined(separator: separator.text))
    }

    static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.text + rhs.text) }

    /// `&`, `<`, `>`, `"` and `'` as character references, safe in text and quoted attributes.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(character)
            }
        }
        return output
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity * 2) }

        mutating func appendLiteral(_ literal: String) { text += literal }

        mutating func appendInterpolation(_ value: String) { text += HTML.escape(value) }

        mutating func appendInterpolation(_ value: String?) { text += HTML.escape(value ?? "") }

        mutating func appendInterpolation(_ value: Int) { text += String(value) }

        mutating func appendInterpolation(_ html: HTML) { text += html.text }

        mutating func appendInterpolation(_ pieces: [HTML]) { for piece in pieces { text += piece.text } }
    }
}

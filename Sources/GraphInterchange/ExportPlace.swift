import ClusterStore
import ResultFormat

/// How export errors name the node or link whose text cannot be written (control characters
/// shown as escapes, so the message stays one readable line).
enum ExportPlace {
    static func node(_ key: RowText) -> String {
        "node '\(TerminalText.escaped(key.string))'"
    }

    static func link(_ link: StreamedLink) -> String {
        "the link '\(TerminalText.escaped(link.source.string))' -> '\(TerminalText.escaped(link.target.string))'"
    }

    static func attribute(_ name: String, of owner: String) -> String {
        "attribute '\(TerminalText.escaped(name))' of \(owner)"
    }
}

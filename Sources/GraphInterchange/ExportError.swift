import ClusterGraph

/// A graph that cannot be written in the format asked for, naming the node or link and what to
/// use instead.
public enum ExportError: UserFacingError, Equatable {
    /// XML 1.0 has no way to write most control characters (U+0000–U+001F except tab and line
    /// breaks) or U+FFFE and U+FFFF, not even as character references.
    case xmlCannotHold(format: String, place: String, character: UInt32)
    /// Graphviz's DOT parser cannot read `place`'s text back unchanged (a NUL byte, or an odd run of
    /// backslashes before a quote, line break or the end in text whose `<` and `>` do not pair up).
    case dotCannotHold(place: String)

    public var description: String {
        switch self {
        case .xmlCannotHold(let format, let place, let character):
            let code = String(character, radix: 16, uppercase: true)
            return "cannot export as \(format): \(place) holds the character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code), "
                + "which XML 1.0 cannot hold; export --to json or csv, which keep every character"
        case .dotCannotHold(let place):
            return "cannot export as DOT: \(place) cannot be written so that Graphviz reads it back unchanged; "
                + "export --to json or csv, which keep every character"
        }
    }

}

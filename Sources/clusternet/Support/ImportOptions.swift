import ArgumentParser

/// The `--delimiter` option of the importers: `,` `;` or `tab` (also `\t` or a tab character).
struct DelimiterOption: ExpressibleByArgument, Sendable {
    let byte: UInt8

    init?(argument: String) {
        switch argument {
        case ",", "comma": byte = UInt8(ascii: ",")
        case ";", "semicolon": byte = UInt8(ascii: ";")
        case "tab", "\\t", "\t": byte = UInt8(ascii: "\t")
        default: return nil
        }
    }

    static var defaultValueDescription: String { "detected from the header" }
}

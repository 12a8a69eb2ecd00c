import ArgumentParser
import TabularText

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

/// `--decimal-comma` and `--thousands SEP`: the number format of an imported file, when its
/// numbers alone do not tell (`1.746` may be 1.746 or 1746).
struct NumberFormatArguments: ParsableArguments {
    @Flag(help: ArgumentHelp("Numbers use a decimal comma (3,75); '.' then groups thousands.",
                             discussion: "Default: worked out from the file's numbers."))
    var decimalComma = false

    @Option(help: ArgumentHelp("What groups thousands: '.', ',', 'space' (also no-break and thin spaces) or 'none'.",
                               valueName: "sep"))
    var thousands: NumberFormat.Thousands?

    var options: NumberFormatOptions { NumberFormatOptions(decimalComma: decimalComma, thousands: thousands) }

    func validate() throws {
        if decimalComma, thousands == .comma { throw ValidationError("--decimal-comma and --thousands , contradict each other") }
    }
}

extension NumberFormat.Thousands: ExpressibleByArgument {}

import Foundation

/// Locale-independent number text for DOT and SVG output, so files are identical on every machine.
enum NumberText {
    /// `value` with at most `maximumFractionDigits` decimals, trailing zeros removed, never in
    /// exponent form (`2.5`, `1200`, `0.0312`).
    static func decimal(_ value: Double, maximumFractionDigits: Int) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.\(maximumFractionDigits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A count with thousands separators (`3,000`), for labels people read.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += "," }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}

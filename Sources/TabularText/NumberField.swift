/// Parses the numbers found in statistical tables.
///
/// Accepts plain decimals and exponents (`1250`, `-3.5`, `1.2e6`); a decimal comma (`3,75`) when
/// the file's delimiter is not a comma; and surrounding spaces. An empty field is a missing value
/// (nil), never zero. NaN, infinity and anything else are rejected with a reason.
public enum NumberField {
    public enum Failure: Error, Equatable, Sendable {
        case notANumber
        case notFinite
    }

    /// The number in `field`, nil when the field is empty, or a failure.
    public static func parse(_ field: String, decimalComma: Bool = false) -> Result<Double?, Failure> {
        var text = Substring(field)
        while let first = text.first, first == " " { text.removeFirst() }
        while let last = text.last, last == " " { text.removeLast() }
        if text.isEmpty { return .success(nil) }
        // Only digits, sign, point, exponent: rules out "nan", "inf", hex floats and stray words.
        var sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            case UInt8(ascii: ","): if !decimalComma { return .failure(.notANumber) }
            default:
                let lowered = text.lowercased()
                return .failure(lowered.contains("nan") || lowered.contains("inf") ? .notFinite : .notANumber)
            }
        }
        guard sawDigit else { return .failure(.notANumber) }
        let normalized = decimalComma ? String(text.map { $0 == "," ? "." : $0 }) : String(text)
        guard let value = Double(normalized) else { return .failure(.notANumber) }
        guard value.isFinite else { return .failure(.notFinite) }
        return .success(value)
    }
}

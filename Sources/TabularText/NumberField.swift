/// Parses the numbers found in statistical tables, one field at a time.
///
/// Accepts plain decimals and exponents (`1250`, `-3.5`, `1.2e6`) with a decimal point; with
/// `decimalComma`, a decimal comma (`3,75`) as well; surrounding spaces. An empty field is a
/// missing value (nil), never zero. NaN, infinity and anything else are rejected with a reason.
/// Files whose numbers group thousands (`1.234,5`, `1 234.5`) are read with ``NumberReader``,
/// which works out the format from the whole file.
public enum NumberField {
    public enum Failure: Error, Equatable, Sendable {
        case notANumber
        case notFinite
    }

    /// The number in `field`, nil when the field is empty, or a failure.
    public static func parse(_ field: String, decimalComma: Bool = false) -> Result<Double?, Failure> {
        let point = NumberFormat(decimalMark: .point, thousands: NumberFormat.Thousands.none).value(of: field)
        guard decimalComma, case .failure = point else { return point }
        return NumberFormat(decimalMark: .comma, thousands: NumberFormat.Thousands.none).value(of: field)
    }

    /// Why text that is not made of number characters fails: words naming NaN or infinity are
    /// "not finite", anything else "not a number".
    static func failure(_ text: String) -> Failure {
        let lowered = text.lowercased()
        return lowered.contains("nan") || lowered.contains("inf") ? .notFinite : .notANumber
    }
}

import ClusterAssessment
import Foundation
import GraphQuery
import ResultFormat

/// Numbers and values as the pages print them.
enum Formatting {
    /// Thousands grouped with a thin space, `digits` decimals; `—` when missing.
    static func amount(_ value: Double?, digits: Int = 0) -> String {
        guard let value, value.isFinite else { return "—" }
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = "\u{202F}"
        formatter.decimalSeparator = "."
        formatter.minimumFractionDigits = digits
        formatter.maximumFractionDigits = digits
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    /// A value of `indicator` as the reasons write it (shares as percentages, growth signed); `—` when missing.
    static func indicator(_ indicator: Indicator, _ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        // Amounts in the table's unit read better grouped by thousands.
        return [.output, .exports].contains(indicator) ? amount(value) : indicator.describe(value)
    }

    /// A query result cell: as the command's table shows it (numbers to six significant digits).
    static func cell(_ value: QueryValue) -> String {
        ResultTable.displayText(JSONValue(cell: value))
    }

    /// `2026-11-30T05:05:00Z` as `2026-11-30 05:05 UTC`.
    static func time(_ iso: String) -> String {
        guard iso.count >= 16, iso.contains("T") else { return iso }
        return iso.prefix(10) + " " + iso.dropFirst(11).prefix(5) + " UTC"
    }
}

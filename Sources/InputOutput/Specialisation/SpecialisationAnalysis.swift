import Foundation

/// Location quotients, European Cluster Observatory stars, the US Cluster Mapping "strong" rule and
/// export orientation for every region and unit of a ``RegionalTable``.
///
/// - LQ_{c,r} = (E_cr / E_r) / (E_c / E) (DOMAIN.md §3), E the chosen size measure.
/// - Stars (European Cluster Observatory, Ketels & Protsiv 2014 methodology): size — E_cr among the
///   top 10 % of regions for that unit; specialisation — LQ ≥ 2; focus — E_cr / E_r among the top
///   10 % of regions. "Top 10 %" means at least the k-th largest value with k = max(1, ⌈0.1 R⌉).
/// - Strong (US Cluster Mapping, Delgado, Porter & Stern 2014): LQ ≥ the 75th percentile of the
///   unit's LQ over regions, LQ ≥ 1, and size above the 25th percentile of its sizes over regions
///   (percentiles with linear interpolation, as numpy).
///
/// ```swift
/// let analysis = SpecialisationAnalysis(table: table)
/// analysis.rows.filter { $0.stars >= 2 }
/// ```
/// - Complexity: O(R · n · log R) for R regions and n units.
public struct SpecialisationAnalysis: Sendable {
    public static let topFraction = 0.10
    public static let specialisationThreshold = 2.0
    public static let strongPercentile = 75.0
    public static let sizePercentile = 25.0

    public let table: RegionalTable
    /// Rows by region (sorted), then unit (key order).
    public let rows: [RegionalSpecialisation]

    public init(table: RegionalTable) {
        self.table = table
        let regionCount = table.regions.count, unitCount = table.units.count
        let regionTotals = table.regionTotals, nationalTotal = table.nationalTotal

        var share = Array(repeating: [Double?](repeating: nil, count: unitCount), count: regionCount)
        var quotient = share
        for r in 0..<regionCount {
            for u in 0..<unitCount {
                guard let size = table.size[r][u], regionTotals[r] > 0 else { continue }
                share[r][u] = size / regionTotals[r]
                if let national = table.national[u], national > 0, nationalTotal > 0 {
                    share[r][u].map { quotient[r][u] = $0 / (national / nationalTotal) }
                }
            }
        }

        var perUnit: [[RegionalSpecialisation]] = []
        for u in 0..<unitCount {
            let sizes = (0..<regionCount).compactMap { table.size[$0][u] }
            let shares = (0..<regionCount).compactMap { share[$0][u] }
            let quotients = (0..<regionCount).compactMap { quotient[$0][u] }
            let sizeThreshold = Percentile.topShareThreshold(sizes, fraction: Self.topFraction)
            let focusThreshold = Percentile.topShareThreshold(shares, fraction: Self.topFraction)
            let strongThreshold = Percentile.linear(quotients, Self.strongPercentile)
            let smallSize = Percentile.linear(sizes, Self.sizePercentile)
            perUnit.append((0..<regionCount).map { r in
                let size = table.size[r][u], lq = quotient[r][u]
                let criteria = [
                    Self.topCriterion("size", value: size, threshold: sizeThreshold, regions: sizes.count, percent: false),
                    Self.specialisationCriterion(lq),
                    Self.topCriterion("focus", value: share[r][u], threshold: focusThreshold, regions: shares.count, percent: true),
                ]
                return RegionalSpecialisation(
                    region: table.regions[r], unit: table.units[u], label: table.labels[u],
                    size: size, share: share[r][u], locationQuotient: lq,
                    exportOrientation: Self.ratio(table.exports[r][u], table.output[r][u]),
                    starCriteria: criteria,
                    strong: Self.strongCriterion(lq: lq, lqThreshold: strongThreshold, size: size, sizeThreshold: smallSize))
            })
        }
        self.rows = (0..<regionCount).flatMap { r in perUnit.map { $0[r] } }
    }

    /// The rows of one region and/or unit.
    public func rows(region: String?, unit: String?) throws(SpecialisationError) -> [RegionalSpecialisation] {
        if let region, !table.regions.contains(region) {
            throw .unknownRegion(graph: table.graphName, region: region, known: table.regions)
        }
        if let unit, !table.units.contains(unit) { throw .unknownUnit(graph: table.graphName, unit: unit) }
        return rows.filter { row in (region.map { row.region == $0 } ?? true) && (unit.map { row.unit == $0 } ?? true) }
    }

    private static func topCriterion(_ name: String, value: Double?, threshold: Double?, regions: Int,
                                     percent: Bool) -> StarCriterion {
        let met = value.map { value in threshold.map { value >= $0 && value > 0 } ?? false } ?? false
        let shown = { (number: Double?) in percent ? text(number.map { $0 * 100 }) + " %" : text(number) }
        let reason = "\(name) \(shown(value)) \(met ? "≥" : "<") \(shown(threshold)) (top 10 % of \(regions) regions)"
        return StarCriterion(name: name, value: value, threshold: threshold, met: met, reason: reason)
    }

    private static func specialisationCriterion(_ lq: Double?) -> StarCriterion {
        let met = lq.map { $0 >= specialisationThreshold } ?? false
        let reason = "specialisation LQ \(text(lq)) \(met ? "≥" : "<") \(text(specialisationThreshold))"
        return StarCriterion(name: "specialisation", value: lq, threshold: specialisationThreshold, met: met, reason: reason)
    }

    private static func strongCriterion(lq: Double?, lqThreshold: Double?, size: Double?, sizeThreshold: Double?) -> StarCriterion {
        let threshold = lqThreshold.map { max($0, 1) }
        let quotientHolds = lq.map { lq in threshold.map { lq >= $0 } ?? false } ?? false
        let sizeHolds = size.map { size in sizeThreshold.map { size > $0 } ?? false } ?? false
        let met = quotientHolds && sizeHolds
        let reason = "strong LQ \(text(lq)) \(quotientHolds ? "≥" : "<") \(text(threshold)) "
            + "(max of 1 and the 75th percentile \(text(lqThreshold))), size \(text(size)) "
            + "\(sizeHolds ? ">" : "≤") \(text(sizeThreshold)) (25th percentile)"
        return StarCriterion(name: "strong", value: lq, threshold: threshold, met: met, reason: reason)
    }

    private static func ratio(_ numerator: Double?, _ denominator: Double?) -> Double? {
        guard let numerator, let denominator, denominator > 0 else { return nil }
        return numerator / denominator
    }

    /// A number for a sentence: four significant digits are plenty to compare with a threshold.
    static func text(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        guard value != 0 else { return "0" }
        let magnitude = Int(log10(abs(value)).rounded(.down))
        let scale = pow(10, Double(3 - magnitude))
        let rounded = (value * scale).rounded() / scale
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : "\(rounded)"
    }
}

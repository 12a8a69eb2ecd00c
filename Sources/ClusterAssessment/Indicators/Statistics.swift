/// Small descriptive statistics the indicators need.
enum Statistics {
    /// The Gini coefficient of non-negative values (0 = all equal); nil for no values or a zero sum.
    ///
    /// - Complexity: O(n log n).
    static func gini(_ values: [Double]) -> Double? {
        let sorted = values.sorted()
        let total = sorted.reduce(0, +)
        guard !sorted.isEmpty, total > 0 else { return nil }
        // G = Σ (2i − n − 1) x_(i) / (n Σ x), i = 1…n over sorted values.
        let n = Double(sorted.count)
        var weighted = 0.0
        for (position, value) in sorted.enumerated() { weighted += (2 * Double(position + 1) - n - 1) * value }
        return weighted / (n * total)
    }

    /// The Herfindahl–Hirschman index Σ s_i² of the shares of non-negative sizes; nil for a zero sum.
    static func herfindahl(_ sizes: [Double]) -> Double? {
        let total = sizes.reduce(0, +)
        guard total > 0 else { return nil }
        return sizes.reduce(0) { $0 + ($1 / total) * ($1 / total) }
    }

    /// Σ weight·value / Σ weight over aligned arrays; nil when the weights sum to zero.
    static func weightedMean(_ values: [Double], weights: [Double]) -> Double? {
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        return zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
    }
}

/// Order statistics used by the star rules (over regions) and by the maturity rules (over an
/// economy's clusters).
public enum Percentile {
    /// The p-th percentile (0…100) with linear interpolation between order statistics — numpy's
    /// default (`method="linear"`, Hyndman & Fan 1996 type 7); `p` outside 0…100 is clamped.
    /// Nil for no values.
    ///
    /// - Complexity: O(n log n).
    public static func linear(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = min(max(p, 0), 100) / 100 * Double(sorted.count - 1)
        let below = Int(rank.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        return sorted[below] + (rank - Double(below)) * (sorted[above] - sorted[below])
    }

    /// The smallest value still in the top `fraction` of `values`: the k-th largest with
    /// k = max(1, ⌈fraction · n⌉). Nil for no values.
    ///
    /// - Complexity: O(n log n).
    static func topShareThreshold(_ values: [Double], fraction: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let k = max(1, Int((fraction * Double(values.count)).rounded(.up)))
        return values.sorted(by: >)[k - 1]
    }
}

import ClusterAlgorithms
import Foundation

extension SplitMix64 {
    /// A uniform number in [0, 1) from the top 53 bits, independent of the standard library's
    /// sampling so generated graphs are the same with every Swift version.
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// A whole number spread evenly on a log scale between `low` and `high`: many small firms, few large.
    mutating func logUniform(_ low: Double, _ high: Double) -> Double {
        (low * pow(high / low, unit())).rounded()
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }
}

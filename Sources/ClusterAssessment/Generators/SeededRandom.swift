import Foundation

/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast generator whose sequence depends only on
/// the seed, so generated graphs are the same on every machine and run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number spread evenly on a log scale between `low` and `high`: many small firms, few large.
    mutating func logUniform(_ low: Double, _ high: Double) -> Double {
        let exponent = Double.random(in: 0..<1, using: &self)
        return (low * pow(high / low, exponent)).rounded()
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < p
    }
}

/// A small, fast, seeded pseudo-random generator (Steele, Lea & Flood 2014, "Fast splittable
/// pseudorandom number generators"), so every randomised algorithm gives the same result for the
/// same seed on every machine — the system generator is never used.
///
/// ```swift
/// var random = SplitMix64(seed: 42)
/// let die = random.next(below: 6) + 1
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift; the tiny bias is irrelevant here
    /// and the result must not depend on the standard library's sampling algorithm).
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform double in `[0, 1)` with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Shuffles `values` in place (Fisher–Yates), identically for the same seed everywhere.
    public mutating func shuffle<T>(_ values: inout [T]) {
        var index = values.count - 1
        while index > 0 {
            values.swapAt(index, next(below: index + 1))
            index -= 1
        }
    }
}

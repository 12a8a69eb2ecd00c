/// A cluster's indicator values, with the reason for every indicator that has no value.
///
/// Missing data stays missing: an indicator is either in `values` or explained in `missing`,
/// never filled with zero.
///
/// ```swift
/// var set = IndicatorSet()
/// set[.exportShare] = 0.21
/// set.markMissing(.rca, "no member has world exports or an `rca` attribute")
/// ```
public struct IndicatorSet: Sendable, Equatable {
    public private(set) var values: [Indicator: Double] = [:]
    /// Why an indicator has no value, in words.
    public private(set) var missing: [Indicator: String] = [:]
    /// Each member's own revealed comparative advantage, by key, where world exports are known.
    public var memberRCA: [String: Double] = [:]
    /// The same in the earlier graph, when one was given.
    public var earlierMemberRCA: [String: Double] = [:]

    public init() {}

    public subscript(indicator: Indicator) -> Double? {
        get { values[indicator] }
        set {
            if let newValue, newValue.isFinite {
                values[indicator] = newValue
                missing[indicator] = nil
            } else {
                values[indicator] = nil
            }
        }
    }

    /// Records that `indicator` has no value and why (replacing an earlier value).
    public mutating func markMissing(_ indicator: Indicator, _ why: String) {
        values[indicator] = nil
        missing[indicator] = why
    }

    /// Sets a value, or marks it missing with `why` when `value` is nil.
    mutating func set(_ indicator: Indicator, _ value: Double?, elseMissing why: @autoclosure () -> String) {
        if let value, value.isFinite { self[indicator] = value } else { markMissing(indicator, why()) }
    }

    /// Every indicator that has a value or a missing-reason, in reading order.
    public var indicators: [Indicator] {
        Set(values.keys).union(missing.keys).sorted()
    }
}

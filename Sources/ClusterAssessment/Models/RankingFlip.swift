/// The smallest change of one input that gives a ranking a different first place: which
/// characteristic (of a profile) or precondition (of an economy) the answer hangs on.
///
/// ```swift
/// comparison.flip?.text(title: \.title)
/// // "leader firms from 0.30 to 0.62 would put the Japanese model first instead of the North American"
/// ```
public struct RankingFlip<Name: Sendable & Equatable>: Sendable, Equatable {
    public let name: Name
    /// The value before the change; nil when it was not measured or given.
    public let from: Double?
    public let to: Double
    public let before: ClusterModel
    public let after: ClusterModel

    /// The change in words, naming the input with `title`.
    public func text(title: (Name) -> String) -> String {
        let change = from.map { "\(title(name)) from \(Indicator.decimal($0, digits: 2)) to \(Indicator.decimal(to, digits: 2))" }
            ?? "\(title(name)), not measured, at \(Indicator.decimal(to, digits: 2))"
        return "\(change) would put the \(after.title) model first instead of the \(before.title)"
    }

    /// Tries each name at 0.00, 0.01, …, 1.00 with every other value kept and returns the change
    /// nearest to the current value among the names that have one; only when none of them can
    /// flip the first place, an absent name at the value nearest to the middle (0.5).
    ///
    /// - Complexity: O(names × 101 × the cost of `first`).
    static func smallest(values: [Name: Double], names: [Name], first: ([Name: Double]) -> ClusterModel?) -> RankingFlip?
        where Name: Hashable {
        guard let current = first(values) else { return nil }
        var best: (flip: RankingFlip, distance: Double)?
        for measured in [true, false] {
            for name in names where (values[name] != nil) == measured {
                let origin = values[name] ?? 0.5
                for step in 0...100 {
                    let value = Double(step) / 100
                    var changed = values
                    changed[name] = value
                    guard let model = first(changed), model != current else { continue }
                    let distance = abs(value - origin)
                    if best.map({ distance < $0.distance }) ?? true {
                        best = (RankingFlip(name: name, from: values[name], to: value, before: current, after: model), distance)
                    }
                }
            }
            if best != nil { break }
        }
        return best?.flip
    }
}

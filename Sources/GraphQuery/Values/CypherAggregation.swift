import Foundation

/// Cypher's aggregating functions over the values of a group (nulls are skipped unless said
/// otherwise): `sum` stays an exact integer over integers, `avg` is always a float, `min`/`max`
/// follow `ORDER BY` order, percentiles interpolate (`percentileCont`) or pick (`percentileDisc`).
///
/// ```swift
/// var sum = CypherAggregation(.sum)
/// try sum.add(.integer(2)); try sum.add(.integer(3))
/// try sum.result()   // .integer(5)
/// ```
struct CypherAggregation: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case collect, collectAll, sum, avg, min, max, percentileDisc, percentileCont, stDev, stDevP
        /// `all`, `any`, `none`, `single` over truth values; the kind rides in the argument.
        case quantify
        /// name/value pairs into a map (`properties(n)`).
        case entries
    }

    let kind: Kind
    private var values: [CypherValue] = []
    private var integerSum: Int64 = 0
    private var floatSum: Double = 0
    private var sawFloat = false
    private var count = 0
    private var best: (value: CypherValue, key: [UInt8])?
    private var percentile: Double?
    private var quantifier: Quantifier?
    private var truths = (yes: 0, no: 0, unknown: 0)
    private var entries: [String: CypherValue] = [:]

    init(_ kind: Kind) {
        self.kind = kind
    }

    /// Adds one row's value; `extra` is the second argument (a percentile, a quantifier, a key).
    mutating func add(_ value: CypherValue, extra: CypherValue = .null) throws(QueryError) {
        switch kind {
        case .collectAll:
            values.append(value)
            return
        case .quantify:
            if quantifier == nil, case .string(let name) = extra { quantifier = Quantifier(rawValue: name) }
            switch value {
            case .boolean(true): truths.yes += 1
            case .boolean(false): truths.no += 1
            default: truths.unknown += 1
            }
            return
        case .entries:
            if case .string(let name) = value { entries[name] = extra }
            return
        default:
            break
        }
        if value.isNull { return }
        switch kind {
        case .collect:
            values.append(value)
        case .sum, .avg, .stDev, .stDevP:
            try addNumber(value)
        case .min, .max:
            let key = value.sortKey
            if let current = best, kind == .min ? !key.lexicographicallyPrecedes(current.key) : !current.key.lexicographicallyPrecedes(key) {
                return
            }
            best = (value, key)
        case .percentileDisc, .percentileCont:
            try addNumber(value)
            if percentile == nil {
                guard let fraction = extra.number else {
                    throw QueryError.type("The percentile of \(kind.rawValue)() must be a number between 0.0 and 1.0, not \(extra.shortDescription).")
                }
                guard (0...1).contains(fraction) else {
                    throw QueryError.argument("The percentile of \(kind.rawValue)() must be between 0.0 and 1.0, not \(fraction).")
                }
                percentile = fraction
            }
        case .collectAll, .quantify, .entries:
            break
        }
    }

    private mutating func addNumber(_ value: CypherValue) throws(QueryError) {
        switch value {
        case .integer(let number):
            if !sawFloat {
                let (sum, overflow) = integerSum.addingReportingOverflow(number)
                if overflow && kind == .sum {
                    throw QueryError.arithmetic("sum() of these integers is out of the 64-bit range; sum floats instead (toFloat(x)).")
                }
                integerSum = overflow ? integerSum : sum
                if overflow { sawFloat = true; floatSum = Double(integerSum) }
            }
            floatSum += Double(number)
        case .float(let number):
            if !sawFloat { floatSum = Double(integerSum) }
            sawFloat = true
            floatSum += number
        default:
            throw QueryError.type("\(kind.rawValue)() takes numbers, not \(value.typeName.lowercased()) \(value.shortDescription).")
        }
        if kind != .sum && kind != .avg { values.append(value) }
        count += 1
    }

    func result() -> CypherValue {
        switch kind {
        case .collect, .collectAll:
            return .list(values)
        case .sum:
            return sawFloat ? .float(floatSum) : .integer(integerSum)
        case .avg:
            guard count > 0 else { return .null }
            return .float((sawFloat ? floatSum : Double(integerSum)) / Double(count))
        case .min, .max:
            return best?.value ?? .null
        case .percentileDisc, .percentileCont:
            return percentileResult()
        case .stDev, .stDevP:
            let numbers = values.compactMap(\.number)
            let samples = kind == .stDev ? numbers.count - 1 : numbers.count
            guard samples > 0 else { return .float(0) }
            let mean = numbers.reduce(0, +) / Double(numbers.count)
            let squares = numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            return .float((squares / Double(samples)).squareRoot())
        case .quantify:
            return quantified()
        case .entries:
            return .map(entries)
        }
    }

    private func percentileResult() -> CypherValue {
        guard let percentile, !values.isEmpty else { return .null }
        let sorted = values.sorted { CypherValue.orderPrecedes($0, $1) }
        if kind == .percentileDisc {
            let position = percentile * Double(sorted.count)
            let index = position.rounded(.up) - 1
            return sorted[Int(max(0, min(Double(sorted.count - 1), index)))]
        }
        let position = percentile * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = Int(position.rounded(.up))
        guard let low = sorted[lower].number, let high = sorted[upper].number else { return .null }
        return .float(low + (high - low) * (position - Double(lower)))
    }

    private func quantified() -> CypherValue {
        switch quantifier ?? .all {
        case .all:
            if truths.no > 0 { return .boolean(false) }
            return truths.unknown > 0 ? .null : .boolean(true)
        case .any:
            if truths.yes > 0 { return .boolean(true) }
            return truths.unknown > 0 ? .null : .boolean(false)
        case .none:
            if truths.yes > 0 { return .boolean(false) }
            return truths.unknown > 0 ? .null : .boolean(true)
        case .single:
            if truths.yes > 1 { return .boolean(false) }
            return truths.unknown > 0 ? .null : .boolean(truths.yes == 1)
        }
    }
}

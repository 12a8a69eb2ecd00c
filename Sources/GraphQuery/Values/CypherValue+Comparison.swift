/// Cypher's three comparisons of values: equality (`=`, three-valued), comparability (`<`,
/// null between values of different types) and orderability (`ORDER BY`, a total order over all
/// values: maps, nodes, relationships, lists, paths, strings, booleans, numbers, then null).
extension CypherValue {
    /// `a = b`: nil when the answer is null (a null inside, or lists holding nulls where all else is equal).
    static func equals(_ a: CypherValue, _ b: CypherValue) -> Bool? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.integer, .integer), (.integer, .float), (.float, .integer), (.float, .float):
            return compareNumbers(a, b).map { $0 == 0 } ?? false
        case (.string(let x), .string(let y)): return x == y
        case (.boolean(let x), .boolean(let y)): return x == y
        case (.list(let x), .list(let y)):
            guard x.count == y.count else { return false }
            return all(zip(x, y).map { equals($0, $1) })
        case (.map(let x), .map(let y)):
            guard Set(x.keys) == Set(y.keys) else { return false }
            return all(x.keys.map { equals(x[$0, default: .null], y[$0, default: .null]) })
        case (.node(let x), .node(let y)): return x == y
        case (.relationship(let x), .relationship(let y)): return x == y
        case (.path(let x), .path(let y)): return x == y
        default: return false
        }
    }

    /// Three-valued AND of element equalities: false wins, then null.
    private static func all(_ results: [Bool?]) -> Bool? {
        if results.contains(false) { return false }
        return results.contains(nil) ? nil : true
    }

    /// The outcome of `<`, `<=`, `>`, `>=` between two values.
    enum Comparison {
        case ordered(Int)
        /// Both are numbers and one is NaN: every comparison is false.
        case unordered
        /// Different types, or a null: every comparison is null.
        case incomparable
    }

    /// Compares for `<` and friends: numbers with numbers, strings with strings (by code point),
    /// booleans with booleans, lists element by element.
    static func compare(_ a: CypherValue, _ b: CypherValue) -> Comparison {
        switch (a, b) {
        case (.integer, .integer), (.integer, .float), (.float, .integer), (.float, .float):
            return compareNumbers(a, b).map(Comparison.ordered) ?? .unordered
        case (.string(let x), .string(let y)):
            return .ordered(x.utf8.elementsEqual(y.utf8) ? 0 : (x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1))
        case (.boolean(let x), .boolean(let y)):
            return .ordered(x == y ? 0 : (x ? 1 : -1))
        case (.list(let x), .list(let y)):
            for (left, right) in zip(x, y) {
                switch compare(left, right) {
                case .ordered(0): continue
                case let other: return other
                }
            }
            return .ordered(x.count == y.count ? 0 : (x.count < y.count ? -1 : 1))
        default:
            return .incomparable
        }
    }

    /// -1, 0 or 1 comparing two numbers exactly (an integer beyond 2^53 against a float too); nil when one is NaN.
    static func compareNumbers(_ a: CypherValue, _ b: CypherValue) -> Int? {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x == y ? 0 : (x < y ? -1 : 1)
        case (.integer(let x), .float(let y)): return compareExactly(x, y)
        case (.float(let x), .integer(let y)): return compareExactly(y, x).map { -$0 }
        default: return nil
        }
    }

    private static func compareExactly(_ integer: Int64, _ float: Double) -> Int? {
        if float.isNaN { return nil }
        if float >= 9_223_372_036_854_775_808.0 { return -1 }
        if float < -9_223_372_036_854_775_808.0 { return 1 }
        let whole = float.rounded(.down)
        let wholeInteger = Int64(whole)
        if integer != wholeInteger { return integer < wholeInteger ? -1 : 1 }
        return whole == float ? 0 : -1
    }

    // MARK: Orderability

    /// A byte string whose order (memcmp, as SQLite sorts BLOBs) is Cypher's ascending
    /// `ORDER BY` order; null sorts last, so `DESC` puts it first as Cypher does.
    var sortKey: [UInt8] {
        var key: [UInt8] = []
        appendSortKey(to: &key)
        return key
    }

    /// Whether `a` comes before `b` in `ORDER BY` order.
    static func orderPrecedes(_ a: CypherValue, _ b: CypherValue) -> Bool {
        a.sortKey.lexicographicallyPrecedes(b.sortKey)
    }

    private func appendSortKey(to key: inout [UInt8]) {
        switch self {
        case .map(let entries):
            key.append(0x10)
            for name in entries.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                key.append(0x01)
                Self.appendString(name, to: &key)
                entries[name, default: .null].appendSortKey(to: &key)
            }
            key.append(0x00)
        case .node(let node):
            key.append(0x20)
            Self.appendInteger(node.graph, to: &key)
            Self.appendInteger(node.id, to: &key)
        case .relationship(let relationship):
            key.append(0x30)
            Self.append(relationship, to: &key)
        case .list(let values):
            key.append(0x40)
            for value in values {
                key.append(0x01)
                value.appendSortKey(to: &key)
            }
            key.append(0x00)
        case .path(let path):
            key.append(0x50)
            Self.appendInteger(path.graph, to: &key)
            Self.appendInteger(path.start, to: &key)
            for relationship in path.relationships {
                key.append(0x01)
                Self.append(relationship, to: &key)
            }
            key.append(0x00)
        case .string(let text):
            key.append(0x70)
            Self.appendString(text, to: &key)
        case .boolean(let flag):
            key.append(0x80)
            key.append(flag ? 1 : 0)
        case .integer(let value):
            key.append(0x90)
            Self.appendNumber(Double(value), residual: Self.residual(value), to: &key)
        case .float(let value) where value.isNaN:
            key.append(0x91)
        case .float(let value):
            key.append(0x90)
            Self.appendNumber(value == 0 ? 0 : value, residual: 0, to: &key)
        case .null:
            key.append(0xF0)
        }
    }

    private static func append(_ relationship: RelationshipReference, to key: inout [UInt8]) {
        appendInteger(relationship.graph, to: &key)
        appendInteger(relationship.source, to: &key)
        appendInteger(relationship.target, to: &key)
        appendString(relationship.kind, to: &key)
    }

    /// UTF-8 with 0x00 escaped as 0x00 0xFF and a 0x00 0x00 terminator, so a prefix sorts first.
    private static func appendString(_ text: String, to key: inout [UInt8]) {
        for byte in text.utf8 {
            key.append(byte)
            if byte == 0 { key.append(0xFF) }
        }
        key.append(0x00)
        key.append(0x00)
    }

    private static func appendInteger(_ value: Int64, to key: inout [UInt8]) {
        let biased = UInt64(bitPattern: value) ^ (1 << 63)
        for shift in stride(from: 56, through: 0, by: -8) { key.append(UInt8(truncatingIfNeeded: biased >> UInt64(shift))) }
    }

    /// The nearest double in order-preserving bytes, then how far an integer lies from it, so
    /// integers that round to the same double still sort exactly.
    private static func appendNumber(_ value: Double, residual: Int16, to key: inout [UInt8]) {
        let bits = value.bitPattern
        let ordered = value < 0 ? ~bits : bits ^ (1 << 63)
        for shift in stride(from: 56, through: 0, by: -8) { key.append(UInt8(truncatingIfNeeded: ordered >> UInt64(shift))) }
        let biased = UInt16(bitPattern: residual) ^ 0x8000
        key.append(UInt8(biased >> 8))
        key.append(UInt8(truncatingIfNeeded: biased))
    }

    private static func residual(_ value: Int64) -> Int16 {
        let nearest = Double(value)
        let exact = nearest >= 9_223_372_036_854_775_808.0 ? Int128(1) << 63 : Int128(Int64(nearest))
        return Int16(Int128(value) - exact)
    }
}

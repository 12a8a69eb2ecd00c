import Foundation

/// The operators compiled SQL calls when it cannot use SQLite's own: comparisons with Cypher's
/// null and type rules, `IN`, string matching, indexing and slicing, and building lists and maps.
/// Truth values come back as `Bool?` (nil is null), which the SQL functions pass as 1, 0 or NULL.
enum CypherOperators {
    static func compare(_ op: ComparisonOperator, _ a: CypherValue, _ b: CypherValue) -> Bool? {
        switch op {
        case .equal: return CypherValue.equals(a, b)
        case .notEqual: return CypherValue.equals(a, b).map { !$0 }
        default:
            if a.isNull || b.isNull { return nil }
            switch CypherValue.compare(a, b) {
            case .incomparable: return nil
            case .unordered: return false
            case .ordered(let order):
                switch op {
                case .less: return order < 0
                case .lessOrEqual: return order <= 0
                case .greater: return order > 0
                default: return order >= 0
                }
            }
        }
    }

    /// `x IN list`: true when an element equals x; null when none does but some comparison was null.
    static func contains(_ list: CypherValue, _ element: CypherValue) throws(QueryError) -> Bool? {
        switch list {
        case .null: return nil
        case .list(let values):
            var unknown = false
            for value in values {
                switch CypherValue.equals(element, value) {
                case true?: return true
                case nil: unknown = true
                case false?: continue
                }
            }
            return unknown ? nil : false
        default:
            throw QueryError.type("IN needs a list on its right, not \(list.typeName.lowercased()) \(list.shortDescription).")
        }
    }

    static func match(_ op: StringOperator, _ a: CypherValue, _ b: CypherValue) throws(QueryError) -> Bool? {
        guard case .string(let text) = a, case .string(let pattern) = b else { return nil }
        switch op {
        case .startsWith: return text.unicodeScalars.starts(with: pattern.unicodeScalars)
        case .endsWith: return text.unicodeScalars.reversed().starts(with: pattern.unicodeScalars.reversed())
        case .contains: return pattern.isEmpty || text.range(of: pattern, options: .literal) != nil
        case .regularExpression:
            let expression: NSRegularExpression
            do {
                expression = try NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [])
            } catch {
                throw QueryError.argument("'\(pattern)' is not a valid regular expression.")
            }
            return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

    /// `list[i]` (negative counts from the end; out of range is null) or `map[key]`.
    static func index(_ container: CypherValue, _ index: CypherValue) throws(QueryError) -> CypherValue {
        switch (container, index) {
        case (.null, _), (_, .null): return .null
        case (.list(let values), .integer(let position)):
            let resolved = position < 0 ? Int64(values.count).addingReportingOverflow(position).partialValue : position
            return position >= -Int64(values.count) && resolved >= 0 && resolved < Int64(values.count) ? values[Int(resolved)] : .null
        case (.list, _):
            throw QueryError.type("A list index must be an integer, not \(index.typeName.lowercased()) \(index.shortDescription).")
        case (.map(let entries), .string(let key)):
            return entries[key] ?? .null
        case (.map, _):
            throw QueryError.type("A map key must be a string, not \(index.typeName.lowercased()) \(index.shortDescription).")
        default:
            throw QueryError.type("Only lists and maps can be indexed with [ ], not \(container.typeName.lowercased()) \(container.shortDescription).")
        }
    }

    /// `list[from..to]`: bounds clamp to the list, negative ones count from the end (the compiler
    /// passes 0 and `Int64.max` for a bound left out; a null bound gives null).
    static func slice(_ container: CypherValue, _ from: CypherValue, _ to: CypherValue) throws(QueryError) -> CypherValue {
        guard case .list(let values) = container else {
            if container.isNull { return .null }
            throw QueryError.type("Only lists can be sliced with [a..b], not \(container.typeName.lowercased()) \(container.shortDescription).")
        }
        func bound(_ value: CypherValue) throws(QueryError) -> Int64? {
            switch value {
            case .null: return nil
            case .integer(let position):
                let count = Int64(values.count)
                return position < 0 ? max(0, position < -count ? 0 : count + position) : min(count, position)
            default: throw QueryError.type("A slice bound must be an integer, not \(value.typeName.lowercased()) \(value.shortDescription).")
            }
        }
        guard let start = try bound(from), let end = try bound(to) else { return .null }
        return start < end ? .list(Array(values[Int(start)..<Int(end)])) : .list([])
    }

    /// `map.key` on a map value.
    static func property(_ container: CypherValue, _ key: String) throws(QueryError) -> CypherValue {
        switch container {
        case .null: return .null
        case .map(let entries): return entries[key] ?? .null
        default:
            throw QueryError.type("Only nodes, relationships and maps have properties; \(container.typeName.lowercased()) \(container.shortDescription) has no '\(key)'.")
        }
    }

    /// A truth value: booleans as they are; anything else is a type error.
    static func truth(_ value: CypherValue) throws(QueryError) -> Bool? {
        switch value {
        case .null: return nil
        case .boolean(let flag): return flag
        default: throw QueryError.type("Expected a boolean (true, false or null), but got \(value.typeName.lowercased()) \(value.shortDescription).")
        }
    }
}

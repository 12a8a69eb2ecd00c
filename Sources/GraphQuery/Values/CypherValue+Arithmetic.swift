import Foundation

/// Cypher's operators on values: integer arithmetic stays exact and fails on overflow, a float on
/// either side makes the result a float (IEEE: `0.0 / 0.0` is NaN), `+` also joins strings and
/// lists, and a null operand gives null.
extension CypherValue {
    enum ArithmeticOperator: String, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    }

    static func arithmetic(_ op: ArithmeticOperator, _ a: CypherValue, _ b: CypherValue) throws(QueryError) -> CypherValue {
        if a.isNull || b.isNull { return .null }
        if op == .add, let joined = try concatenation(a, b) { return joined }
        switch (a, b) {
        case (.integer(let x), .integer(let y)):
            return try integerArithmetic(op, x, y)
        case (.integer, .float), (.float, .integer), (.float, .float):
            guard let x = a.number, let y = b.number else { break }
            switch op {
            case .add: return .float(x + y)
            case .subtract: return .float(x - y)
            case .multiply: return .float(x * y)
            case .divide: return .float(x / y)
            case .modulo: return .float(x.truncatingRemainder(dividingBy: y))
            case .power: return .float(pow(x, y))
            }
        default:
            break
        }
        throw QueryError.type("Cannot apply \(op.rawValue) to \(a.typeName.lowercased()) \(a.shortDescription) and \(b.typeName.lowercased()) \(b.shortDescription).")
    }

    /// `+` on strings (a number joins as its text) and lists (a non-list joins as one element); nil for other operands.
    private static func concatenation(_ a: CypherValue, _ b: CypherValue) throws(QueryError) -> CypherValue? {
        switch (a, b) {
        case (.list(let x), .list(let y)): return .list(x + y)
        case (.list(let x), _): return .list(x + [b])
        case (_, .list(let y)): return .list([a] + y)
        case (.string(let x), .string(let y)): return .string(x + y)
        case (.string(let x), .integer), (.string(let x), .float): return .string(x + b.text)
        case (.integer, .string(let y)), (.float, .string(let y)): return .string(a.text + y)
        default: return nil
        }
    }

    private static func integerArithmetic(_ op: ArithmeticOperator, _ x: Int64, _ y: Int64) throws(QueryError) -> CypherValue {
        let result: (partialValue: Int64, overflow: Bool)
        switch op {
        case .add: result = x.addingReportingOverflow(y)
        case .subtract: result = x.subtractingReportingOverflow(y)
        case .multiply: result = x.multipliedReportingOverflow(by: y)
        case .divide, .modulo:
            if y == 0 { throw QueryError.arithmetic("Division by zero: \(x) \(op.rawValue) 0 has no integer result; write \(x).0 \(op.rawValue) 0 for a float.") }
            result = op == .divide ? x.dividedReportingOverflow(by: y) : x.remainderReportingOverflow(dividingBy: y)
        case .power:
            return .float(pow(Double(x), Double(y)))
        }
        if result.overflow {
            throw QueryError.arithmetic("The integer result of \(x) \(op.rawValue) \(y) is out of the 64-bit range; use floats (\(x).0) for larger numbers.")
        }
        return .integer(result.partialValue)
    }

    static func negated(_ value: CypherValue) throws(QueryError) -> CypherValue {
        switch value {
        case .null: return .null
        case .integer(let x):
            guard x != .min else { throw QueryError.arithmetic("The integer -(\(x)) is out of the 64-bit range.") }
            return .integer(-x)
        case .float(let x): return .float(-x)
        default: throw QueryError.type("Cannot negate \(value.typeName.lowercased()) \(value.shortDescription); unary minus takes a number.")
        }
    }

    // MARK: Text

    /// The value as `toString` gives it: floats as Java prints doubles (`1.0`, `1.0E20`), as Neo4j does.
    var text: String {
        switch self {
        case .null: return "null"
        case .boolean(let flag): return flag ? "true" : "false"
        case .integer(let value): return String(value)
        case .float(let value): return Self.javaText(value)
        case .string(let value): return value
        default: return displayText
        }
    }

    /// A Cypher literal for the value, for error messages and `toString` of composite values.
    var displayText: String {
        switch self {
        case .string(let value): return "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        case .list(let values): return "[" + values.map(\.displayText).joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.keys.sorted().map { "\($0): \(entries[$0, default: .null].displayText)" }.joined(separator: ", ") + "}"
        case .node(let node): return "node \(node.id)"
        case .relationship(let relationship): return "relationship \(relationship.source)->\(relationship.target)"
        case .path(let path): return "path of length \(path.relationships.count)"
        default: return text
        }
    }

    /// The display text cut to a readable length for error messages.
    var shortDescription: String {
        let text = displayText
        return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    /// Java's `Double.toString`: plain decimals from 10^-3 to 10^7, else `d.dddE±n`; NaN and Infinity by name.
    static func javaText(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let magnitude = abs(value)
        let shortest = "\(magnitude)"
        if magnitude >= 1e-3 && magnitude < 1e7 {
            let plain = shortest.contains("e") ? String(format: "%.17g", magnitude) : shortest
            return (value < 0 ? "-" : "") + (plain.contains(".") ? plain : plain + ".0")
        }
        // Digits and exponent of the shortest representation, rewritten as d.ddd…E±n.
        let parts = shortest.lowercased().split(separator: "e", maxSplits: 1)
        var digits = parts[0].replacingOccurrences(of: ".", with: "")
        var exponent = (parts.count > 1 ? Int(parts[1]) ?? 0 : 0) + (parts[0].firstIndex(of: ".").map { parts[0].distance(from: parts[0].startIndex, to: $0) } ?? parts[0].count) - 1
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        let fraction = digits.count > 1 ? String(digits.dropFirst()) : "0"
        return (value < 0 ? "-" : "") + "\(digits.prefix(1)).\(fraction)E\(exponent)"
    }
}

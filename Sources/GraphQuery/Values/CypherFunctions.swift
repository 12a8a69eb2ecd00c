import Foundation

/// Cypher's scalar functions that work on values alone (those that read the store — `labels`,
/// `keys`, `properties`, `type` — are compiled to SQL instead). Null in, null out, unless the
/// function says otherwise; a wrong type is a ``QueryError/type(_:)``, a value out of range a
/// ``QueryError/argument(_:)``.
///
/// ```swift
/// try CypherFunctions.call("substring", [.string("cluster"), .integer(1), .integer(3)])   // .string("lus")
/// ```
enum CypherFunctions {
    typealias Body = @Sendable ([CypherValue]) throws(QueryError) -> CypherValue

    struct Function: Sendable {
        /// How many arguments the function takes.
        let arity: ClosedRange<Int>
        let body: Body
    }

    /// The longest list `range()` builds, so a typo cannot exhaust memory.
    static let maximumRangeLength: Int64 = 10_000_000

    static func call(_ name: String, _ arguments: [CypherValue]) throws(QueryError) -> CypherValue {
        guard let function = table[name] else { throw QueryError.database("no function \(name)") }
        return try function.body(arguments)
    }

    static let table: [String: Function] = {
        var table: [String: Function] = [:]
        func add(_ names: [String], _ arity: ClosedRange<Int>, _ body: @escaping Body) {
            for name in names { table[name] = Function(arity: arity, body: body) }
        }
        func numeric(_ name: String, _ operation: @escaping @Sendable (Double) -> Double) {
            add([name], 1...1) { (values: [CypherValue]) throws(QueryError) in
                guard let number = try number(values[0], name) else { return .null }
                return .float(operation(number))
            }
        }
        // Strings
        add(["tolower", "lower"], 1...1) { (v: [CypherValue]) throws(QueryError) in try string(v[0], "toLower").map { .string($0.lowercased()) } ?? .null }
        add(["toupper", "upper"], 1...1) { (v: [CypherValue]) throws(QueryError) in try string(v[0], "toUpper").map { .string($0.uppercased()) } ?? .null }
        add(["trim"], 1...1) { (v: [CypherValue]) throws(QueryError) in try string(v[0], "trim").map { .string(trimmed($0, leading: true, trailing: true)) } ?? .null }
        add(["ltrim"], 1...1) { (v: [CypherValue]) throws(QueryError) in try string(v[0], "lTrim").map { .string(trimmed($0, leading: true, trailing: false)) } ?? .null }
        add(["rtrim"], 1...1) { (v: [CypherValue]) throws(QueryError) in try string(v[0], "rTrim").map { .string(trimmed($0, leading: false, trailing: true)) } ?? .null }
        add(["substring"], 2...3, substring)
        add(["left"], 2...2) { (v: [CypherValue]) throws(QueryError) in
            guard let text = try string(v[0], "left") else { return .null }
            let count = try length(v[1], "left")
            return .string(String(text.prefix(count)))
        }
        add(["right"], 2...2) { (v: [CypherValue]) throws(QueryError) in
            guard let text = try string(v[0], "right") else { return .null }
            let count = try length(v[1], "right")
            return .string(String(text.suffix(count)))
        }
        add(["replace"], 3...3) { (v: [CypherValue]) throws(QueryError) in
            guard let text = try string(v[0], "replace"), let search = try string(v[1], "replace"),
                  let replacement = try string(v[2], "replace") else { return .null }
            return .string(search.isEmpty ? text : text.replacingOccurrences(of: search, with: replacement))
        }
        add(["split"], 2...2) { (v: [CypherValue]) throws(QueryError) in
            guard let text = try string(v[0], "split"), let separator = try string(v[1], "split") else { return .null }
            if separator.isEmpty { return .list(text.map { .string(String($0)) }) }
            return .list(text.components(separatedBy: separator).map(CypherValue.string))
        }
        add(["reverse"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .string(let text): return .string(String(text.reversed()))
            case .list(let values): return .list(values.reversed())
            default: throw mismatch("reverse", "a string or a list", v[0])
            }
        }
        add(["tostring"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .string, .integer, .float, .boolean: return .string(v[0].text)
            default: throw mismatch("toString", "a string, number or boolean", v[0])
            }
        }
        add(["tostringornull"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .string, .integer, .float, .boolean: return .string(v[0].text)
            default: return .null
            }
        }
        // Numbers
        add(["abs"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .integer(let x):
                guard x != .min else { throw QueryError.arithmetic("abs(\(x)) is out of the 64-bit integer range.") }
                return .integer(abs(x))
            case .float(let x): return .float(abs(x))
            default: throw mismatch("abs", "a number", v[0])
            }
        }
        add(["sign"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .integer(let x): return .integer(x.signum())
            case .float(let x): return .integer(x.isNaN ? 0 : (x > 0 ? 1 : (x < 0 ? -1 : 0)))
            default: throw mismatch("sign", "a number", v[0])
            }
        }
        add(["ceil"], 1...1) { (v: [CypherValue]) throws(QueryError) in try number(v[0], "ceil").map { .float($0.rounded(.up)) } ?? .null }
        add(["floor"], 1...1) { (v: [CypherValue]) throws(QueryError) in try number(v[0], "floor").map { .float($0.rounded(.down)) } ?? .null }
        add(["round"], 1...3, round)
        numeric("sqrt") { $0.squareRoot() }
        numeric("exp") { Foundation.exp($0) }
        numeric("log") { Foundation.log($0) }
        numeric("log10") { Foundation.log10($0) }
        numeric("sin") { Foundation.sin($0) }
        numeric("cos") { Foundation.cos($0) }
        numeric("tan") { Foundation.tan($0) }
        numeric("cot") { 1 / Foundation.tan($0) }
        numeric("asin") { Foundation.asin($0) }
        numeric("acos") { Foundation.acos($0) }
        numeric("atan") { Foundation.atan($0) }
        numeric("degrees") { $0 * 180 / .pi }
        numeric("radians") { $0 * .pi / 180 }
        numeric("haversin") { (1 - Foundation.cos($0)) / 2 }
        add(["atan2"], 2...2) { (v: [CypherValue]) throws(QueryError) in
            guard let y = try number(v[0], "atan2"), let x = try number(v[1], "atan2") else { return .null }
            return .float(Foundation.atan2(y, x))
        }
        add(["pi"], 0...0) { _ in .float(.pi) }
        add(["e"], 0...0) { _ in .float(M_E) }
        // Conversions
        add(["tointeger"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null, .integer: return v[0]
            case .boolean(let flag): return .integer(flag ? 1 : 0)
            case .float(let x): return integer(x).map(CypherValue.integer) ?? .null
            case .string(let text): return parseInteger(text).map(CypherValue.integer) ?? .null
            default: throw mismatch("toInteger", "a number, string or boolean", v[0])
            }
        }
        add(["tointegerornull"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .integer: return v[0]
            case .boolean(let flag): return .integer(flag ? 1 : 0)
            case .float(let x): return integer(x).map(CypherValue.integer) ?? .null
            case .string(let text): return parseInteger(text).map(CypherValue.integer) ?? .null
            default: return .null
            }
        }
        add(["tofloat"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null, .float: return v[0]
            case .integer(let x): return .float(Double(x))
            case .string(let text): return parseFloat(text).map(CypherValue.float) ?? .null
            default: throw mismatch("toFloat", "a number or string", v[0])
            }
        }
        add(["tofloatornull"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .float: return v[0]
            case .integer(let x): return .float(Double(x))
            case .string(let text): return parseFloat(text).map(CypherValue.float) ?? .null
            default: return .null
            }
        }
        add(["toboolean"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null, .boolean: return v[0]
            case .string(let text): return parseBoolean(text).map(CypherValue.boolean) ?? .null
            case .integer(let x): return .boolean(x != 0)
            default: throw mismatch("toBoolean", "a boolean, string or integer", v[0])
            }
        }
        add(["tobooleanornull"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .boolean: return v[0]
            case .string(let text): return parseBoolean(text).map(CypherValue.boolean) ?? .null
            case .integer(let x): return .boolean(x != 0)
            default: return .null
            }
        }
        // Lists
        add(["head"], 1...1) { (v: [CypherValue]) throws(QueryError) in try list(v[0], "head").map { $0.first ?? .null } ?? .null }
        add(["last"], 1...1) { (v: [CypherValue]) throws(QueryError) in try list(v[0], "last").map { $0.last ?? .null } ?? .null }
        add(["tail"], 1...1) { (v: [CypherValue]) throws(QueryError) in try list(v[0], "tail").map { .list(Array($0.dropFirst())) } ?? .null }
        add(["range"], 2...3, range)
        add(["size"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .list(let values): return .integer(Int64(values.count))
            case .string(let text): return .integer(Int64(text.count))
            case .map(let entries): return .integer(Int64(entries.count))
            default: throw mismatch("size", "a list or a string", v[0])
            }
        }
        add(["isempty"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .list(let values): return .boolean(values.isEmpty)
            case .string(let text): return .boolean(text.isEmpty)
            case .map(let entries): return .boolean(entries.isEmpty)
            default: throw mismatch("isEmpty", "a list, map or string", v[0])
            }
        }
        add(["coalesce"], 1...Int.max) { (v: [CypherValue]) throws(QueryError) in v.first { !$0.isNull } ?? .null }
        // Paths and relationships
        add(["length"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .path(let path): return .integer(Int64(path.relationships.count))
            case .string(let text): return .integer(Int64(text.count))
            case .list(let values): return .integer(Int64(values.count))
            default: throw mismatch("length", "a path", v[0])
            }
        }
        add(["nodes"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .path(let path): return .list(path.nodes.map(CypherValue.node))
            default: throw mismatch("nodes", "a path", v[0])
            }
        }
        add(["relationships", "rels"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .path(let path): return .list(path.relationships.map(CypherValue.relationship))
            default: throw mismatch("relationships", "a path", v[0])
            }
        }
        add(["startnode"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .relationship(let r): return .node(NodeReference(graph: r.graph, id: r.source))
            default: throw mismatch("startNode", "a relationship", v[0])
            }
        }
        add(["endnode"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .relationship(let r): return .node(NodeReference(graph: r.graph, id: r.target))
            default: throw mismatch("endNode", "a relationship", v[0])
            }
        }
        // Reached only for values that are not nodes or relationships (those are read from the store).
        add(["keys"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .map(let entries): return .list(entries.keys.sorted().map(CypherValue.string))
            default: throw mismatch("keys", "a node, relationship or map", v[0])
            }
        }
        add(["properties"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null, .map: return v[0]
            default: throw mismatch("properties", "a node, relationship or map", v[0])
            }
        }
        add(["labels", "key"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            if v[0].isNull { return .null }
            throw mismatch("labels", "a node", v[0])
        }
        add(["type", "label"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            if v[0].isNull { return .null }
            throw mismatch("type", "a relationship", v[0])
        }
        add(["id"], 1...1) { (v: [CypherValue]) throws(QueryError) in
            switch v[0] {
            case .null: return .null
            case .node(let node): return .integer(node.id)
            default: throw mismatch("id", "a node", v[0])
            }
        }
        return table
    }()

    // MARK: Argument checks

    static func mismatch(_ function: String, _ expected: String, _ value: CypherValue) -> QueryError {
        .type("\(function)() takes \(expected), not \(value.typeName.lowercased()) \(value.shortDescription).")
    }

    private static func string(_ value: CypherValue, _ function: String) throws(QueryError) -> String? {
        switch value {
        case .null: return nil
        case .string(let text): return text
        default: throw mismatch(function, "a string", value)
        }
    }

    private static func number(_ value: CypherValue, _ function: String) throws(QueryError) -> Double? {
        switch value {
        case .null: return nil
        case .integer, .float: return value.number
        default: throw mismatch(function, "a number", value)
        }
    }

    private static func list(_ value: CypherValue, _ function: String) throws(QueryError) -> [CypherValue]? {
        switch value {
        case .null: return nil
        case .list(let values): return values
        default: throw mismatch(function, "a list", value)
        }
    }

    /// A non-negative integer count for `left`, `right`, `substring`.
    private static func length(_ value: CypherValue, _ function: String) throws(QueryError) -> Int {
        guard case .integer(let count) = value else { throw mismatch(function, "an integer length", value) }
        guard count >= 0 else { throw QueryError.argument("\(function)() takes a length of 0 or more, not \(count).") }
        return Int(min(count, Int64(Int32.max)))
    }

    // MARK: Bodies

    private static func substring(_ v: [CypherValue]) throws(QueryError) -> CypherValue {
        guard let text = try string(v[0], "substring") else { return .null }
        guard case .integer(let start) = v[1] else { throw mismatch("substring", "an integer start", v[1]) }
        guard start >= 0 else { throw QueryError.argument("substring() takes a start of 0 or more, not \(start).") }
        let characters = Array(text)
        let from = Int(min(start, Int64(characters.count)))
        let count = v.count > 2 ? try length(v[2], "substring") : characters.count
        return .string(String(characters[from..<min(characters.count, from + min(count, characters.count))]))
    }

    private static func round(_ v: [CypherValue]) throws(QueryError) -> CypherValue {
        guard let value = try number(v[0], "round") else { return .null }
        var precision: Int64 = 0
        if v.count > 1 {
            guard case .integer(let digits) = v[1] else { throw mismatch("round", "an integer precision", v[1]) }
            precision = digits
        }
        var mode = "HALF_UP"
        if v.count > 2 {
            guard case .string(let text) = v[2] else { throw mismatch("round", "a rounding mode such as 'HALF_EVEN'", v[2]) }
            mode = text.uppercased()
        }
        let rule: FloatingPointRoundingRule
        switch mode {
        case "HALF_UP": rule = .toNearestOrAwayFromZero
        case "HALF_EVEN": rule = .toNearestOrEven
        case "UP": rule = .awayFromZero
        case "DOWN": rule = .towardZero
        case "CEILING": rule = .up
        case "FLOOR": rule = .down
        default: throw QueryError.argument("round() knows the modes HALF_UP, HALF_EVEN, UP, DOWN, CEILING and FLOOR, not '\(mode)'.")
        }
        guard precision > 0 else { return .float(value.rounded(rule)) }
        let scale = pow(10, Double(min(precision, 300)))
        let scaled = (value * scale).rounded(rule) / scale
        return .float(scaled.isFinite ? scaled : value)
    }

    private static func range(_ v: [CypherValue]) throws(QueryError) -> CypherValue {
        var bounds: [Int64] = []
        for value in v {
            guard case .integer(let bound) = value else {
                throw QueryError.argument("range() takes integers, not \(value.typeName.lowercased()) \(value.shortDescription).")
            }
            bounds.append(bound)
        }
        let step = bounds.count > 2 ? bounds[2] : 1
        guard step != 0 else { throw QueryError.argument("range() takes a step other than 0.") }
        let (start, end) = (bounds[0], bounds[1])
        let count = step > 0 ? (end < start ? 0 : (Int128(end) - Int128(start)) / Int128(step) + 1)
                             : (end > start ? 0 : (Int128(start) - Int128(end)) / Int128(-step) + 1)
        guard count <= Int128(maximumRangeLength) else {
            throw QueryError.argument("range(\(start), \(end)) would hold \(count) numbers; at most \(maximumRangeLength) are allowed.")
        }
        return .list((0..<Int64(count)).map { .integer(start + $0 * step) })
    }

    private static func trimmed(_ text: String, leading: Bool, trailing: Bool) -> String {
        var scalars = Substring(text)
        while leading, let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while trailing, let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// An integer's conversion from a float: truncated toward zero; nil beyond the 64-bit range or NaN.
    private static func integer(_ value: Double) -> Int64? {
        guard value.isFinite, value > -9_223_372_036_854_775_809.0, value < 9_223_372_036_854_775_808.0 else { return nil }
        return Int64(value.rounded(.towardZero))
    }

    private static func parseInteger(_ text: String) -> Int64? {
        let trimmedText = text.trimmingCharacters(in: .whitespaces)
        if let value = Int64(trimmedText) { return value }
        return parseFloat(trimmedText).flatMap(integer)
    }

    private static func parseFloat(_ text: String) -> Double? {
        let trimmedText = text.trimmingCharacters(in: .whitespaces)
        guard !trimmedText.isEmpty, trimmedText.allSatisfy({ "0123456789+-.eE".contains($0) }) || ["NaN", "Infinity", "-Infinity"].contains(trimmedText) else {
            return nil
        }
        return Double(trimmedText)
    }

    private static func parseBoolean(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }
}

import ClusterGraph
import Foundation
import GRDB

/// The SQL functions compiled queries call (all named `cy_…`), registered on the connection
/// before a statement runs — only those the statement uses.
///
/// A function that fails raises an SQLite error whose message carries the ``QueryError``
/// (``FunctionFailure``), which the executor turns back into that error.
enum SQLFunctions {
    /// Registers the functions named in `names` on `db`.
    static func register(_ names: Set<String>, in db: Database) {
        for name in names {
            if let function = scalars[name] {
                db.add(function: function)
            } else if let kind = aggregates[name] {
                db.add(function: aggregateFunction(name, kind))
            }
        }
    }

    private static func truth(_ flag: Bool?) -> DatabaseValue {
        flag.map { ($0 ? 1 : 0).databaseValue } ?? .null
    }

    private static func function(_ name: String, _ argumentCount: Int?, pure: Bool = true,
                                 _ body: @escaping @Sendable ([DatabaseValue]) throws(QueryError) -> DatabaseValue) -> (String, DatabaseFunction) {
        (name, DatabaseFunction(name, argumentCount: argumentCount, pure: pure) { arguments in
            do throws(QueryError) {
                return try body(arguments)
            } catch {
                throw FunctionFailure(error: error)
            }
        })
    }

    /// Decodes every argument, failing with a ``QueryError``.
    private static func values(_ arguments: ArraySlice<DatabaseValue>) throws(QueryError) -> [CypherValue] {
        var result: [CypherValue] = []
        result.reserveCapacity(arguments.count)
        for argument in arguments { result.append(try CypherValue(argument)) }
        return result
    }

    private static func integer(_ value: DatabaseValue) -> Int64 {
        Int64.fromDatabaseValue(value) ?? 0
    }

    private static func text(_ value: DatabaseValue) -> String {
        String.fromDatabaseValue(value) ?? ""
    }

    private static let scalars: [String: DatabaseFunction] = Dictionary(uniqueKeysWithValues: [
        function("cy_f", nil) { (a: [DatabaseValue]) throws(QueryError) in
            try CypherFunctions.call(text(a[0]), try values(a.dropFirst())).databaseValue
        },
        function("cy_rand", 0, pure: false) { (_: [DatabaseValue]) throws(QueryError) in
            Double.random(in: 0..<1).databaseValue
        },
        function("cy_truth", 1) { (a: [DatabaseValue]) throws(QueryError) in
            truth(try CypherOperators.truth(try CypherValue(a[0])))
        },
        function("cy_node", 2) { (a: [DatabaseValue]) throws(QueryError) in
            a[1].isNull ? .null : CypherValue.node(NodeReference(graph: integer(a[0]), id: integer(a[1]))).databaseValue
        },
        function("cy_rel", 4) { (a: [DatabaseValue]) throws(QueryError) in
            a[1].isNull ? .null : CypherValue.relationship(RelationshipReference(graph: integer(a[0]), source: integer(a[1]),
                                                                                 target: integer(a[2]), kind: text(a[3]))).databaseValue
        },
        function("cy_part", 2) { (a: [DatabaseValue]) throws(QueryError) in
            try part(try CypherValue(a[0]), integer(a[1]))
        },
        function("cy_path", nil) { (a: [DatabaseValue]) throws(QueryError) in
            guard !a[1].isNull else { return .null }
            let graph = integer(a[0])
            var relationships: [RelationshipReference] = []
            for trail in a.dropFirst(2) { relationships += try Trail.relationships(text(trail), graph: graph) }
            return CypherValue.path(PathReference(graph: graph, start: integer(a[1]), relationships: relationships)).databaseValue
        },
        function("cy_trail", 2) { (a: [DatabaseValue]) throws(QueryError) in
            guard !a[1].isNull else { return .null }
            return CypherValue.list(try Trail.relationships(text(a[1]), graph: integer(a[0])).map(CypherValue.relationship)).databaseValue
        },
        function("cy_trail_of", 1) { (a: [DatabaseValue]) throws(QueryError) in
            guard case .list(let values) = try CypherValue(a[0]) else { return .null }
            var trail = ","
            for value in values {
                guard case .relationship(let link) = value else { return .null }
                trail += "\(link.source):\(link.target):" + link.kind.utf8.map { String(format: "%02X", $0) }.joined() + ","
            }
            return trail.databaseValue
        },
        function("cy_disjoint", 2) { (a: [DatabaseValue]) throws(QueryError) in
            truth(Trail.disjoint(text(a[0]), text(a[1])))
        },
        function("cy_arith", nil) { (a: [DatabaseValue]) throws(QueryError) in
            let operators = text(a[0])
            var result = try CypherValue(a[1])
            for (op, operand) in zip(operators, a.dropFirst(2)) {
                guard let arithmetic = CypherValue.ArithmeticOperator(rawValue: String(op)) else { continue }
                result = try CypherValue.arithmetic(arithmetic, result, try CypherValue(operand))
            }
            return result.databaseValue
        },
        function("cy_neg", 1) { (a: [DatabaseValue]) throws(QueryError) in
            try CypherValue.negated(try CypherValue(a[0])).databaseValue
        },
        function("cy_cmp", 3) { (a: [DatabaseValue]) throws(QueryError) in
            truth(CypherOperators.compare(ComparisonOperator(rawValue: text(a[0])) ?? .equal, try CypherValue(a[1]), try CypherValue(a[2])))
        },
        function("cy_in", 2) { (a: [DatabaseValue]) throws(QueryError) in
            truth(try CypherOperators.contains(try CypherValue(a[1]), try CypherValue(a[0])))
        },
        function("cy_match", 3) { (a: [DatabaseValue]) throws(QueryError) in
            truth(try CypherOperators.match(StringOperator(rawValue: text(a[0])) ?? .contains, try CypherValue(a[1]), try CypherValue(a[2])))
        },
        function("cy_list", nil) { (a: [DatabaseValue]) throws(QueryError) in
            CypherValue.list(try values(a[...])).databaseValue
        },
        function("cy_concat", nil) { (a: [DatabaseValue]) throws(QueryError) in
            var joined: [CypherValue] = []
            for part in try values(a[...]) { if case .list(let items) = part { joined += items } }
            return CypherValue.list(joined).databaseValue
        },
        function("cy_map", nil) { (a: [DatabaseValue]) throws(QueryError) in
            var entries: [String: CypherValue] = [:]
            var index = 0
            while index + 1 < a.count {
                let value = try CypherValue(a[index + 1])
                switch try CypherValue(a[index]) {
                case .string(let key): entries[key] = value
                case .map(let more): entries.merge(more) { _, new in new }
                default: break
                }
                index += 2
            }
            return CypherValue.map(entries).databaseValue
        },
        function("cy_index", 2) { (a: [DatabaseValue]) throws(QueryError) in
            try CypherOperators.index(try CypherValue(a[0]), try CypherValue(a[1])).databaseValue
        },
        function("cy_slice", 3) { (a: [DatabaseValue]) throws(QueryError) in
            try CypherOperators.slice(try CypherValue(a[0]), try CypherValue(a[1]), try CypherValue(a[2])).databaseValue
        },
        function("cy_get", 2) { (a: [DatabaseValue]) throws(QueryError) in
            try CypherOperators.property(try CypherValue(a[0]), text(a[1])).databaseValue
        },
        function("cy_type", 1) { (a: [DatabaseValue]) throws(QueryError) in
            try CypherValue(a[0]).typeName.databaseValue
        },
        function("cy_elements", 1) { (a: [DatabaseValue]) throws(QueryError) in
            let value = try CypherValue(a[0])
            switch value {
            case .null: return "[]".databaseValue
            case .list(let items): return Elements.encode(items).databaseValue
            default: return Elements.encode([value]).databaseValue
            }
        },
        function("cy_elem", 1) { (a: [DatabaseValue]) throws(QueryError) in
            try Elements.decode(text(a[0]))
        },
        function("cy_sortkey", 1) { (a: [DatabaseValue]) throws(QueryError) in
            Data(try CypherValue(a[0]).sortKey).databaseValue
        },
        function("cy_count", 2) { (a: [DatabaseValue]) throws(QueryError) in
            try rowCount(try CypherValue(a[0]), clause: text(a[1]))
        },
        function("cy_nonnull", 2) { (a: [DatabaseValue]) throws(QueryError) in
            a[0].isNull ? .null : a[1]
        },
        function("cy_label_check", 1) { (a: [DatabaseValue]) throws(QueryError) in
            let value = try CypherValue(a[0])
            switch value {
            case .null, .node: return a[0]
            default: throw QueryError.type("Only nodes have labels, not \(value.typeName.lowercased()) \(value.shortDescription).")
            }
        },
    ])

    private static let aggregates: [String: CypherAggregation.Kind] = Dictionary(uniqueKeysWithValues:
        CypherAggregation.Kind.allCases.map { ("cy_agg_" + $0.rawValue.lowercased(), $0) })

    static func aggregateName(_ kind: CypherAggregation.Kind) -> String { "cy_agg_" + kind.rawValue.lowercased() }

    private static func aggregateFunction(_ name: String, _ kind: CypherAggregation.Kind) -> DatabaseFunction {
        switch kind {
        case .collect: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<CollectKind>.self)
        case .collectAll: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<CollectAllKind>.self)
        case .sum: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<SumKind>.self)
        case .avg: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<AvgKind>.self)
        case .min: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<MinKind>.self)
        case .max: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<MaxKind>.self)
        case .percentileDisc: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<PercentileDiscKind>.self)
        case .percentileCont: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<PercentileContKind>.self)
        case .stDev: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<StDevKind>.self)
        case .stDevP: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<StDevPKind>.self)
        case .quantify: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<QuantifyKind>.self)
        case .entries: return DatabaseFunction(name, argumentCount: nil, pure: true, aggregate: Aggregate<EntriesKind>.self)
        }
    }

    /// Parts of a node or relationship value: 0 graph, 1 node id or source, 2 target, 3 kind.
    private static func part(_ value: CypherValue, _ index: Int64) throws(QueryError) -> DatabaseValue {
        switch (value, index) {
        case (.null, _): return .null
        case (.node(let node), 0): return node.graph.databaseValue
        case (.node(let node), 1): return node.id.databaseValue
        case (.relationship(let r), 0): return r.graph.databaseValue
        case (.relationship(let r), 1): return r.source.databaseValue
        case (.relationship(let r), 2): return r.target.databaseValue
        case (.relationship(let r), 3): return r.kind.databaseValue
        default:
            throw QueryError.type("Expected a \(index >= 2 ? "relationship" : "node or relationship"), but got \(value.typeName.lowercased()) \(value.shortDescription).")
        }
    }

    /// A SKIP or LIMIT count: a whole number of rows, 0 or more.
    private static func rowCount(_ value: CypherValue, clause: String) throws(QueryError) -> DatabaseValue {
        switch value {
        case .integer(let count) where count >= 0: return count.databaseValue
        case .integer(let count):
            throw QueryError.argument("\(clause) takes a number of rows, 0 or more, not \(count).")
        default:
            throw QueryError.argument("\(clause) takes a whole number of rows, not \(value.typeName.lowercased()) \(value.shortDescription).")
        }
    }
}

/// An error raised inside an SQL function: its description carries the ``QueryError`` through
/// SQLite's error message, and ``decode(_:)`` reads it back.
struct FunctionFailure: Error, CustomStringConvertible {
    static let marker = "cypher-error:"
    let error: QueryError

    var description: String {
        switch error {
        case .type(let message): return Self.marker + "type:" + message
        case .argument(let message): return Self.marker + "argument:" + message
        case .arithmetic(let message): return Self.marker + "arithmetic:" + message
        default: return Self.marker + "database:" + error.description
        }
    }

    /// The query error an SQLite message carries, if it came from one of the functions.
    static func decode(_ message: String?) -> QueryError? {
        guard let message, let range = message.range(of: marker) else { return nil }
        let rest = message[range.upperBound...]
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let text = String(rest[rest.index(after: colon)...])
        switch rest[..<colon] {
        case "type": return .type(text)
        case "argument": return .argument(text)
        case "arithmetic": return .arithmetic(text)
        default: return .database(text)
        }
    }
}

/// The elements of a list as `json_each` reads them: a JSON array of strings, each an element's
/// SQLite value tagged by storage class (`n` null, `i` integer, `f` real, `s` text, `x` BLOB text).
enum Elements {
    static func encode(_ values: [CypherValue]) -> String {
        var text = "["
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            let tagged: String
            switch value.databaseValue.storage {
            case .null: tagged = "n"
            case .int64(let number): tagged = "i\(number)"
            case .double(let number): tagged = "f\(number)"
            case .string(let string): tagged = "s" + string
            case .blob(let data): tagged = "x" + String(decoding: data, as: UTF8.self)
            }
            JSONText.appendString(tagged, to: &text)
        }
        return text + "]"
    }

    static func decode(_ tagged: String) throws(QueryError) -> DatabaseValue {
        guard let tag = tagged.first else { return .null }
        let body = String(tagged.dropFirst())
        switch tag {
        case "i": return (Int64(body) ?? 0).databaseValue
        case "f": return (Double(body) ?? .nan).databaseValue
        case "s": return body.databaseValue
        case "x": return Data(body.utf8).databaseValue
        default: return .null
        }
    }
}

/// Relationship ids as a walk carries them: `,source:target:HEXKIND,` for each step, so
/// `instr` finds a relationship in a trail and no kind can be mistaken for a separator.
enum Trail {
    static func relationships(_ trail: String, graph: Int64) throws(QueryError) -> [RelationshipReference] {
        var relationships: [RelationshipReference] = []
        for step in trail.split(separator: ",") {
            let parts = step.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 3, let source = Int64(parts[0]), let target = Int64(parts[1]),
                  let kind = hexDecoded(parts[2]) else {
                throw QueryError.database("an unreadable path step '\(step)'")
            }
            relationships.append(RelationshipReference(graph: graph, source: source, target: target, kind: kind))
        }
        return relationships
    }

    static func disjoint(_ first: String, _ second: String) -> Bool {
        let steps = Set(first.split(separator: ","))
        return !second.split(separator: ",").contains { steps.contains($0) }
    }

    private static func hexDecoded(_ hex: Substring) -> String? {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) ?? hex.endIndex
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Which ``CypherAggregation`` an SQL aggregate runs (GRDB creates aggregates by type).
protocol AggregationMarker: Sendable {
    static var kind: CypherAggregation.Kind { get }
}

enum CollectKind: AggregationMarker { static let kind = CypherAggregation.Kind.collect }
enum CollectAllKind: AggregationMarker { static let kind = CypherAggregation.Kind.collectAll }
enum SumKind: AggregationMarker { static let kind = CypherAggregation.Kind.sum }
enum AvgKind: AggregationMarker { static let kind = CypherAggregation.Kind.avg }
enum MinKind: AggregationMarker { static let kind = CypherAggregation.Kind.min }
enum MaxKind: AggregationMarker { static let kind = CypherAggregation.Kind.max }
enum PercentileDiscKind: AggregationMarker { static let kind = CypherAggregation.Kind.percentileDisc }
enum PercentileContKind: AggregationMarker { static let kind = CypherAggregation.Kind.percentileCont }
enum StDevKind: AggregationMarker { static let kind = CypherAggregation.Kind.stDev }
enum StDevPKind: AggregationMarker { static let kind = CypherAggregation.Kind.stDevP }
enum QuantifyKind: AggregationMarker { static let kind = CypherAggregation.Kind.quantify }
enum EntriesKind: AggregationMarker { static let kind = CypherAggregation.Kind.entries }

/// An SQL aggregate over one or two arguments (the value, and a percentile, quantifier or value).
struct Aggregate<Marker: AggregationMarker>: DatabaseAggregate {
    private var state = CypherAggregation(Marker.kind)

    init() {}

    mutating func step(_ arguments: [DatabaseValue]) throws {
        do throws(QueryError) {
            try state.add(try CypherValue(arguments[0]), extra: arguments.count > 1 ? try CypherValue(arguments[1]) : .null)
        } catch {
            throw FunctionFailure(error: error)
        }
    }

    func finalize() throws -> (any DatabaseValueConvertible)? {
        state.result().databaseValue
    }
}

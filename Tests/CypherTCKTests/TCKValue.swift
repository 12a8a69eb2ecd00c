import ClusterGraph
import Foundation
import GraphQuery

/// A value as the TCK writes it in result tables and parameters: `null`, `true`, `1`, `1.0`, `'text'`,
/// `[1, 2]`, `{a: 1}`, nodes `(:A {name: 'a'})`, relationships `[:T {w: 1}]` and paths
/// `<(:A)-[:T]->(:B)>`. Nodes and relationships compare by labels or type and properties.
indirect enum TCKValue: Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(Int64)
    case float(Double)
    case string(String)
    case list([TCKValue])
    case map([String: TCKValue])
    case node(labels: Set<String>, properties: [String: TCKValue])
    case relationship(type: String, properties: [String: TCKValue])
    /// A start node and steps: each a relationship, whether it points along the path, and the next node.
    case path(TCKValue, [(TCKValue, Bool, TCKValue)])

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return "\(flag)"
        case .integer(let value): return "\(value)"
        case .float(let value): return value.isNaN ? "NaN" : "\(value)"
        case .string(let text): return "'\(text)'"
        case .list(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        case .node(let labels, let properties):
            return "(" + labels.sorted().map { ":" + $0 }.joined() + (properties.isEmpty ? "" : " \(TCKValue.map(properties))") + ")"
        case .relationship(let type, let properties):
            return "[:\(type)" + (properties.isEmpty ? "" : " \(TCKValue.map(properties))") + "]"
        case .path(let start, let steps):
            return "<\(start)" + steps.map { $0.1 ? "-\($0.0)->\($0.2)" : "<-\($0.0)-\($0.2)" }.joined() + ">"
        }
    }

    /// Equality as the TCK compares results; `unorderedLists` compares lists as bags.
    func matches(_ other: TCKValue, unorderedLists: Bool) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            if !unorderedLists { return zip(a, b).allSatisfy { $0.matches($1, unorderedLists: false) } }
            return TCKValue.bagsMatch(a, b) { $0.matches($1, unorderedLists: true) }
        case (.map(let a), .map(let b)):
            return Self.mapsMatch(a, b, unorderedLists)
        case (.node(let labelsA, let a), .node(let labelsB, let b)):
            return labelsA == labelsB && Self.mapsMatch(a, b, unorderedLists)
        case (.relationship(let typeA, let a), .relationship(let typeB, let b)):
            return typeA == typeB && Self.mapsMatch(a, b, unorderedLists)
        case (.path(let startA, let stepsA), .path(let startB, let stepsB)):
            return startA.matches(startB, unorderedLists: unorderedLists) && stepsA.count == stepsB.count
                && zip(stepsA, stepsB).allSatisfy { a, b in
                    a.1 == b.1 && a.0.matches(b.0, unorderedLists: unorderedLists) && a.2.matches(b.2, unorderedLists: unorderedLists)
                }
        default: return false
        }
    }

    private static func mapsMatch(_ a: [String: TCKValue], _ b: [String: TCKValue], _ unorderedLists: Bool) -> Bool {
        Set(a.keys) == Set(b.keys) && a.allSatisfy { key, value in b[key].map { value.matches($0, unorderedLists: unorderedLists) } ?? false }
    }

    /// Whether the two lists hold the same elements, each matched once, in any order.
    static func bagsMatch<T>(_ a: [T], _ b: [T], _ equal: (T, T) -> Bool) -> Bool {
        guard a.count == b.count else { return false }
        var unused = Array(b.indices)
        for element in a {
            guard let position = unused.firstIndex(where: { equal(element, b[$0]) }) else { return false }
            unused.remove(at: position)
        }
        return true
    }

    // MARK: From query results

    init(_ value: QueryValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .integer(number)
        case .float(let number): self = .float(number)
        case .string(let text): self = .string(text)
        case .list(let values): self = .list(values.map(TCKValue.init))
        case .map(let entries): self = .map(entries.mapValues(TCKValue.init))
        case .node(let node): self = Self.node(node)
        case .relationship(let link): self = Self.relationship(link)
        case .path(let path):
            var steps: [(TCKValue, Bool, TCKValue)] = []
            for (index, link) in path.relationships.enumerated() where index + 1 < path.nodes.count {
                steps.append((Self.relationship(link), link.source == path.nodes[index].key, Self.node(path.nodes[index + 1])))
            }
            self = .path(path.nodes.first.map(Self.node) ?? .null, steps)
        }
    }

    init(_ value: AttributeValue) {
        switch value {
        case .number(let number): self = .float(number)
        case .integer(let number): self = .integer(number)
        case .text(let text): self = .string(text)
        case .boolean(let flag): self = .bool(flag)
        case .list(let values): self = .list(values.map(TCKValue.init))
        }
    }

    private static func node(_ node: QueryNode) -> TCKValue {
        .node(labels: Set(node.labels), properties: Dictionary(node.attributes.map { ($0.name, TCKValue($0.value)) }, uniquingKeysWith: { a, _ in a }))
    }

    private static func relationship(_ link: QueryRelationship) -> TCKValue {
        .relationship(type: link.kind, properties: Dictionary(link.attributes.map { ($0.name, TCKValue($0.value)) }, uniquingKeysWith: { a, _ in a }))
    }

    /// The value as a query parameter (nodes, relationships and paths cannot be parameters).
    var queryValue: QueryValue? {
        switch self {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .integer(let number): return .integer(number)
        case .float(let number): return .float(number)
        case .string(let text): return .string(text)
        case .list(let values):
            let converted = values.compactMap(\.queryValue)
            return converted.count == values.count ? .list(converted) : nil
        case .map(let entries):
            let converted = entries.compactMapValues(\.queryValue)
            return converted.count == entries.count ? .map(converted) : nil
        default: return nil
        }
    }

    // MARK: Parsing

    static func parse(_ text: String) -> TCKValue? {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        guard let value = parser.value() else { return nil }
        parser.skipSpace()
        return parser.atEnd ? value : nil
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        var atEnd: Bool { position >= scalars.count }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            position + offset < scalars.count ? scalars[position + offset] : nil
        }

        mutating func skipSpace() {
            while let scalar = peek(), scalar.properties.isWhitespace { position += 1 }
        }

        mutating func accept(_ text: String) -> Bool {
            skipSpace()
            let wanted = Array(text.unicodeScalars)
            guard position + wanted.count <= scalars.count, Array(scalars[position..<position + wanted.count]) == wanted else { return false }
            position += wanted.count
            return true
        }

        mutating func name() -> String? {
            skipSpace()
            if accept("`") {
                var result = ""
                while let scalar = peek(), scalar != "`" { result.unicodeScalars.append(scalar); position += 1 }
                position += 1
                return result
            }
            var result = ""
            while let scalar = peek(), scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
                position += 1
            }
            return result.isEmpty ? nil : result
        }

        mutating func entries() -> [String: TCKValue]? {
            guard accept("{") else { return nil }
            var entries: [String: TCKValue] = [:]
            if accept("}") { return entries }
            repeat {
                guard let key = name(), accept(":"), let value = value() else { return nil }
                entries[key] = value
            } while accept(",")
            return accept("}") ? entries : nil
        }

        mutating func node() -> TCKValue? {
            guard accept("(") else { return nil }
            var labels = Set<String>()
            while accept(":") {
                guard let label = name() else { return nil }
                labels.insert(label)
            }
            skipSpace()
            let properties = peek() == "{" ? entries() : [:]
            guard let properties, accept(")") else { return nil }
            return .node(labels: labels, properties: properties)
        }

        mutating func relationship() -> TCKValue? {
            guard accept("["), accept(":"), let type = name() else { return nil }
            skipSpace()
            let properties = peek() == "{" ? entries() : [:]
            guard let properties, accept("]") else { return nil }
            return .relationship(type: type, properties: properties)
        }

        mutating func value() -> TCKValue? {
            skipSpace()
            guard let first = peek() else { return nil }
            switch first {
            case "'":
                position += 1
                var text = ""
                while let scalar = peek(), scalar != "'" {
                    if scalar == "\\", let next = peek(1) {
                        text.unicodeScalars.append(next)
                        position += 2
                    } else {
                        text.unicodeScalars.append(scalar)
                        position += 1
                    }
                }
                position += 1
                return .string(text)
            case "(":
                return node()
            case "[" where peek(1) == ":":
                return relationship()
            case "[":
                position += 1
                var values: [TCKValue] = []
                if accept("]") { return .list(values) }
                repeat {
                    guard let value = value() else { return nil }
                    values.append(value)
                } while accept(",")
                return accept("]") ? .list(values) : nil
            case "{":
                return entries().map(TCKValue.map)
            case "<":
                position += 1
                guard let start = node() else { return nil }
                var steps: [(TCKValue, Bool, TCKValue)] = []
                while !accept(">") {
                    let backward = accept("<-")
                    if !backward { guard accept("-") else { return nil } }
                    guard let link = relationship() else { return nil }
                    let forward = accept("->")
                    if !forward { guard accept("-") else { return nil } }
                    guard let next = node() else { return nil }
                    steps.append((link, forward && !backward, next))
                }
                return .path(start, steps)
            default:
                var word = ""
                while let scalar = peek(), !" ,]})|".unicodeScalars.contains(scalar) {
                    word.unicodeScalars.append(scalar)
                    position += 1
                }
                switch word {
                case "null": return .null
                case "true": return .bool(true)
                case "false": return .bool(false)
                case "NaN": return .float(.nan)
                case "Infinity", "Inf": return .float(.infinity)
                case "-Infinity", "-Inf": return .float(-.infinity)
                default:
                    if let integer = Int64(word) { return .integer(integer) }
                    if let number = Double(word) { return .float(number) }
                    return nil
                }
            }
        }
    }
}

import ClusterGraph
import Foundation
import GRDB

/// How values travel through SQLite: null, integers, floating-point numbers and strings as
/// SQLite's own NULL, INTEGER, REAL and TEXT; everything SQLite has no type for as a BLOB holding
/// its text.
///
/// The BLOB text is JSON where JSON can say it — `true`, `[1,2.5,"a"]`, `{"a":1}` (keys sorted) —
/// which is also how the store keeps boolean and list attributes (``AttributeValue/jsonText``), so
/// a property read needs no conversion. Beyond JSON: `NaN`, `Infinity`, `-Infinity` (SQLite turns
/// a NaN REAL into NULL), nodes `N3:17` (graph 3, node 17), relationships `R3:17:18:"supplies"`
/// and paths `P3:17[17:18:"supplies",…]`. Equal values have equal bytes, so `DISTINCT` and
/// `GROUP BY` work on BLOBs as they are.
extension CypherValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .integer(let value): return value.databaseValue
        case .float(let value) where !value.isNaN: return value.databaseValue
        case .string(let value): return value.databaseValue
        default: return Data(encodedText.utf8).databaseValue
        }
    }

    /// Reads a value the compiled SQL produced or the store holds.
    init(_ value: DatabaseValue) throws(QueryError) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(number)
        case .double(let number): self = .float(number)
        case .string(let text): self = .string(text)
        case .blob(let data):
            var reader = JSONText.Reader(bytes: Array(data))
            guard let decoded = Self.read(&reader), reader.atEnd else {
                throw QueryError.database("a value the query could not read (\(String(decoding: data.prefix(40), as: UTF8.self)))")
            }
            self = decoded
        }
    }

    /// The value in the BLOB text described above (also used inside lists for every kind of value).
    var encodedText: String {
        var text = ""
        write(to: &text)
        return text
    }

    private func write(to text: inout String) {
        switch self {
        case .null: text += "null"
        case .boolean(let flag): text += flag ? "true" : "false"
        case .integer(let value): text += String(value)
        case .float(let value): JSONText.appendFloat(value, to: &text)
        case .string(let value): JSONText.appendString(value, to: &text)
        case .list(let values):
            text += "["
            for (index, value) in values.enumerated() {
                if index > 0 { text += "," }
                value.write(to: &text)
            }
            text += "]"
        case .map(let entries):
            text += "{"
            for (index, key) in entries.keys.sorted().enumerated() {
                if index > 0 { text += "," }
                JSONText.appendString(key, to: &text)
                text += ":"
                entries[key, default: .null].write(to: &text)
            }
            text += "}"
        case .node(let node):
            text += "N\(node.graph):\(node.id)"
        case .relationship(let relationship):
            text += "R\(relationship.graph):"
            Self.write(relationship, to: &text)
        case .path(let path):
            text += "P\(path.graph):\(path.start)["
            for (index, relationship) in path.relationships.enumerated() {
                if index > 0 { text += "," }
                Self.write(relationship, to: &text)
            }
            text += "]"
        }
    }

    private static func write(_ relationship: RelationshipReference, to text: inout String) {
        text += "\(relationship.source):\(relationship.target):"
        JSONText.appendString(relationship.kind, to: &text)
    }

    private static func read(_ reader: inout JSONText.Reader) -> CypherValue? {
        guard let first = reader.peek() else { return nil }
        switch first {
        case UInt8(ascii: "["):
            return reader.list(read).map(CypherValue.list)
        case UInt8(ascii: "{"):
            reader.advance()
            var entries: [String: CypherValue] = [:]
            if reader.accept(UInt8(ascii: "}")) { return .map(entries) }
            repeat {
                guard let key = reader.string(), reader.accept(UInt8(ascii: ":")), let value = read(&reader) else { return nil }
                entries[key] = value
            } while reader.accept(UInt8(ascii: ","))
            return reader.accept(UInt8(ascii: "}")) ? .map(entries) : nil
        case UInt8(ascii: "\""):
            return reader.string().map(CypherValue.string)
        case UInt8(ascii: "N"):
            if reader.accept(word: "NaN") { return .float(.nan) }
            reader.advance()
            guard let graph = integer(&reader), reader.accept(UInt8(ascii: ":")), let id = integer(&reader) else { return nil }
            return .node(NodeReference(graph: graph, id: id))
        case UInt8(ascii: "R"):
            reader.advance()
            guard let graph = integer(&reader), reader.accept(UInt8(ascii: ":")),
                  let relationship = relationship(&reader, graph: graph) else { return nil }
            return .relationship(relationship)
        case UInt8(ascii: "P"):
            reader.advance()
            guard let graph = integer(&reader), reader.accept(UInt8(ascii: ":")), let start = integer(&reader),
                  reader.accept(UInt8(ascii: "[")) else { return nil }
            var relationships: [RelationshipReference] = []
            if !reader.accept(UInt8(ascii: "]")) {
                repeat {
                    guard let relationship = relationship(&reader, graph: graph) else { return nil }
                    relationships.append(relationship)
                } while reader.accept(UInt8(ascii: ","))
                guard reader.accept(UInt8(ascii: "]")) else { return nil }
            }
            return .path(PathReference(graph: graph, start: start, relationships: relationships))
        default:
            if reader.accept(word: "null") { return .null }
            if reader.accept(word: "true") { return .boolean(true) }
            if reader.accept(word: "false") { return .boolean(false) }
            switch reader.number() {
            case .integer(let value)?: return .integer(value)
            case .float(let value)?: return .float(value)
            case nil: return nil
            }
        }
    }

    private static func integer(_ reader: inout JSONText.Reader) -> Int64? {
        if case .integer(let value)? = reader.number() { return value }
        return nil
    }

    private static func relationship(_ reader: inout JSONText.Reader, graph: Int64) -> RelationshipReference? {
        guard let source = integer(&reader), reader.accept(UInt8(ascii: ":")), let target = integer(&reader),
              reader.accept(UInt8(ascii: ":")), let kind = reader.string() else { return nil }
        return RelationshipReference(graph: graph, source: source, target: target, kind: kind)
    }
}

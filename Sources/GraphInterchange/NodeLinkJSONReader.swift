import ClusterGraph
import ClusterStore
import Foundation
import ResultFormat

/// Reads networkx node-link JSON (what `export --to json` and `networkx.node_link_data` write)
/// into graph contents: `directed`, `graph` (name, description, source), `nodes` with `id`,
/// `label`, `kind` and attributes, and `links` (or `edges`) with `source`, `target`, `weight`
/// (default 1), `kind` (default `supplies`) and attributes. Numbers, text, `true`/`false` and
/// lists of them become attributes; nulls are missing values.
public enum NodeLinkJSONReader {
    public static func contents(bytes: [UInt8], fileName: String, graph: String) throws -> GraphContents {
        let document: JSONInput
        do {
            document = try JSONDecoder().decode(JSONInput.self, from: Data(bytes))
        } catch {
            throw NodeLinkJSONError(file: fileName, place: nil, message: "is not valid JSON (\(Self.reason(error)))")
        }
        guard case .object(let root) = document else {
            throw NodeLinkJSONError(file: fileName, place: nil, message: "must be a JSON object with \"nodes\" and \"links\"")
        }
        var isDirected = true
        if let directed = root["directed"] {
            guard case .bool(let flag) = directed else {
                throw NodeLinkJSONError(file: fileName, place: "directed", message: "must be true or false")
            }
            isDirected = flag
        }
        // The file's own record of its source wins; a file without one is its own source.
        var description = "", source = fileName
        if case .object(let attributes)? = root["graph"] {
            if case .string(let text)? = attributes["description"] { description = text }
            if case .string(let text)? = attributes["source"] { source = text }
        }
        guard case .array(let nodeValues)? = root["nodes"] else {
            throw NodeLinkJSONError(file: fileName, place: "nodes", message: "is missing; node-link JSON lists its nodes under \"nodes\"")
        }
        let linkField = root["links"] != nil ? "links" : "edges"
        guard case .array(let linkValues)? = root[linkField] else {
            throw NodeLinkJSONError(file: fileName, place: "links", message: "is missing; node-link JSON lists its links under \"links\" (or \"edges\")")
        }

        var nodes: [NodeRecord] = []
        var seen: [String: Int] = [:]
        for (index, value) in nodeValues.enumerated() {
            let place = "nodes[\(index)]"
            guard case .object(var fields) = value else {
                throw NodeLinkJSONError(file: fileName, place: place, message: "must be an object with an \"id\"")
            }
            let key = try Self.key(fields.removeValue(forKey: "id"), file: fileName, place: "\(place).id")
            if let earlier = seen[key] {
                throw NodeLinkJSONError(file: fileName, place: place, message: "repeats the id '\(key)' of nodes[\(earlier)]; give each node its own id")
            }
            seen[key] = index
            let label = try Self.text(fields.removeValue(forKey: "label"), file: fileName, place: "\(place).label")
            let kind = try Self.text(fields.removeValue(forKey: "kind"), file: fileName, place: "\(place).kind") ?? NodeRecord.defaultKind
            nodes.append(NodeRecord(key: key, label: label, kind: kind, attributes: try Self.attributes(fields, file: fileName, place: place)))
        }
        var links: [LinkRecord] = []
        for (index, value) in linkValues.enumerated() {
            let place = "\(linkField)[\(index)]"
            guard case .object(var fields) = value else {
                throw NodeLinkJSONError(file: fileName, place: place, message: "must be an object with \"source\" and \"target\"")
            }
            let sourceKey = try Self.key(fields.removeValue(forKey: "source"), file: fileName, place: "\(place).source")
            let targetKey = try Self.key(fields.removeValue(forKey: "target"), file: fileName, place: "\(place).target")
            var weight = 1.0
            switch fields.removeValue(forKey: "weight") {
            case nil, .null?: break
            case .number(let number)?:
                if let problem = LinkWeight.problem(number) {
                    throw NodeLinkJSONError(file: fileName, place: place, message: problem.message(JSONValue.format(number)))
                }
                weight = number
            default: throw NodeLinkJSONError(file: fileName, place: "\(place).weight", message: "must be a number")
            }
            let kind = try Self.text(fields.removeValue(forKey: "kind"), file: fileName, place: "\(place).kind") ?? LinkRecord.defaultKind
            links.append(LinkRecord(source: sourceKey, target: targetKey, weight: weight, kind: kind,
                                    attributes: try Self.attributes(fields, file: fileName, place: place)))
        }
        return GraphContents(name: graph, isDirected: isDirected, description: description, source: source, nodes: nodes, links: links)
    }

    /// A node id: text, or an integral number written without a fraction (networkx often numbers nodes).
    private static func key(_ value: JSONInput?, file: String, place: String) throws -> String {
        switch value {
        case .string(let text)?:
            if let problem = NodeKey.problem(text) { throw NodeLinkJSONError(file: file, place: place, message: problem) }
            return text
        case .number(let number)?: return JSONValue.format(number)
        default: throw NodeLinkJSONError(file: file, place: place, message: "must be a string or a number")
        }
    }

    private static func text(_ value: JSONInput?, file: String, place: String) throws -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw NodeLinkJSONError(file: file, place: place, message: "must be a string")
        }
    }

    private static func attributes(_ fields: [String: JSONInput], file: String, place: String) throws -> [String: AttributeValue] {
        var attributes: [String: AttributeValue] = [:]
        for (name, value) in fields where value != .null {
            attributes[name] = try attribute(value, file: file, place: "\(place).\(name)")
        }
        return attributes
    }

    /// Numbers (floating-point), text, booleans and lists of them; an object or a null in a list cannot be stored.
    private static func attribute(_ value: JSONInput, file: String, place: String) throws -> AttributeValue {
        switch value {
        case .bool(let flag): return .boolean(flag)
        case .number(let number): return .number(number)
        case .string(let text): return .text(text)
        case .array(let items):
            return .list(try items.enumerated().map { try attribute($0.element, file: file, place: "\(place)[\($0.offset)]") })
        case .null, .object:
            throw NodeLinkJSONError(file: file, place: place, message: "is \(value == .null ? "null inside a list" : "an object"); attributes are numbers, text, true/false or lists of them")
        }
    }

    private static func reason(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return (context.underlyingError.map { "\($0)" } ?? context.debugDescription)
        }
        return "\(error)"
    }
}

/// A node-link JSON file that cannot be imported, located by its JSON path (`nodes[3].id`).
public struct NodeLinkJSONError: UserFacingError {
    public let file: String
    public let place: String?
    public let message: String

    public var description: String {
        "\(file): \(place.map { "\($0) " } ?? "")\(message)"
    }
}

import ClusterGraph
import ClusterStore
import ResultFormat

/// The CSV files `import links` and `import nodes` read back: links `source,target,weight,kind,…`
/// and nodes `key,label,kind,…`, one column per attribute. Streamed row by row; text goes from
/// SQLite's buffer to the output without a copy in between.
///
/// ```swift
/// try store.withGraphStream("fi2014") { try CSVExport.writeLinks($0, to: writer) }
/// ```
public enum CSVExport {
    public static func writeLinks(_ graph: GraphStream, to writer: BufferedWriter) throws {
        let columns = try graph.linkAttributeColumns().map(\.name)
        try ResultTable.writeCSVRow((["source", "target", "weight", "kind"] + columns).map(JSONValue.string), to: writer)
        let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        try graph.forEachLink { link in
            try writer.writeCSVField(link.source.bytes)
            try writer.write(UInt8(ascii: ","))
            try writer.writeCSVField(link.target.bytes)
            try writer.write(UInt8(ascii: ","))
            try writer.writeNumber(link.weight)
            try writer.write(UInt8(ascii: ","))
            try writer.writeCSVField(link.kind.bytes)
            try writeAttributes(link.attributes, count: columns.count, position: position, to: writer)
        }
    }

    public static func writeNodes(_ graph: GraphStream, to writer: BufferedWriter) throws {
        let columns = try graph.nodeAttributeColumns().map(\.name)
        try ResultTable.writeCSVRow((["key", "label", "kind"] + columns).map(JSONValue.string), to: writer)
        let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        try graph.forEachNode { node in
            try writer.writeCSVField(node.key.bytes)
            try writer.write(UInt8(ascii: ","))
            if let label = node.label { try writer.writeCSVField(label.bytes) }
            try writer.write(UInt8(ascii: ","))
            try writer.writeCSVField(node.kind.bytes)
            try writeAttributes(node.attributes, count: columns.count, position: position, to: writer)
        }
    }

    /// The attribute cells of one row (empty where a value is missing) and the line's end.
    private static func writeAttributes(_ attributes: [(name: String, value: AttributeValue)], count: Int,
                                        position: [String: Int], to writer: BufferedWriter) throws {
        var next = 0
        for attribute in attributes {
            guard let column = position[attribute.name] else { continue }
            while next <= column {
                try writer.write(UInt8(ascii: ","))
                next += 1
            }
            try writer.writeCSVField(attribute.value.exportText)
        }
        for _ in next..<count { try writer.write(UInt8(ascii: ",")) }
        try writer.write(UInt8(ascii: "\n"))
    }
}

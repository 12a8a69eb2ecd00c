import ClusterGraph
import GRDB
import TabularText

extension LinkageStore {
    /// Imports a nodes file (header `key[,label][,kind]`, extra columns become number or text
    /// attributes) into graph `graph`, in one transaction.
    ///
    /// A new graph is created (directed until its first links say otherwise); in an existing
    /// graph, known keys get the file's label, kind and attributes and new keys are added. An
    /// empty cell leaves the stored value as it is.
    ///
    /// ```swift
    /// try store.importNodes(file: "firms.csv", graph: "district")
    /// ```
    /// - Throws: ``TabularTextError`` at file:line:column for bad input, including a key that
    ///   appears twice (naming both lines).
    public func importNodes(file: String, graph: String, delimiter: UInt8? = nil, numberFormat: NumberFormatOptions = NumberFormatOptions(),
                            progress: ProgressHandler? = nil) throws -> ImportSummary {
        var input = try ImportSource(path: file, delimiter: delimiter, numberFormat: numberFormat)
        let keyColumn = try input.requiredColumns(["key"], example: "key,label,kind")[0]
        let labelColumn = input.column("label"), kindColumn = input.column("kind")
        var attributes = input.attributeColumns(excluding: ["key", "label", "kind"])

        return try write { db in
            let isDirected = try Bool.fetchOne(db, sql: "SELECT directed FROM graph WHERE name = ?", arguments: [graph]) ?? true
            var writer = try GraphWriter(db, name: graph, isDirected: isDirected, description: "", source: "", mode: .append)
            let nodesBefore = writer.nodeCount
            var lineByKey: [String: Int] = [:]
            var ids: [Int32] = []
            while let record = try input.reader.next() {
                let key = try input.key(record, keyColumn, what: "key")
                if let first = lineByKey[key] {
                    throw input.reader.error("node key '\(key)' already appears on line \(first); each key may appear once in a nodes file",
                                             in: record, field: keyColumn)
                }
                lineByKey[key] = record.line
                let label = labelColumn.flatMap { record.fields[$0].isEmpty ? nil : record.fields[$0] }
                let kind = kindColumn.flatMap { record.fields[$0].isEmpty ? nil : record.fields[$0] }
                ids.append(writer.setNode(key: key, label: label, kind: kind))
                if !attributes.isEmpty { try attributes.append(record, in: input) }
                if ids.count & 0x3FFF == 0 { input.reportReading(progress) }
            }
            input.reportReading(progress)
            let typed = attributes.typed(numbers: &input.numbers)
            var values: [(node: Int32, name: String, value: AttributeValue)] = []
            for column in typed {
                for (row, value) in column.values.enumerated() {
                    if let value { values.append((ids[row], column.name, value)) }
                }
            }
            try writer.flushNodes()
            try writer.writeNodeAttributes(values)
            try writer.touch()
            progress?(1000, 1000)
            return ImportSummary(writer, rows: ids.count, nodesBefore: nodesBefore, attributes: typed)
        }
    }
}

import ClusterGraph
import GRDB
import TabularText

extension LinkageStore {
    /// Imports a links file (header `source,target[,weight][,kind]`, extra columns become link
    /// attributes) into a graph, in one transaction: a bad row leaves the database as it was.
    ///
    /// Nodes named by links are created unless `options.strict`. Parallel rows (same source,
    /// target and kind) are summed. Weights must be finite and non-negative (flows); a file without
    /// a weight column gives every link weight 1.
    ///
    /// ```swift
    /// let summary = try store.importLinks(file: "links.csv", options: LinkImportOptions(graph: "district"))
    /// ```
    /// - Throws: ``TabularTextError`` at file:line:column for bad input; ``StoreError`` for a
    ///   taken graph name or a direction mismatch.
    /// - Complexity: O(m + n) after reading: rows are sorted by counting passes and inserted in
    ///   primary-key order with one prepared statement.
    public func importLinks(file: String, options: LinkImportOptions, progress: ProgressHandler? = nil) throws -> ImportSummary {
        var input = try ImportSource(path: file, delimiter: options.delimiter, numberFormat: options.numberFormat)
        let required = try input.requiredColumns(["source", "target"], example: "source,target,weight")
        let (sourceColumn, targetColumn) = (required[0], required[1])
        let weightColumn = input.column("weight"), kindColumn = input.column("kind")
        var attributes = input.attributeColumns(excluding: ["source", "target", "weight", "kind"])

        return try write { db in
            var writer = try GraphWriter(db, name: options.graph, isDirected: options.isDirected, description: options.description,
                                         source: options.source, mode: options.mode, fillEmpty: true)
            let nodesBefore = writer.nodeCount
            var batch = LinkBatch()
            batch.reserveCapacity(input.reader.byteCount / 16)
            let defaultKind = batch.kindIndex(options.defaultKind)
            var rows = 0
            while let record = try input.reader.next() {
                let sourceKey = try input.key(record, sourceColumn, what: "source")
                let targetKey = try input.key(record, targetColumn, what: "target")
                let source = try nodeId(sourceKey, record, sourceColumn, &writer, input, options)
                let target = try nodeId(targetKey, record, targetColumn, &writer, input, options)
                var weight = 1.0
                if let weightColumn { weight = try input.weight(record, weightColumn, row: rows) }
                var kind = defaultKind
                if let kindColumn, !record.fields[kindColumn].isEmpty { kind = batch.kindIndex(record.fields[kindColumn]) }
                batch.append(source: source, target: target, weight: weight, kind: kind)
                if !attributes.isEmpty { try attributes.append(record, in: input) }
                rows += 1
                if rows & 0xFFFF == 0 { input.reportReading(progress) }
            }
            input.reportReading(progress)
            if let weightColumn { try input.settleWeights(&batch.weights, column: weightColumn) }
            let typed = attributes.typed(numbers: &input.numbers)
            batch.attributes = typed
            try writer.flushNodes()
            let total = batch.count
            do {
                try writer.writeLinks(batch) { written in progress?(800 + written * 200 / max(total, 1), 1000) }
            } catch let overflow as WeightSumOverflow {
                throw try input.error(overflow, writer: writer, weightColumn: weightColumn ?? sourceColumn)
            }
            try writer.touch()
            progress?(1000, 1000)
            return try ImportSummary(writer, rows: rows, nodesBefore: nodesBefore, attributes: typed)
        }
    }

    private func nodeId(_ key: String, _ record: DelimitedRecord, _ field: Int, _ writer: inout GraphWriter,
                        _ input: ImportSource, _ options: LinkImportOptions) throws -> Int32 {
        guard options.strict else { return writer.nodeId(key) }
        guard let id = writer.existingId(key) else {
            throw input.reader.error("graph '\(options.graph)' has no node '\(key)'; with --strict every key must already be a node "
                + "(import them first with `clusternet import nodes FILE --graph \(options.graph)`), or drop --strict to create nodes from the links",
                in: record, field: field)
        }
        return id
    }
}

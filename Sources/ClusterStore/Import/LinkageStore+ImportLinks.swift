import ClusterGraph
import Foundation
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
    /// - Complexity: O(m + n). The file is read as a stream; links are put in primary-key order
    ///   by a radix sort in runs of 4 Mi links (written to temporary files and merged beyond one
    ///   run) and inserted 128 per statement, so memory stays at about a run and the node keys
    ///   whatever the file's size. Progress: reading is the first 60 %, inserting the next 25 %,
    ///   rebuilding the by-target index the rest.
    public func importLinks(file: String, options: LinkImportOptions, progress: ProgressHandler? = nil) throws -> ImportSummary {
        var input = try ImportSource(path: file, delimiter: options.delimiter, numberFormat: options.numberFormat)
        let required = try input.requiredColumns(["source", "target"], example: "source,target,weight")
        let columns = LinkColumns(source: required[0], target: required[1], weight: input.column("weight"), kind: input.column("kind"))
        var attributes = input.attributeColumns(excluding: ["source", "target", "weight", "kind"])
        let directory = (path as NSString).deletingLastPathComponent

        return try write { db in
            var writer = try GraphWriter(db, name: options.graph, isDirected: options.isDirected, description: options.description,
                                         source: options.source, mode: options.mode, fillEmpty: true)
            let nodesBefore = writer.nodeCount
            var kinds = LinkKinds(defaultKind: options.defaultKind)
            var runs = LinkRuns(directory: directory.isEmpty ? "." : directory, runCapacity: options.runCapacity)
            let rows = try readLinks(&input, columns, options, into: &runs, writer: &writer, kinds: &kinds, attributes: &attributes,
                                     progress: progress)
            // Weights read with a decimal point that the file's decimal comma reads otherwise, by row.
            let corrected = try columns.weight.map { try input.settleWeights(column: $0) } ?? [:]
            let typed = attributes.typed(numbers: &input.numbers)
            try writer.flushNodes()
            let total = runs.count
            do {
                try writer.insertLinks(kinds: kinds.names, expectedLinks: total, attributes: typed,
                                       progress: { written in progress?(600 + written * 250 / max(total, 1), 1000) }) { inserter in
                    try runs.drain { link in
                        let weight = corrected.isEmpty ? link.weight : corrected[Int(link.row)] ?? link.weight
                        try inserter.add(source: link.source, target: link.target, kind: Int32(bitPattern: link.kind),
                                         weight: weight, row: Int(link.row))
                    }
                }
            } catch let overflow as WeightSumOverflow {
                throw try input.error(overflow, writer: writer, weightColumn: columns.weight ?? columns.source)
            }
            try writer.touch()
            progress?(1000, 1000)
            return ImportSummary(writer, rows: rows, nodesBefore: nodesBefore, attributes: typed)
        }
    }

    /// Where the link fields stand in each row.
    private struct LinkColumns {
        let source: Int, target: Int, weight: Int?, kind: Int?
    }

    /// Reads every row of a links file into `runs`, adding the nodes it names to `writer`:
    /// the loop an import of 10⁸ links spends its parsing time in, so keys, weights and kinds are
    /// read from the row's bytes and strings are made only for new keys and attributes.
    /// - Returns: the number of rows read.
    private func readLinks(_ input: inout ImportSource, _ columns: LinkColumns, _ options: LinkImportOptions,
                           into runs: inout LinkRuns, writer: inout GraphWriter, kinds: inout LinkKinds,
                           attributes: inout AttributeColumns, progress: ProgressHandler?) throws -> Int {
        var rows = 0
        while try input.reader.nextRaw() {
            var source = try input.withKey(columns.source, what: "source") { try nodeId($0, columns.source, &writer, input, options) }
            var target = try input.withKey(columns.target, what: "target") { try nodeId($0, columns.target, &writer, input, options) }
            var weight = 1.0
            if let column = columns.weight { weight = try input.rawWeight(column, row: rows) }
            var kind = Int32(0)
            if let column = columns.kind { kind = try kinds.index(input.reader, field: column) }
            // An undirected link is stored once, from the smaller id.
            if !options.isDirected && source > target { swap(&source, &target) }
            try runs.append(LinkRuns.Entry(source: source, target: target, kind: kind, row: rows, weight: weight))
            if !attributes.isEmpty { try attributes.append(rawFrom: input) }
            rows += 1
            if rows & 0xFFFF == 0 { input.reportReading(progress, share: 600) }
        }
        input.reportReading(progress, share: 600)
        return rows
    }

    @inline(__always)
    private func nodeId(_ key: UnsafeBufferPointer<UInt8>, _ field: Int, _ writer: inout GraphWriter,
                        _ input: ImportSource, _ options: LinkImportOptions) throws -> Int32 {
        guard options.strict else { return writer.nodeId(key) }
        guard let id = writer.existingId(key) else {
            throw input.reader.error("graph '\(options.graph)' has no node '\(String(decoding: key, as: UTF8.self))'; with --strict every key must already be a node "
                + "(import them first with `clusternet import nodes FILE --graph \(options.graph)`), or drop --strict to create nodes from the links",
                field: field)
        }
        return id
    }
}

/// The kinds of link an import meets, interned: index 0 is the default kind for rows without one.
private struct LinkKinds {
    private(set) var names: [String]

    init(defaultKind: String) { names = [StoredText.normalised(defaultKind)] }

    /// The index of the kind in field `field` of the reader's current record (the default when empty).
    @inline(__always)
    mutating func index(_ reader: DelimitedTextReader, field: Int) throws -> Int32 {
        let known = reader.withRawField(field) { bytes -> Int32? in
            if bytes.isEmpty { return 0 }
            // Few kinds: a scan beats hashing.
            for (index, name) in names.enumerated() where name.utf8.elementsEqual(bytes) { return Int32(index) }
            return nil
        }
        if let found = known, let index = found { return index }
        let name = StoredText.normalised(try reader.fieldString(field))
        if name.isEmpty { return 0 }
        if let index = names.firstIndex(of: name) { return Int32(index) }
        names.append(name)
        return Int32(names.count - 1)
    }
}

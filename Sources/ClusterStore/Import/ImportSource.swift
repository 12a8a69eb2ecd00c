import ClusterGraph
import Foundation
import TabularText

/// A delimited file opened for import: its reader, its header's columns, and what the link and
/// node importers share (required columns, extra columns as attributes, progress).
struct ImportSource {
    var reader: DelimitedTextReader
    /// The file's number format, worked out from its weights (or given by the user).
    var numbers: NumberReader
    /// Weights that read differently with a decimal point and a decimal comma, by row.
    private var pendingWeights: [(row: Int, value: NumberReader.Pending)] = []
    private let indexByName: [String: Int]

    /// Reads the whole file and its header.
    /// - Throws: ``StoreError/cannotReadFile(path:reason:)``, or ``TabularTextError`` for a bad header.
    init(path: String, delimiter: UInt8?, numberFormat: NumberFormatOptions = NumberFormatOptions()) throws {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "it is not readable" : "there is no such file"
            throw StoreError.cannotReadFile(path: path, reason: reason)
        }
        reader = try DelimitedTextReader(bytes: bytes, fileName: path, delimiter: delimiter)
        numbers = NumberReader(options: numberFormat, delimiter: reader.delimiter)
        var indexByName: [String: Int] = [:]
        for (index, name) in reader.header.enumerated() {
            if let first = indexByName[name.lowercased()] {
                throw reader.headerError("the header names column \(name.quotedForMessage) twice (columns \(first + 1) and \(index + 1)); "
                                         + "give each column its own name", field: index)
            }
            indexByName[name.lowercased()] = index
        }
        self.indexByName = indexByName
    }

    /// The position of the column named `name` (any letter case), or nil.
    func column(_ name: String) -> Int? { indexByName[name] }

    /// The positions of required columns, or an error at the header naming what is there.
    func requiredColumns(_ names: [String], example: String) throws -> [Int] {
        let missing = names.filter { indexByName[$0] == nil }
        guard missing.isEmpty else {
            let found = reader.header.prefix(12).map(\.quotedForMessage).joined(separator: ", ")
                + (reader.header.count > 12 ? " and \(reader.header.count - 12) more" : "")
            throw TabularTextError(file: reader.fileName, line: reader.headerLine, column: 1,
                message: "the header has no \(missing.map { "'\($0)'" }.joined(separator: " or ")) column (found \(found)); "
                    + "the first line must name the columns, for example `\(example)`")
        }
        return names.compactMap { indexByName[$0] }
    }

    /// The columns other than `known`, which become attributes, in file order.
    func attributeColumns(excluding known: Set<String>) -> AttributeColumns {
        let positions = reader.header.indices.filter { !known.contains(reader.header[$0].lowercased()) }
        return AttributeColumns(headers: positions.map { reader.header[$0] }, positions: positions)
    }

    /// Whether a column declared `:float` may use a decimal comma: as the file's numbers have
    /// shown so far (or the user said), else unless the file is comma-separated.
    var decimalComma: Bool { numbers.decimalMark.map { $0 == .comma } ?? (reader.delimiter != UInt8(ascii: ",")) }

    /// The weight in field `field` of data row `row`: a number of the file's format, zero or
    /// more. One that fits both a decimal point and a decimal comma is returned as read with a
    /// point and settled by ``settleWeights(_:)`` once the whole file has shown its format.
    mutating func weight(_ record: DelimitedRecord, _ field: Int, row: Int) throws -> Double {
        let text = record.fields[field]
        let value: Double
        switch numbers.read(text, line: record.line) {
        case .success(.value(let number?)): value = number
        case .success(.value(nil)):
            throw reader.error("the weight is empty; give every link a weight (or drop the weight column for weight 1)", in: record, field: field)
        case .success(.pending(let pending)):
            pendingWeights.append((row, pending))
            value = pending.withPoint
        case .failure(let problem):
            throw reader.error(problem.message(text, what: "weight"), in: record, field: field)
        }
        if let problem = LinkWeight.problem(value) { throw reader.error(problem.message(text), in: record, field: field) }
        return value
    }

    /// Replaces the pending weights (by row) with their values in the file's format, or fails at
    /// the first one nothing in the file settles.
    mutating func settleWeights(_ weights: inout [Double], column: Int) throws {
        for (row, pending) in pendingWeights {
            guard let value = numbers.resolve(pending) else { throw try error(row: row, field: column) { _ in pending.message } }
            weights[row] = value
        }
        pendingWeights.removeAll()
    }

    /// An error at field `field` of data row `row` (0-based), found by reading the file again:
    /// for problems only known once the file is read. `message` may quote the record.
    func error(row: Int, field: Int, _ message: (DelimitedRecord?) -> String) throws -> TabularTextError {
        var again = reader.rewound()
        var index = 0
        while let record = try again.next() {
            if index == row { return again.error(message(record), in: record, field: field) }
            index += 1
        }
        return reader.headerError(message(nil), field: field)
    }

    /// A key field without surrounding spaces; an empty key is an error.
    func key(_ record: DelimitedRecord, _ field: Int, what: String) throws -> String {
        var key = Substring(record.fields[field])
        while key.first == " " || key.first == "\t" { key.removeFirst() }
        while key.last == " " || key.last == "\t" { key.removeLast() }
        if key.isEmpty { throw reader.error("\(what) is empty; every row needs a \(what)", in: record, field: field) }
        return key.count == record.fields[field].count ? record.fields[field] : String(key)
    }

    /// The error for a weight sum that overflowed, at the row whose weight tipped it.
    func error(_ overflow: WeightSumOverflow, writer: GraphWriter, weightColumn: Int) throws -> TabularTextError {
        try error(row: overflow.link, field: weightColumn) { record in
            overflow.message(sourceKey: writer.key(of: overflow.source), targetKey: writer.key(of: overflow.target),
                             shownWeight: record.map { $0.fields[weightColumn] } ?? "?")
        }
    }

    /// Reports reading progress in thousandths: reading the file is the first 80%.
    func reportReading(_ progress: ProgressHandler?) {
        progress?(reader.bytesRead * 800 / max(reader.byteCount, 1), 1000)
    }
}

/// The extra columns of an import file. A column whose header has a type suffix
/// (``AttributeColumnType``, `active:boolean`) is converted as each row is read, so a bad value is
/// reported at its line and column; the others are collected as text and typed at the end: a
/// column is numeric when every non-empty value parses as a number, text otherwise. An empty
/// cell is a missing value (no attribute), never zero.
struct AttributeColumns {
    /// Attribute names (headers without their type suffix).
    let names: [String]
    let positions: [Int]
    let types: [AttributeColumnType?]
    private var values: [[String?]]
    private var converted: [[AttributeValue?]]

    init(headers: [String], positions: [Int]) {
        let split = headers.map(AttributeColumnType.split)
        self.names = split.map(\.name)
        self.types = split.map(\.type)
        self.positions = positions
        self.values = Array(repeating: [], count: headers.count)
        self.converted = Array(repeating: [], count: headers.count)
    }

    var isEmpty: Bool { names.isEmpty }

    mutating func append(_ record: DelimitedRecord, in input: ImportSource) throws {
        for (column, position) in positions.enumerated() {
            let field = record.fields[position]
            guard let type = types[column] else {
                values[column].append(field.isEmpty ? nil : field)
                continue
            }
            switch type.value(field, quoted: input.reader.isQuoted(record, field: position), decimalComma: input.decimalComma) {
            case .success(let value): converted[column].append(value)
            case .failure(let failure):
                throw input.reader.error("\(names[column]) '\(failure.field)' is not \(failure.expected.example), as the header's type says",
                                         in: record, field: position)
            }
        }
    }

    /// Each column's values: converted by its declared type; else numbers when every value is a
    /// number of the file's format (`numbers`, which the weights may have settled), otherwise
    /// text — lossless, so a column of codes such as `10.712` that nothing settles stays text.
    func typed(numbers: inout NumberReader) -> [(name: String, values: [AttributeValue?])] {
        var readings: [[NumberReader.Reading]?] = []
        for (index, column) in values.enumerated() {
            guard types[index] == nil else { readings.append(nil); continue }
            var trial = numbers
            var columnReadings: [NumberReader.Reading] = []
            columnReadings.reserveCapacity(column.count)
            for field in column {
                guard let field else { columnReadings.append(.value(nil)); continue }
                guard case .success(let reading) = trial.read(field, line: 0) else { break }
                columnReadings.append(reading)
            }
            if columnReadings.count == column.count {
                numbers = trial
                readings.append(columnReadings)
            } else {
                readings.append(nil)
            }
        }
        return names.indices.map { index in
            let name = names[index], texts = values[index], readings = readings[index]
            if types[index] != nil { return (name, converted[index]) }
            let settled = readings?.map { reading -> Double?? in
                switch reading {
                case .value(let value): return .some(value)
                case .pending(let pending): return numbers.resolve(pending).map { .some($0) }
                }
            }
            guard let settled, settled.allSatisfy({ $0 != nil }) else { return (name, texts.map { $0.map(AttributeValue.text) }) }
            return (name, settled.map { $0.flatMap { $0 }.map(AttributeValue.number) })
        }
    }
}

import ClusterGraph
import Foundation
import TabularText

/// A delimited file opened for import: its reader, its header's columns, and what the link and
/// node importers share (required columns, extra columns as attributes, progress).
struct ImportSource {
    var reader: DelimitedTextReader
    /// Whether numbers may use a decimal comma (the delimiter is not a comma).
    let decimalComma: Bool
    private let indexByName: [String: Int]

    /// Reads the whole file and its header.
    /// - Throws: ``StoreError/cannotReadFile(path:reason:)``, or ``TabularTextError`` for a bad header.
    init(path: String, delimiter: UInt8?) throws {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "it is not readable" : "there is no such file"
            throw StoreError.cannotReadFile(path: path, reason: reason)
        }
        reader = try DelimitedTextReader(bytes: bytes, fileName: path, delimiter: delimiter)
        decimalComma = reader.delimiter != UInt8(ascii: ",")
        var indexByName: [String: Int] = [:]
        for (index, name) in reader.header.enumerated() {
            if let first = indexByName[name.lowercased()] {
                throw TabularTextError(file: path, line: reader.headerLine, column: 1,
                    message: "the header names column '\(name)' twice (columns \(first + 1) and \(index + 1)); give each column its own name")
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
            let found = reader.header.map { "'\($0)'" }.joined(separator: ", ")
            throw TabularTextError(file: reader.fileName, line: reader.headerLine, column: 1,
                message: "the header has no \(missing.map { "'\($0)'" }.joined(separator: " or ")) column (found \(found)); "
                    + "the first line must name the columns, for example `\(example)`")
        }
        return names.compactMap { indexByName[$0] }
    }

    /// The columns other than `known`, which become attributes, in file order.
    func attributeColumns(excluding known: Set<String>) -> AttributeColumns {
        let positions = reader.header.indices.filter { !known.contains(reader.header[$0].lowercased()) }
        return AttributeColumns(names: positions.map { reader.header[$0] }, positions: positions)
    }

    /// Parses a number field, failing with file:line:column and a fix for NaN, infinity or words.
    func number(_ record: DelimitedRecord, _ field: Int, what: String) throws -> Double? {
        switch NumberField.parse(record.fields[field], decimalComma: decimalComma) {
        case .success(let value): return value
        case .failure(.notFinite):
            throw reader.error("\(what) '\(record.fields[field])' is not a finite number; write a plain number such as 1250 or 0.75",
                               in: record, field: field)
        case .failure(.notANumber):
            throw reader.error("\(what) '\(record.fields[field])' is not a number; write a plain number such as 1250 or 0.75"
                               + (decimalComma ? " (a decimal comma is fine)" : ""), in: record, field: field)
        }
    }

    /// A key field without surrounding spaces; an empty key is an error.
    func key(_ record: DelimitedRecord, _ field: Int, what: String) throws -> String {
        var key = Substring(record.fields[field])
        while key.first == " " || key.first == "\t" { key.removeFirst() }
        while key.last == " " || key.last == "\t" { key.removeLast() }
        if key.isEmpty { throw reader.error("\(what) is empty; every row needs a \(what)", in: record, field: field) }
        return key.count == record.fields[field].count ? record.fields[field] : String(key)
    }

    /// The error for a weight sum that overflowed, at the row whose weight tipped it: the file
    /// is read again up to that row, which costs nothing until it happens.
    func error(_ overflow: WeightSumOverflow, writer: GraphWriter, weightColumn: Int) throws -> TabularTextError {
        var again = reader.rewound()
        var index = 0
        while let record = try again.next() {
            if index == overflow.link {
                let message = overflow.message(sourceKey: writer.key(of: overflow.source), targetKey: writer.key(of: overflow.target),
                                               shownWeight: record.fields[weightColumn])
                return again.error(message, in: record, field: weightColumn)
            }
            index += 1
        }
        return TabularTextError(file: reader.fileName, line: reader.headerLine, column: 1, message: overflow.message(
            sourceKey: writer.key(of: overflow.source), targetKey: writer.key(of: overflow.target), shownWeight: "?"))
    }

    /// Reports reading progress in thousandths: reading the file is the first 80%.
    func reportReading(_ progress: ProgressHandler?) {
        progress?(reader.bytesRead * 800 / max(reader.byteCount, 1), 1000)
    }
}

/// The extra columns of an import file, collected as text while reading and typed at the end:
/// a column is numeric when every non-empty value parses as a number, text otherwise. An empty
/// cell is a missing value (no attribute), never zero.
struct AttributeColumns {
    let names: [String]
    let positions: [Int]
    private var values: [[String?]]

    init(names: [String], positions: [Int]) {
        self.names = names
        self.positions = positions
        self.values = Array(repeating: [], count: names.count)
    }

    var isEmpty: Bool { names.isEmpty }

    mutating func append(_ record: DelimitedRecord) {
        for (column, position) in positions.enumerated() {
            let field = record.fields[position]
            values[column].append(field.isEmpty ? nil : field)
        }
    }

    /// Each column typed: numbers when all of its values are numbers, otherwise text.
    func typed(decimalComma: Bool) -> [(name: String, values: [AttributeValue?])] {
        zip(names, values).map { name, column in
            var numbers: [AttributeValue?] = []
            numbers.reserveCapacity(column.count)
            for field in column {
                guard let field else { numbers.append(nil); continue }
                guard case .success(let value?) = NumberField.parse(field, decimalComma: decimalComma) else {
                    return (name, column.map { $0.map(AttributeValue.text) })
                }
                numbers.append(.number(value))
            }
            return (name, numbers)
        }
    }
}

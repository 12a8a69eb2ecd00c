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

    /// Opens the file (read as a stream) and reads its header.
    /// - Throws: ``StoreError/cannotReadFile(path:reason:)``, or ``TabularTextError`` for a bad header.
    init(path: String, delimiter: UInt8?) throws {
        do {
            reader = try DelimitedTextReader(path: path, delimiter: delimiter)
        } catch let error as ChunkedFile.OpenError {
            throw StoreError.cannotReadFile(path: path, reason: error.exists ? "it is not readable" : "there is no such file")
        }
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
        return AttributeColumns(headers: positions.map { reader.header[$0] }, positions: positions)
    }

    /// A key field without surrounding spaces; an empty key is an error.
    func key(_ record: DelimitedRecord, _ field: Int, what: String) throws -> String {
        try Self.trimmedKey(record.fields[field], what: what) { reader.error($0, in: record, field: field) }
    }

    /// `text` without surrounding spaces and tabs, or `error` for an empty key: what every key
    /// read from a file goes through (an ASCII key read from bytes only skips making the string).
    private static func trimmedKey(_ text: String, what: String, error: (String) -> TabularTextError) throws -> String {
        var key = Substring(text)
        while key.first == " " || key.first == "\t" { key.removeFirst() }
        while key.last == " " || key.last == "\t" { key.removeLast() }
        if key.isEmpty { throw error("\(what) is empty; every row needs a \(what)") }
        return key.count == text.count ? text : String(key)
    }

    // MARK: - Fields of the record read by `reader.nextRaw()`, straight from its bytes

    /// Calls `body` with the UTF-8 of a key field without surrounding spaces; an empty key is an
    /// error. An ASCII key is passed as the file has it, with no string made; any other goes
    /// through ``DelimitedTextReader/fieldString(_:)``, which checks its UTF-8.
    @inline(__always)
    func withKey<Result>(_ field: Int, what: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) throws -> Result {
        let ascii: Result?? = try reader.withRawField(field) { bytes -> Result? in
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            let key = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard !key.isEmpty, !key.contains(where: { $0 >= 0x80 }) else { return nil }
            return try body(key)
        }
        if case let value?? = ascii { return value }
        var key = try Self.trimmedKey(try reader.fieldString(field), what: what) { reader.error($0, field: field) }
        return try key.withUTF8(body)
    }

    /// A number field; nil when empty. Plain decimals such as `1250` or `0.75` are read from the
    /// bytes (exactly as `Double("0.75")` would); anything else goes through ``NumberField``, with
    /// its errors at file:line:column.
    @inline(__always)
    func rawNumber(_ field: Int, what: String) throws -> Double? {
        if let fast = reader.withRawField(field, Self.plainDecimal), let value = fast { return value }
        let text = try reader.fieldString(field)
        switch NumberField.parse(text, decimalComma: decimalComma) {
        case .success(let value): return value
        case .failure(.notFinite):
            throw reader.error("\(what) '\(text)' is not a finite number; write a plain number such as 1250 or 0.75", field: field)
        case .failure(.notANumber):
            throw reader.error("\(what) '\(text)' is not a number; write a plain number such as 1250 or 0.75"
                               + (decimalComma ? " (a decimal comma is fine)" : ""), field: field)
        }
    }

    /// The value of digits with at most one `.` and an optional leading `-`, when at most 15
    /// digits and 22 decimals: then the digits are an exact integer and dividing by the exact
    /// power of ten rounds once, giving the correctly rounded value (Clinger 1990). nil otherwise.
    @inline(__always)
    private static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let negative = !bytes.isEmpty && bytes[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0, digits = 0, decimals = 0, point = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
                digits += 1
                if point { decimals += 1 }
            } else if byte == UInt8(ascii: ".") && !point {
                point = true
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, digits <= 15, decimals <= 22 else { return nil }
        let magnitude = decimals == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[decimals]
        return negative ? -magnitude : magnitude
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// Reports reading progress in thousandths: reading the file is the first `share` of them.
    func reportReading(_ progress: ProgressHandler?, share: Int = 800) {
        progress?(reader.bytesRead * share / max(reader.byteCount, 1), 1000)
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
            try append(record.fields[position], quoted: input.reader.isQuoted(record, field: position), column: column,
                       decimalComma: input.decimalComma) { input.reader.error($0, in: record, field: position) }
        }
    }

    /// Appends one field to its column: kept as text to be typed at the end, or converted now by
    /// the column's declared type (`error` places a value that is not of that type).
    private mutating func append(_ field: String, quoted: Bool, column: Int, decimalComma: Bool,
                                 error: (String) -> TabularTextError) throws {
        guard let type = types[column] else {
            values[column].append(field.isEmpty ? nil : field)
            return
        }
        switch type.value(field, quoted: quoted, decimalComma: decimalComma) {
        case .success(let value): converted[column].append(value)
        case .failure(let failure):
            throw error("\(names[column]) '\(failure.field)' is not \(failure.expected.example), as the header's type says")
        }
    }

    /// Appends the attribute fields of the record `input.reader.nextRaw()` read last.
    mutating func append(rawFrom input: ImportSource) throws {
        for (column, position) in positions.enumerated() {
            try append(try input.reader.fieldString(position), quoted: input.reader.isQuoted(field: position), column: column,
                       decimalComma: input.decimalComma) { input.reader.error($0, field: position) }
        }
    }

    /// Each column's values: converted by its declared type, or numbers when all of its values are numbers, otherwise text.
    func typed(decimalComma: Bool) -> [(name: String, values: [AttributeValue?])] {
        names.indices.map { index in
            let name = names[index]
            if types[index] != nil { return (name, converted[index]) }
            let column = values[index]
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

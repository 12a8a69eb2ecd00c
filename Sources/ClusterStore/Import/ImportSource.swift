import ClusterGraph
import Foundation
import TabularText

/// A delimited file opened for import: its reader, its header's columns, and what the link and
/// node importers share (required columns, extra columns as attributes, progress).
struct ImportSource {
    var reader: DelimitedTextReader
    /// The file's number format, worked out from its weights (or given by the user).
    var numbers: NumberReader
    /// Weights that read differently with a decimal point and a decimal comma (stored as read
    /// with a point), by row, with their value should the file turn out to use a comma. Kept
    /// only while the file has not shown its format.
    private var pendingWeights: [(row: Int, withComma: Double)] = []
    private let indexByName: [String: Int]

    /// Opens the file (read as a stream) and reads its header.
    /// - Throws: ``StoreError/cannotReadFile(path:reason:)``, or ``TabularTextError`` for a bad header.
    init(path: String, delimiter: UInt8?, numberFormat: NumberFormatOptions = NumberFormatOptions()) throws {
        do {
            reader = try DelimitedTextReader(path: path, delimiter: delimiter)
        } catch let error as ChunkedFile.OpenError {
            throw StoreError.cannotReadFile(path: path, reason: error.exists ? "it is not readable" : "there is no such file")
        }
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

    /// Calls `body` with the UTF-8 of a key field without surrounding spaces, in the store's one
    /// spelling (NFC, ``StoredText``); an empty key is an error. An ASCII key without NUL bytes is
    /// passed as the file has it, with no string made; any other goes through
    /// ``DelimitedTextReader/fieldString(_:)``, which checks its UTF-8 and refuses a NUL, and is
    /// normalised.
    @inline(__always)
    func withKey<Result>(_ field: Int, what: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) throws -> Result {
        let ascii: Result?? = try reader.withRawField(field) { bytes -> Result? in
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            let key = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // One comparison finds both a NUL (0 wraps to 255) and a byte of 0x80 or more.
            guard !key.isEmpty, !key.contains(where: { $0 &- 1 >= 0x7F }) else { return nil }
            return try body(key)
        }
        if case let value?? = ascii { return value }
        var key = StoredText.normalised(try Self.trimmedKey(try reader.fieldString(field), what: what) { reader.error($0, field: field) })
        return try key.withUTF8(body)
    }

    /// The weight in field `field` of the record `reader.nextRaw()` read (data row `row`): a
    /// number of the file's format (``NumberReader``), finite and zero or more. Digits with at
    /// most a decimal point are read from the bytes when the point cannot be a thousands
    /// separator; anything else goes through the file's ``NumberReader``, with its errors at
    /// file:line:column. A number that fits both a decimal point and a decimal comma is returned
    /// as read with a point and settled by ``settleWeights()`` once the file has shown its format.
    @inline(__always)
    mutating func rawWeight(_ field: Int, row: Int) throws -> Double {
        let pointIsDecimal = numbers.decimalMark == .point
        if let fast = reader.withRawField(field, { Self.plainDecimal($0, pointIsDecimal: pointIsDecimal) }), let value = fast {
            if value < 0 { throw reader.error(LinkWeight.Problem.negative.message(try reader.fieldString(field)), field: field) }
            return value
        }
        // Until the file shows its format, `1.746` is 1.746 or 1746; many files write every weight
        // so (three decimals, at least 1), and reading those from the bytes keeps them fast.
        if numbers.decimalMark == nil, numbers.options.thousands == nil,
           let fast = reader.withRawField(field, Self.pointOrThousands), let both = fast {
            pendingWeights.append((row, both.withComma))
            return both.withPoint
        }
        return try weight(text: try reader.fieldString(field), field: field, row: row)
    }

    /// The two values of `1.746`-like bytes (one to three digits, the first not 0, a point and
    /// three digits): with a decimal point and with a thousands point, as ``NumberReader`` reads
    /// them while the file's format is open. nil for any other bytes.
    @inline(__always)
    private static func pointOrThousands(_ bytes: UnsafeBufferPointer<UInt8>) -> (withPoint: Double, withComma: Double)? {
        let point = bytes.count - 4
        guard point >= 1, point <= 3, bytes[point] == UInt8(ascii: "."), bytes[0] != UInt8(ascii: "0") else { return nil }
        var value = 0
        for (index, byte) in bytes.enumerated() where index != point {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte &- 0x30)
        }
        return (Double(value) / 1000, Double(value))
    }

    private mutating func weight(text: String, field: Int, row: Int) throws -> Double {
        let value: Double
        switch numbers.read(text, line: reader.currentLine) {
        case .success(.value(let number?)):
            value = number
            // Once the file shows a decimal point, the weights read with one are right as stored.
            if numbers.decimalMark == .point { pendingWeights.removeAll() }
        case .success(.value(nil)):
            throw reader.error("the weight is empty; give every link a weight (or drop the weight column for weight 1)", field: field)
        case .success(.pending(let pending)):
            pendingWeights.append((row, pending.withComma))
            value = pending.withPoint
        case .failure(let problem):
            throw reader.error(problem.message(text, what: "weight"), field: field)
        }
        if let problem = LinkWeight.problem(value) { throw reader.error(problem.message(text), field: field) }
        return value
    }

    /// The weights to put in place of those read with a decimal point, by row, now that the
    /// whole file has shown its format: empty unless it has a decimal comma; fails at the first
    /// pending weight that nothing in the file settles.
    mutating func settleWeights(column: Int) throws -> [Int: Double] {
        defer { pendingWeights.removeAll() }
        guard let first = pendingWeights.first else { return [:] }
        switch numbers.settledDecimalMark {
        case .point?: return [:]
        case .comma?: return Dictionary(pendingWeights.map { ($0.row, $0.withComma) }, uniquingKeysWith: { $1 })
        case nil:
            let options = numbers.options, delimiter = reader.delimiter
            throw try error(row: first.row, field: column) { record in
                var again = NumberReader(options: options, delimiter: delimiter)
                guard let text = record?.fields[column], case .success(.pending(let pending)) = again.read(text, line: 0) else {
                    return "this weight could be read with a decimal point or a decimal comma; give --decimal-comma or --thousands none"
                }
                return pending.message
            }
        }
    }

    /// An error at field `field` of data row `row` (0-based), found by reading the file again:
    /// for problems only known once the file is read. `message` may quote the record.
    func error(row: Int, field: Int, _ message: (DelimitedRecord?) -> String) throws -> TabularTextError {
        var again = try reader.rewound()
        var index = 0
        while let record = try again.next() {
            if index == row { return again.error(message(record), in: record, field: field) }
            index += 1
        }
        return reader.headerError(message(nil), field: field)
    }

    /// The value of digits with at most one `.` (only when `pointIsDecimal`) and an optional
    /// leading `-`, when at most 15 digits and 22 decimals: then the digits are an exact integer
    /// and dividing by the exact power of ten rounds once, giving the correctly rounded value
    /// (Clinger 1990). nil otherwise.
    @inline(__always)
    private static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>, pointIsDecimal: Bool) -> Double? {
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
            } else if byte == UInt8(ascii: ".") && !point && pointIsDecimal {
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

    /// The error for a weight sum that overflowed, at the row whose weight tipped it.
    func error(_ overflow: WeightSumOverflow, writer: GraphWriter, weightColumn: Int) throws -> TabularTextError {
        try error(row: overflow.link, field: weightColumn) { record in
            overflow.message(sourceKey: writer.key(of: overflow.source), targetKey: writer.key(of: overflow.target),
                             shownWeight: record.map { $0.fields[weightColumn] } ?? "?")
        }
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

import ClusterGraph

/// Reads comma-, semicolon- or tab-separated text: the CSV/TSV files users export from
/// spreadsheets and statistics offices.
///
/// - UTF-8 only (a byte-order mark is skipped); invalid bytes are reported with their line and column.
/// - The delimiter is detected from the header line (the most frequent of `,` `;` tab outside
///   quotes) unless given.
/// - Fields may be quoted with `"`, with `""` for a quote inside; quoted fields may span lines.
/// - `\n` and `\r\n` line ends; blank lines are skipped.
/// - Excel's first line `sep=;` names the delimiter and is skipped.
/// - Every record must have as many fields as the header (a ragged row is an error).
///
/// ```swift
/// var reader = try DelimitedTextReader(bytes: Array("source,target\nA,B\n".utf8), fileName: "links.csv")
/// reader.header          // ["source", "target"]
/// while let record = try reader.next() { print(record.fields) }   // ["A", "B"]
/// ```
///
/// - Complexity: one pass over the bytes; O(fields) work per record.
public struct DelimitedTextReader: Sendable {
    public let fileName: String
    public let delimiter: UInt8
    public private(set) var header: [String]
    /// The 1-based line on which the header stands.
    public private(set) var headerLine: Int

    private let bytes: [UInt8]
    private var position: Int
    private var line: Int
    private var fieldStarts: [Int] = []
    private var headerFieldStarts: [Int] = []
    /// Where the first record after the header starts, for ``rewound()``.
    private var dataStart = (position: 0, line: 1)

    /// The delimiters detection chooses from.
    public static let candidateDelimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - fileName: the name used in error messages.
    ///   - delimiter: `,`, `;` or tab; nil to detect from the header line.
    ///   - allowsEmptyCorner: accept an empty first header name, as in the top-left corner of a
    ///     wide matrix whose first column holds row labels.
    public init(bytes: [UInt8], fileName: String, delimiter: UInt8? = nil,
                allowsEmptyCorner: Bool = false) throws(TabularTextError) {
        self.bytes = bytes
        self.fileName = fileName
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw TabularTextError(file: fileName, line: 1, column: 1,
                message: "the file is UTF-16; save it as UTF-8 (for example `iconv -f UTF-16 -t UTF-8`)")
        }
        self.line = 1
        // Excel writes `sep=;` as the first line to name the delimiter; an explicit one wins.
        let named = Self.separatorLine(bytes, from: start)
        if let named { start = named.next; self.line = 2 }
        self.position = start
        self.delimiter = delimiter ?? named?.delimiter ?? Self.detectDelimiter(bytes, from: start)
        self.header = []
        self.headerLine = 1
        guard let headerRecord = try nextRecordFields() else {
            throw TabularTextError(file: fileName, line: 1, column: 1,
                message: "the file is empty; it needs a header line naming its columns")
        }
        self.headerLine = headerRecord.line
        self.headerFieldStarts = fieldStarts
        self.dataStart = (position, line)
        self.header = headerRecord.fields.map { $0.trimmingSpaces() }
        if let empty = header.indices.first(where: { header[$0].isEmpty && !(allowsEmptyCorner && $0 == 0) }) {
            throw TabularTextError(file: fileName, line: headerRecord.line, column: headerColumn(empty),
                message: "header column \(empty + 1) has no name; give every column a name")
        }
    }

    /// The next record, or nil at the end of the file.
    public mutating func next() throws(TabularTextError) -> DelimitedRecord? {
        guard let record = try nextRecordFields() else { return nil }
        if record.fields.count != header.count {
            let column = record.fields.count > header.count
                ? characterColumn(ofByte: fieldStarts[header.count], line: record.line)
                : characterColumn(ofByte: record.lineEnd, line: record.line)
            throw TabularTextError(file: fileName, line: record.line, column: column,
                message: "this row has \(record.fields.count) fields but the header has \(header.count); "
                    + "check for a missing or extra '\(Self.delimiterName(delimiter))' or an unclosed quote")
        }
        return DelimitedRecord(fields: record.fields, line: record.line, fieldOffsets: fieldStarts)
    }

    /// The reader back at the first record after the header (the bytes are shared, not copied).
    public func rewound() -> DelimitedTextReader {
        var reader = self
        (reader.position, reader.line) = dataStart
        return reader
    }

    /// An error pointing at field `field` of `record` (its line and character column).
    public func error(_ message: String, in record: DelimitedRecord, field: Int) -> TabularTextError {
        let offset = field < record.fieldOffsets.count ? record.fieldOffsets[field] : (record.fieldOffsets.last ?? 0)
        return TabularTextError(file: fileName, line: record.line, column: characterColumn(ofByte: offset, line: record.line),
                                message: message)
    }

    /// An error pointing at header field `field` (a duplicate or unexpected column name).
    public func headerError(_ message: String, field: Int) -> TabularTextError {
        TabularTextError(file: fileName, line: headerLine, column: headerColumn(field), message: message)
    }

    /// The 1-based character column where field `field` of `record` starts.
    public func column(of record: DelimitedRecord, field: Int) -> Int {
        characterColumn(ofByte: record.fieldOffsets[field], line: record.line)
    }

    /// Whether field `field` of `record` was written in quotes (so `""` is an empty text, not a missing value).
    public func isQuoted(_ record: DelimitedRecord, field: Int) -> Bool {
        guard field < record.fieldOffsets.count, record.fieldOffsets[field] < bytes.count else { return false }
        return bytes[record.fieldOffsets[field]] == UInt8(ascii: "\"")
    }

    /// Fraction of the file read so far, for progress reports.
    public var bytesRead: Int { position }
    public var byteCount: Int { bytes.count }

    /// Names a delimiter for messages.
    public static func delimiterName(_ delimiter: UInt8) -> String {
        delimiter == UInt8(ascii: "\t") ? "\\t" : String(UnicodeScalar(delimiter))
    }

    // MARK: - Scanning

    private func headerColumn(_ field: Int) -> Int {
        let starts = headerFieldStarts.isEmpty ? fieldStarts : headerFieldStarts
        return characterColumn(ofByte: starts[min(field, starts.count - 1)], line: headerLine)
    }

    /// Column in characters of byte `offset`, counting from the start of its line.
    private func characterColumn(ofByte offset: Int, line: Int) -> Int {
        var lineStart = min(offset, bytes.count)
        while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var column = 1
        var index = lineStart
        while index < min(offset, bytes.count) {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    private mutating func nextRecordFields() throws(TabularTextError) -> (fields: [String], line: Int, lineEnd: Int)? {
        let count = bytes.count
        // Skip blank lines.
        while position < count, bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r") {
            if bytes[position] == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
        guard position < count else { return nil }
        let recordLine = line
        var fields: [String] = []
        fields.reserveCapacity(max(header.count, 4))
        fieldStarts.removeAll(keepingCapacity: true)
        let quote = UInt8(ascii: "\"")
        while true {
            fieldStarts.append(position)
            if position < count, bytes[position] == quote {
                let openedAt = position
                let openedLine = line
                position += 1
                var value: [UInt8] = []
                var closed = false
                while position < count {
                    let byte = bytes[position]
                    if byte == quote {
                        if position + 1 < count, bytes[position + 1] == quote {
                            value.append(quote)
                            position += 2
                            continue
                        }
                        position += 1
                        closed = true
                        break
                    }
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    value.append(byte)
                    position += 1
                }
                if !closed {
                    throw TabularTextError(file: fileName, line: openedLine, column: characterColumn(ofByte: openedAt, line: openedLine),
                        message: "a quoted field is never closed; add the closing '\"' (a quote inside a field is written '\"\"')")
                }
                fields.append(try decode(value[...], at: openedAt + 1, line: openedLine))
                if position < count, bytes[position] != delimiter, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") {
                    throw TabularTextError(file: fileName, line: line, column: characterColumn(ofByte: position, line: line),
                        message: "unexpected text after a closing quote; quote the whole field or double the inner quote")
                }
            } else {
                let start = position
                while position < count {
                    let byte = bytes[position]
                    if byte == delimiter || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                    position += 1
                }
                fields.append(try decode(bytes[start..<position], at: start, line: line))
            }
            if position < count, bytes[position] == delimiter {
                position += 1
                continue
            }
            let lineEnd = position
            if position < count, bytes[position] == UInt8(ascii: "\r") { position += 1 }
            if position < count, bytes[position] == UInt8(ascii: "\n") {
                position += 1
                line += 1
            }
            return (fields, recordLine, lineEnd)
        }
    }

    private func decode(_ slice: ArraySlice<UInt8>, at offset: Int, line: Int) throws(TabularTextError) -> String {
        // Fast path: ASCII needs no validation. A NUL is valid UTF-8 but would cut the text short
        // in SQLite's C interface, so it is refused here, where its place is known.
        var ascii = true
        for index in slice.indices {
            let byte = slice[index]
            if byte >= 0x80 {
                ascii = false
            } else if byte == 0 {
                throw TabularTextError(file: fileName, line: line,
                    column: characterColumn(ofByte: offset + index - slice.startIndex, line: line),
                    message: "a NUL byte (0x00) in a field; a text file holds none — save the file as UTF-8 text "
                        + "(a binary file, or UTF-16 without a byte-order mark, looks like this)")
            }
        }
        if ascii { return String(decoding: slice, as: UTF8.self) }
        if let string = String(validating: slice, as: UTF8.self) { return string }
        // Find the first invalid byte to point at it.
        var iterator = slice.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        var validBytes = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                validBytes = consumed
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        let badOffset = offset + validBytes
        throw TabularTextError(file: fileName, line: line, column: characterColumn(ofByte: badOffset, line: line),
            message: "invalid UTF-8 (byte 0x\(String(bytes[min(badOffset, bytes.count - 1)], radix: 16, uppercase: true))); "
                + "save the file as UTF-8 (for example `iconv -f LATIN1 -t UTF-8`)")
    }

    /// Excel's `sep=X` line (also quoted, as some tools write it): the delimiter it names and
    /// where the next line starts.
    private static func separatorLine(_ bytes: [UInt8], from start: Int) -> (delimiter: UInt8, next: Int)? {
        var index = start
        let quoted = index < bytes.count && bytes[index] == UInt8(ascii: "\"")
        if quoted { index += 1 }
        let prefix = Array("sep=".utf8)
        guard index + prefix.count < bytes.count,
              zip(bytes[index..<index + prefix.count], prefix).allSatisfy({ $0 | 0x20 == $1 }) else { return nil }
        index += prefix.count
        let delimiter = bytes[index]
        guard delimiter != UInt8(ascii: "\n"), delimiter != UInt8(ascii: "\r"), delimiter != UInt8(ascii: "\""), delimiter < 0x80 else { return nil }
        index += 1
        if quoted {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\r") { index += 1 }
        guard index == bytes.count || bytes[index] == UInt8(ascii: "\n") else { return nil }
        return (delimiter, min(index + 1, bytes.count))
    }

    private static func detectDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes {
                if byte == UInt8(ascii: "\n") { break }
                if candidateDelimiters.contains(byte) { counts[byte, default: 0] += 1 }
            }
            index += 1
        }
        return candidateDelimiters.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? UInt8(ascii: ",")
    }
}

/// One record of a delimited file: its fields and the line it starts on.
///
/// Columns are worked out only when an error needs them (``DelimitedTextReader/error(_:in:field:)``),
/// which keeps reading a million-row file cheap.
public struct DelimitedRecord: Sendable {
    public let fields: [String]
    public let line: Int
    /// Byte offset in the file where each field starts.
    let fieldOffsets: [Int]
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}

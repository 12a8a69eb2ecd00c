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
/// - A NUL byte in a field is refused (it would cut text short in SQLite's C interface).
/// - Every record must have as many fields as the header (a ragged row is an error).
///
/// A reader made with ``init(path:delimiter:allowsEmptyCorner:)`` streams the file through a
/// window of a few megabytes, so a file of 10⁸ links never sits in memory whole. Besides
/// ``next()``, which turns every field into a `String`, ``nextRaw()`` finds a record's fields
/// without building anything, for importers that read keys and numbers straight from the bytes
/// (``withRawField(_:_:)``) and make strings only where they need them (``fieldString(_:)``).
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

    /// The bytes of the file from offset `base` on (all of them for a reader made from bytes).
    private var bytes: [UInt8]
    private var base = 0
    /// Where more bytes come from; nil once everything is in `bytes`.
    private var file: ChunkedFile?
    private let totalBytes: Int
    /// Position in `bytes` of the next unread byte.
    private var position = 0
    private var line = 1
    /// The fields of the record read last, in `bytes`.
    private var spans: [FieldSpan] = []
    private var recordLine = 1
    /// Position in `bytes` where the record read last ends (before its line break).
    private var recordEnd = 0
    /// The header line's bytes and file offset, kept to point at a header column after the
    /// window has moved on.
    private var headerBytes: [UInt8] = []
    private var headerOffset = 0
    private var headerSpans: [FieldSpan] = []
    /// The streamed file, opened again by ``rewound()``; nil for a reader made from bytes.
    private let path: String?
    private let allowsEmptyCorner: Bool
    /// Where the first record after the header starts in a reader made from bytes, for ``rewound()``.
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
        try self.init(bytes: bytes, file: nil, path: nil, totalBytes: bytes.count, fileName: fileName, delimiter: delimiter,
                      allowsEmptyCorner: allowsEmptyCorner)
    }

    /// A reader that streams the file at `path`, named `path` in error messages.
    ///
    /// - Throws: ``ChunkedFile/OpenError`` when the file cannot be opened; ``TabularTextError``
    ///   for an empty file or a bad header.
    public init(path: String, delimiter: UInt8? = nil, allowsEmptyCorner: Bool = false) throws {
        let file = try ChunkedFile(path: path)
        var bytes: [UInt8] = []
        file.read(appendingTo: &bytes, count: Self.lookahead)
        try self.init(bytes: bytes, file: file, path: path, totalBytes: file.size, fileName: path, delimiter: delimiter,
                      allowsEmptyCorner: allowsEmptyCorner)
    }

    private init(bytes: [UInt8], file: ChunkedFile?, path: String?, totalBytes: Int, fileName: String, delimiter: UInt8?,
                 allowsEmptyCorner: Bool) throws(TabularTextError) {
        self.bytes = bytes
        self.file = file
        self.path = path
        self.allowsEmptyCorner = allowsEmptyCorner
        self.totalBytes = totalBytes
        self.fileName = fileName
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw TabularTextError(file: fileName, line: 1, column: 1,
                message: "the file is UTF-16; save it as UTF-8 (for example `iconv -f UTF-16 -t UTF-8`)")
        }
        // Excel writes `sep=;` as the first line to name the delimiter; an explicit one wins.
        let named = Self.separatorLine(bytes, from: start)
        if let named { start = named.next; self.line = 2 }
        self.position = start
        self.delimiter = delimiter ?? named?.delimiter ?? Self.detectDelimiter(bytes, from: start)
        self.header = []
        self.headerLine = 1
        guard try scan() else {
            throw TabularTextError(file: fileName, line: 1, column: 1,
                message: "the file is empty; it needs a header line naming its columns")
        }
        headerLine = recordLine
        headerOffset = spans.first?.origin ?? 0
        while headerOffset > 0, self.bytes[headerOffset - 1] != UInt8(ascii: "\n") { headerOffset -= 1 }
        headerBytes = Array(self.bytes[headerOffset..<recordEnd])
        headerSpans = spans.map { span in
            FieldSpan(origin: span.origin - headerOffset, start: span.start - headerOffset, end: span.end - headerOffset,
                      line: span.line, quoted: span.quoted, doubledQuotes: span.doubledQuotes)
        }
        header = try spans.indices.map { field throws(TabularTextError) in try fieldString(field).trimmingSpaces() }
        dataStart = (position, line)
        if let empty = header.indices.first(where: { header[$0].isEmpty && !(allowsEmptyCorner && $0 == 0) }) {
            throw TabularTextError(file: fileName, line: headerLine, column: headerColumn(empty),
                message: "header column \(empty + 1) has no name; give every column a name")
        }
    }

    /// The next record, or nil at the end of the file.
    public mutating func next() throws(TabularTextError) -> DelimitedRecord? {
        guard try scan() else { return nil }
        let fields = try spans.indices.map { field throws(TabularTextError) in try fieldString(field) }
        try requireHeaderWidth()
        return DelimitedRecord(fields: fields, line: recordLine, fieldOffsets: spans.map { base + $0.origin })
    }

    /// Reads the next record without making strings of its fields; false at the end of the file.
    /// Its fields are then read with ``withRawField(_:_:)`` and ``fieldString(_:)``, and errors
    /// about it made with ``error(_:field:)``.
    ///
    /// - Throws: for an unclosed quote, text after a closing quote, or a row whose field count
    ///   differs from the header's (invalid UTF-8 is found when a field is read).
    public mutating func nextRaw() throws(TabularTextError) -> Bool {
        guard try scan() else { return false }
        try requireHeaderWidth()
        return true
    }

    /// The 1-based line on which the record read last starts.
    public var currentLine: Int { recordLine }

    /// Calls `body` with the bytes of field `field` of the record ``nextRaw()`` read, when they
    /// are its value as they stand: always for an unquoted field, for a quoted one unless it
    /// doubles a quote inside. Returns nil (without calling `body`) otherwise. The bytes are not
    /// checked for valid UTF-8.
    @inline(__always)
    public func withRawField<Result>(_ field: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        let span = spans[field]
        guard !span.doubledQuotes else { return nil }
        return try bytes.withUnsafeBufferPointer { bytes in
            try body(UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]))
        }
    }

    /// Field `field` of the record read last as a string (quotes undone).
    /// - Throws: for invalid UTF-8, pointing at the byte.
    public func fieldString(_ field: Int) throws(TabularTextError) -> String {
        let span = spans[field]
        guard span.doubledQuotes else { return try decode(bytes[span.start..<span.end], at: span.start, line: span.line) }
        var value: [UInt8] = []
        var index = span.start
        while index < span.end {
            value.append(bytes[index])
            // A doubled quote stands for one.
            index += bytes[index] == UInt8(ascii: "\"") ? 2 : 1
        }
        return try decode(value[...], at: span.start, line: span.line)
    }

    /// An error pointing at field `field` of the record read last (its line and character column).
    public func error(_ message: String, field: Int) -> TabularTextError {
        let origin = field < spans.count ? spans[field].origin : (spans.last?.origin ?? 0)
        return TabularTextError(file: fileName, line: recordLine, column: characterColumn(ofByte: base + origin, line: recordLine),
                                message: message)
    }

    /// The reader back at the first record after the header: a streamed file is opened again,
    /// a reader made from bytes shares them.
    /// - Throws: ``ChunkedFile/OpenError`` when the file can no longer be opened.
    public func rewound() throws -> DelimitedTextReader {
        if let path { return try DelimitedTextReader(path: path, delimiter: delimiter, allowsEmptyCorner: allowsEmptyCorner) }
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

    /// Whether field `field` of `record` (the record read last) was written in quotes (so `""` is
    /// an empty text, not a missing value).
    public func isQuoted(_ record: DelimitedRecord, field: Int) -> Bool {
        guard field < record.fieldOffsets.count else { return false }
        let offset = record.fieldOffsets[field] - base
        return offset >= 0 && offset < bytes.count && bytes[offset] == UInt8(ascii: "\"")
    }

    /// Whether field `field` of the record ``nextRaw()`` read was written in quotes.
    public func isQuoted(field: Int) -> Bool { spans[field].quoted }

    /// Bytes read so far and in all, for progress reports.
    public var bytesRead: Int { base + position }
    public var byteCount: Int { totalBytes }

    /// Names a delimiter for messages.
    public static func delimiterName(_ delimiter: UInt8) -> String {
        delimiter == UInt8(ascii: "\t") ? "\\t" : String(UnicodeScalar(delimiter))
    }

    // MARK: - Scanning

    /// Where a field stands in `bytes`: its value is `start..<end` (inside the quotes of a
    /// quoted field, where `""` stands for `"` when `doubledQuotes`); `origin` is its first
    /// byte, the opening quote included, and `line` the line its value starts on.
    private struct FieldSpan: Sendable {
        var origin: Int
        var start: Int
        var end: Int
        var line: Int
        var quoted: Bool
        var doubledQuotes: Bool
    }

    /// Bytes a streaming reader keeps ahead of the record it scans; a longer record makes the
    /// window grow until it fits.
    private static let lookahead = 1 << 20

    private func requireHeaderWidth() throws(TabularTextError) {
        guard spans.count != header.count else { return }
        let column = spans.count > header.count
            ? characterColumn(ofByte: base + spans[header.count].origin, line: recordLine)
            : characterColumn(ofByte: base + recordEnd, line: recordLine)
        throw TabularTextError(file: fileName, line: recordLine, column: column,
            message: "this row has \(spans.count) fields but the header has \(header.count); "
                + "check for a missing or extra '\(Self.delimiterName(delimiter))' or an unclosed quote")
    }

    private func headerColumn(_ field: Int) -> Int {
        let spans = headerSpans.isEmpty ? self.spans : headerSpans
        guard !spans.isEmpty else { return 1 }
        let origin = spans[min(field, spans.count - 1)].origin
        if headerSpans.isEmpty { return characterColumn(ofByte: base + origin, line: headerLine) }
        return Self.characters(in: headerBytes[0..<min(origin, headerBytes.count)]) + 1
    }

    /// Column in characters of file offset `offset`, counting from the start of its line.
    private func characterColumn(ofByte offset: Int, line: Int) -> Int {
        let end = min(max(offset - base, 0), bytes.count)
        var lineStart = end
        while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        return Self.characters(in: bytes[lineStart..<end]) + 1
    }

    private static func characters(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }

    /// Finds the next record's fields; false at the end of the file. A streaming reader moves
    /// its window forward first, and reads further whenever a record runs past what it holds.
    private mutating func scan() throws(TabularTextError) -> Bool {
        if let file, bytes.count - position < Self.lookahead {
            // Keep the bytes from the start of the current line: error columns count from there.
            var keep = position
            while keep > 0, bytes[keep - 1] != UInt8(ascii: "\n") { keep -= 1 }
            bytes.removeSubrange(0..<keep)
            base += keep
            position -= keep
            if !file.read(appendingTo: &bytes, count: Self.lookahead) { self.file = nil }
        }
        while true {
            switch try scanRecord() {
            case .record: return true
            case .end: return false
            case .incomplete:
                // The record runs past the bytes read so far: read on and scan it again.
                guard let file, file.read(appendingTo: &bytes, count: max(Self.lookahead, bytes.count)) else {
                    self.file = nil
                    continue
                }
            }
        }
    }

    private enum ScanResult { case record, end, incomplete }

    /// Scans one record from `position`; on `.incomplete` (the bytes end before the record does
    /// and more may come) nothing changes.
    private mutating func scanRecord() throws(TabularTextError) -> ScanResult {
        var spans = self.spans
        self.spans = []
        spans.removeAll(keepingCapacity: true)
        let scan = bytes.withUnsafeBufferPointer { bytes in
            Self.scanRecord(bytes, from: position, line: line, delimiter: delimiter, more: file != nil, spans: &spans)
        }
        self.spans = spans
        switch scan.outcome {
        case .incomplete:
            return .incomplete
        case .end:
            position = scan.position
            line = scan.line
            return .end
        case .unclosedQuote(let origin, let line):
            throw TabularTextError(file: fileName, line: line, column: characterColumn(ofByte: base + origin, line: line),
                message: "a quoted field is never closed; add the closing '\"' (a quote inside a field is written '\"\"')")
        case .textAfterQuote(let at, let line):
            throw TabularTextError(file: fileName, line: line, column: characterColumn(ofByte: base + at, line: line),
                message: "unexpected text after a closing quote; quote the whole field or double the inner quote")
        case .record:
            position = scan.position
            line = scan.line
            recordLine = scan.recordLine
            recordEnd = scan.recordEnd
            return .record
        }
    }

    /// What scanning one record found: where the reader goes on from and what the record was.
    private struct Scan {
        enum Outcome {
            case record, end, incomplete
            case unclosedQuote(origin: Int, line: Int)
            case textAfterQuote(position: Int, line: Int)
        }
        var outcome: Outcome
        var position = 0
        var line = 0
        var recordLine = 0
        var recordEnd = 0
    }

    /// Finds the fields of the record at `start` in `bytes` (blank lines skipped), appending
    /// them to `spans`. `more` tells whether bytes beyond the buffer may come.
    private static func scanRecord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line startLine: Int, delimiter: UInt8,
                                   more: Bool, spans: inout [FieldSpan]) -> Scan {
        let count = bytes.count
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var position = start, line = startLine
        while position < count, bytes[position] == newline || bytes[position] == carriageReturn {
            if bytes[position] == newline { line += 1 }
            position += 1
        }
        guard position < count else { return more ? Scan(outcome: .incomplete) : Scan(outcome: .end, position: position, line: line) }
        let recordLine = line
        while true {
            var span = FieldSpan(origin: position, start: position, end: position, line: line, quoted: false, doubledQuotes: false)
            if bytes[position] == quote {
                span.quoted = true
                position += 1
                span.start = position
                var closed = false
                while position < count {
                    let byte = bytes[position]
                    if byte == quote {
                        if position + 1 < count, bytes[position + 1] == quote {
                            span.doubledQuotes = true
                            position += 2
                            continue
                        }
                        // A quote as the last byte read may be the first of a doubled one.
                        if position + 1 == count && more { return Scan(outcome: .incomplete) }
                        span.end = position
                        position += 1
                        closed = true
                        break
                    }
                    if byte == newline { line += 1 }
                    position += 1
                }
                if !closed {
                    return more ? Scan(outcome: .incomplete) : Scan(outcome: .unclosedQuote(origin: span.origin, line: span.line))
                }
                if position < count, bytes[position] != delimiter, bytes[position] != newline, bytes[position] != carriageReturn {
                    return Scan(outcome: .textAfterQuote(position: position, line: line))
                }
            } else {
                while position < count {
                    let byte = bytes[position]
                    if byte == delimiter || byte == newline || byte == carriageReturn { break }
                    position += 1
                }
                span.end = position
            }
            spans.append(span)
            // What follows (a delimiter, `\n` or `\r\n`) must be wholly read to know where the record ends.
            if more && position + 1 >= count { return Scan(outcome: .incomplete) }
            if position < count, bytes[position] == delimiter {
                position += 1
                // A delimiter at the very end starts an empty last field.
                if position == count {
                    spans.append(FieldSpan(origin: position, start: position, end: position, line: line, quoted: false, doubledQuotes: false))
                    break
                }
                continue
            }
            break
        }
        let recordEnd = position
        if position < count, bytes[position] == carriageReturn { position += 1 }
        if position < count, bytes[position] == newline {
            position += 1
            line += 1
        }
        return Scan(outcome: .record, position: position, line: line, recordLine: recordLine, recordEnd: recordEnd)
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
                    column: characterColumn(ofByte: base + offset + index - slice.startIndex, line: line),
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
        throw TabularTextError(file: fileName, line: line, column: characterColumn(ofByte: base + badOffset, line: line),
            message: "invalid UTF-8 (byte 0x\(String(slice[slice.startIndex + validBytes], radix: 16, uppercase: true))); "
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

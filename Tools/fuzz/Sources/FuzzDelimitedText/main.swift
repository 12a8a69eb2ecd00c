// Fuzzes the delimited-text reader and the number reader behind every CSV/TSV import: any bytes
// must give records or a TabularTextError, never a crash, and numbers must be finite; the raw
// fields the link importer reads are the decoded ones.
import FuzzDriver
import Foundation
import TabularText

runFuzzer { data, size in
    let bytes = bytes(data, size)
    for corner in [false, true] {
        guard var reader = try? DelimitedTextReader(bytes: bytes, fileName: "fuzz.csv", allowsEmptyCorner: corner) else { continue }
        var numbers = NumberReader(options: NumberFormatOptions(), delimiter: reader.delimiter)
        var pending: [NumberReader.Pending] = []
        while let record = try? reader.next() {
            precondition(record.fields.count == reader.header.count, "a record has as many fields as the header")
            // Error positions (a scan of the line) for the first and last field only, to keep runs fast.
            _ = reader.error("probe", in: record, field: 0)
            _ = reader.error("probe", in: record, field: record.fields.count - 1)
            for text in record.fields {
                switch numbers.read(text, line: record.line) {
                case .success(.value(let value?)): precondition(value.isFinite, "numbers are finite")
                case .success(.pending(let value)): pending.append(value)
                default: break
                }
            }
        }
        for value in pending { _ = numbers.resolve(value) }
        // The raw path the link importer reads through finds the same fields as `next()`.
        if var raw = try? reader.rewound(), var decoded = try? reader.rewound() {
            while (try? raw.nextRaw()) == true, let record = try? decoded.next() {
                precondition(raw.currentLine == record.line, "both paths are on the same line")
                for field in record.fields.indices {
                    if let bytes = raw.withRawField(field, { Array($0) }) {
                        precondition(bytes == Array(record.fields[field].utf8), "a raw field is its decoded text")
                    }
                }
            }
        }
    }
    return 0
}

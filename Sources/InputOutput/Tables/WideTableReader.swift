import TabularText

/// Reads a wide (matrix) file: leading columns of row labels, then one column per column label.
///
/// The leading label columns end at the column whose values best match the header's column
/// labels: usually the first column, but a file such as Eurostat's Beutel table carries codes,
/// names and numbers before the labels that match (`iotables_row`).
///
/// - Complexity: O(rows × columns) for the cells, plus O(rows × label columns) to find the label column.
enum WideTableReader {
    static func read(_ reader: inout DelimitedTextReader, excluded: (String) -> Bool) throws -> LabelledMatrix {
        var records: [DelimitedRecord] = []
        while let record = try reader.next() { records.append(record) }
        let header = reader.header
        let keyColumn = try keyLabelColumn(header: header, records: records, excluded: excluded, fileName: reader.fileName)
        let dataColumns = (keyColumn + 1)..<header.count
        let decimalComma = reader.delimiter != UInt8(ascii: ",")
        var values: [Double?] = []
        values.reserveCapacity(records.count * dataColumns.count)
        for record in records {
            for field in dataColumns {
                values.append(try number(record.fields[field], reader: reader, record: record, field: field, decimalComma: decimalComma))
            }
        }
        let frozen = reader
        let frozenRecords = records
        return LabelledMatrix(
            rowLabels: records.map { $0.fields[0...keyColumn].map { $0.trimmingCharacters() } },
            keyLabelIndex: keyColumn,
            columnLabels: Array(header[dataColumns]),
            values: values,
            cellLocation: { row, column in
                let record = frozenRecords[row]
                return SourceLocation(line: record.line, column: frozen.column(of: record, field: keyColumn + 1 + column))
            },
            rowLocation: { row in
                let record = frozenRecords[row]
                return SourceLocation(line: record.line, column: frozen.column(of: record, field: keyColumn))
            },
            columnLocation: { column in
                let error = frozen.headerError("", field: keyColumn + 1 + column)
                return SourceLocation(line: error.line, column: error.column)
            })
    }

    /// The label column whose values match the most column labels to its right (ties: the leftmost).
    private static func keyLabelColumn(header: [String], records: [DelimitedRecord], excluded: (String) -> Bool,
                                       fileName: String) throws -> Int {
        var best = (column: 0, matches: 0)
        for column in 0..<max(header.count - 1, 0) {
            let values = Set(records.map { $0.fields[column].trimmingCharacters() })
            let matches = header[(column + 1)...].filter { values.contains($0) && !excluded($0) }.count
            if matches > best.matches { best = (column, matches) }
        }
        guard best.matches > 0 else {
            throw IOTableError.noSectors(file: fileName, rowLabels: records.map { $0.fields[0].trimmingCharacters() },
                                        columnLabels: Array(header.dropFirst()))
        }
        return best.column
    }

    static func number(_ text: String, reader: DelimitedTextReader, record: DelimitedRecord, field: Int,
                       decimalComma: Bool) throws -> Double? {
        switch NumberField.parse(text, decimalComma: decimalComma) {
        case .success(let value): return value
        case .failure(.notFinite):
            throw reader.error("'\(text)' is not a finite number; leave the cell empty for a missing value or write 0",
                               in: record, field: field)
        case .failure(.notANumber):
            throw reader.error("'\(text)' is not a number; write amounts as plain numbers such as 1250 or 3.5 "
                               + "(empty for a missing value)", in: record, field: field)
        }
    }
}

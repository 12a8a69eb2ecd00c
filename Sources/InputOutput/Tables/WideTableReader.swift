import TabularText

/// Reads a wide (matrix) file: leading columns of row labels, then one column per column label.
///
/// The leading label columns end at the column whose values best match the header's column
/// labels: usually the first column, but a file such as Eurostat's Beutel table carries codes,
/// names and numbers before the labels that match (`iotables_row`).
///
/// - Complexity: O(rows × columns).
enum WideTableReader {
    static func read(_ reader: inout DelimitedTextReader, numberFormat: NumberFormatOptions,
                     excluded: (String) -> Bool) throws -> LabelledMatrix {
        var records: [DelimitedRecord] = []
        while let record = try reader.next() { records.append(record) }
        let header = reader.header
        let keyColumn = try keyLabelColumn(header: header, records: records, excluded: excluded, fileName: reader.fileName)
        let dataColumns = (keyColumn + 1)..<header.count
        var numbers = NumberReader(options: numberFormat, delimiter: reader.delimiter)
        var pending: [(position: Int, record: DelimitedRecord, field: Int, number: NumberReader.Pending)] = []
        var values: [Double?] = []
        values.reserveCapacity(records.count * dataColumns.count)
        for record in records {
            for field in dataColumns {
                switch try cell(record, field, reader: reader, numbers: &numbers) {
                case .value(let value): values.append(value)
                case .pending(let number):
                    pending.append((values.count, record, field, number))
                    values.append(number.withPoint)
                }
            }
        }
        for entry in pending {
            guard let value = numbers.resolve(entry.number) else { throw reader.error(entry.number.message, in: entry.record, field: entry.field) }
            values[entry.position] = value
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
    ///
    /// - Complexity: O(rows × columns): each column's distinct values are looked up among the
    ///   header's positions (sorted), not compared with the whole header again.
    private static func keyLabelColumn(header: [String], records: [DelimitedRecord], excluded: (String) -> Bool,
                                       fileName: String) throws -> Int {
        var positionsByLabel: [String: [Int]] = [:]
        for (position, label) in header.enumerated() where !excluded(label) { positionsByLabel[label, default: []].append(position) }
        var best = (column: 0, matches: 0)
        for column in 0..<max(header.count - 1, 0) {
            var matches = 0
            for value in Set(records.map { $0.fields[column].trimmingCharacters() }) {
                guard let positions = positionsByLabel[value] else { continue }
                matches += positions.count - positions.partitioningIndex { $0 > column }
            }
            if matches > best.matches { best = (column, matches) }
        }
        guard best.matches > 0 else {
            throw IOTableError.noSectors(file: fileName, rowLabels: records.map { $0.fields[0].trimmingCharacters() },
                                        columnLabels: Array(header.dropFirst()))
        }
        return best.column
    }

    /// Reads the number in a cell with the file's number reader, failing at the cell.
    static func cell(_ record: DelimitedRecord, _ field: Int, reader: DelimitedTextReader,
                     numbers: inout NumberReader) throws -> NumberReader.Reading {
        switch numbers.read(record.fields[field], line: record.line) {
        case .success(let reading): return reading
        case .failure(let problem): throw reader.error(problem.message(record.fields[field], what: ""), in: record, field: field)
        }
    }
}

extension Array where Element == Int {
    /// The first index whose element satisfies `predicate`, which must be false then true along
    /// the (sorted) array: a binary search.
    func partitioningIndex(where predicate: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

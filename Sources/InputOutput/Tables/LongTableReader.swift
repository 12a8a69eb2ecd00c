import TabularText

/// Reads a long ("tidy") file, one cell per line: `REGION;ROW;COLUMN;value`, or `ROW;COLUMN;value`
/// for a single table. Gives one matrix per region (in the order regions first appear), all with
/// the same row and column labels; a cell a region does not list is empty.
///
/// - Complexity: O(lines + regions × rows × columns).
enum LongTableReader {
    /// The names a long file's last header column may have.
    static let valueColumnNames: Set<String> = ["value", "values", "obs_value", "amount", "flow"]

    static func read(_ reader: inout DelimitedTextReader, numberFormat: NumberFormatOptions) throws -> [(region: String?, matrix: LabelledMatrix)] {
        let columnCount = reader.header.count
        guard columnCount == 3 || columnCount == 4 else {
            throw IOTableError.notLong(file: reader.fileName, columnCount: columnCount)
        }
        let hasRegion = columnCount == 4
        let (rowField, columnField, valueField) = hasRegion ? (1, 2, 3) : (0, 1, 2)
        var numbers = NumberReader(options: numberFormat, delimiter: reader.delimiter)
        var pending: [(region: Int, key: Int, number: NumberReader.Pending)] = []

        struct Cell { var value: Double?; var location: SourceLocation }
        var rows = LabelNumbering(), columns = LabelNumbering(), regions = LabelNumbering()
        var cells: [[Int: Cell]] = []   // per region: row << 32 | column -> cell

        while let record = try reader.next() {
            let region = hasRegion ? record.fields[0].trimmingCharacters() : ""
            let rowLabel = record.fields[rowField].trimmingCharacters()
            let columnLabel = record.fields[columnField].trimmingCharacters()
            let labels = hasRegion ? [(0, region), (rowField, rowLabel), (columnField, columnLabel)]
                : [(rowField, rowLabel), (columnField, columnLabel)]
            for (field, label) in labels where label.isEmpty {
                throw reader.error("the \(reader.header[field]) label is empty; every line needs a region, a row and a column label",
                                   in: record, field: field)
            }
            let reading = try WideTableReader.cell(record, valueField, reader: reader, numbers: &numbers)
            let regionNumber = regions.number(of: region) { SourceLocation(line: record.line, column: 1) }
            if regionNumber == cells.count { cells.append([:]) }
            let row = rows.number(of: rowLabel) { SourceLocation(line: record.line, column: reader.column(of: record, field: rowField)) }
            let column = columns.number(of: columnLabel) {
                SourceLocation(line: record.line, column: reader.column(of: record, field: columnField))
            }
            let key = row << 32 | column
            if let earlier = cells[regionNumber][key] {
                let place = hasRegion ? "region '\(region)', " : ""
                throw reader.error("\(place)row '\(rowLabel)', column '\(columnLabel)' was already given on line \(earlier.location.line); "
                                   + "each cell may appear only once", in: record, field: rowField)
            }
            var value: Double?
            switch reading {
            case .value(let number): value = number
            case .pending(let number):
                pending.append((regionNumber, key, number))
                value = number.withPoint
            }
            cells[regionNumber][key] = Cell(
                value: value, location: SourceLocation(line: record.line, column: reader.column(of: record, field: valueField)))
        }
        for entry in pending {
            guard let value = numbers.resolve(entry.number) else {
                let place = cells[entry.region][entry.key]?.location ?? SourceLocation(line: reader.headerLine, column: 1)
                throw TabularTextError(file: reader.fileName, line: place.line, column: place.column, message: entry.number.message)
            }
            cells[entry.region][entry.key]?.value = value
        }

        let width = columns.labels.count
        let rowLabels = rows.labels, columnLabels = columns.labels
        let frozenRowLocations = rows.locations, frozenColumnLocations = columns.locations
        return regions.labels.indices.map { regionNumber in
            var values = [Double?](repeating: nil, count: rowLabels.count * width)
            var locations = [SourceLocation?](repeating: nil, count: rowLabels.count * width)
            for (key, cell) in cells[regionNumber] {
                let position = (key >> 32) * width + (key & 0xFFFF_FFFF)
                values[position] = cell.value
                locations[position] = cell.location
            }
            let frozenLocations = locations
            let matrix = LabelledMatrix(
                rowLabels: rowLabels.map { [$0] }, keyLabelIndex: 0, columnLabels: columnLabels, values: values,
                cellLocation: { row, column in frozenLocations[row * width + column] ?? frozenRowLocations[row] },
                rowLocation: { frozenRowLocations[$0] },
                columnLocation: { frozenColumnLocations[$0] })
            return (hasRegion ? regions.labels[regionNumber] : nil, matrix)
        }
    }
}

/// Numbers labels in the order they first appear, remembering where each first stood.
private struct LabelNumbering {
    private(set) var labels: [String] = []
    private(set) var locations: [SourceLocation] = []
    private var numbers: [String: Int] = [:]

    /// The number of `label`, giving it the next one (and its place) when it is new.
    mutating func number(of label: String, firstSeenAt location: () -> SourceLocation) -> Int {
        if let known = numbers[label] { return known }
        let number = labels.count
        numbers[label] = number
        labels.append(label)
        locations.append(location())
        return number
    }
}

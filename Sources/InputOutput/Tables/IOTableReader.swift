import TabularText

/// Reads an input-output table from a wide (matrix) or long (`REGION;ROW;COLUMN;value`) file.
///
/// Sectors are the labels standing both as a row and as a column. Rows and columns named by
/// ``IOTableOptions/mappings``, or recognised by ``RecognisedLabel/rules`` (`output`, `P1`,
/// `exports`, `P6K…`, `B1G`, `D1`, `EMP`, …), become sector attributes; other rows and columns
/// are reported as ignored. A long file with a region column gives one table per region and
/// their sum as the national table.
///
/// ```swift
/// let bytes = Array(try Data(contentsOf: url))
/// let set = try IOTableReader.read(bytes: bytes, fileName: "FIN-2011.csv")
/// set.national.attribute("exports", of: "c7")   // 13666
/// ```
///
/// Errors: `TabularTextError` (file:line:column) for a bad cell — not a number, NaN, a negative
/// flow between sectors, a repeated cell, a ragged row — and ``IOTableError`` for problems of
/// the file as a whole (no sectors, a named label that is not there).
///
/// - Complexity: O(cells) to read; O(regions × n²) to assemble.
public enum IOTableReader {
    public static func read(bytes: [UInt8], fileName: String, options: IOTableOptions = IOTableOptions()) throws -> IOTableSet {
        var reader = try DelimitedTextReader(bytes: bytes, fileName: fileName, delimiter: options.delimiter, allowsEmptyCorner: true)
        let explicitLabels = Set(options.mappings.map(\.label))
        switch options.layout ?? detectLayout(header: reader.header) {
        case .wide:
            let matrix = try WideTableReader.read(&reader, numberFormat: options.numberFormat) { explicitLabels.contains($0) || RecognisedLabel.isRecognised($0) }
            let assembler = try IOTableAssembler(shape: matrix, fileName: fileName, mappings: options.mappings)
            return assembler.set(national: try assembler.table(from: matrix, region: nil), regions: [])
        case .long:
            let matrices = try LongTableReader.read(&reader, numberFormat: options.numberFormat)
            guard let first = matrices.first else {
                throw IOTableError.noSectors(file: fileName, rowLabels: [], columnLabels: [])
            }
            let assembler = try IOTableAssembler(shape: first.matrix, fileName: fileName, mappings: options.mappings)
            let tables = try matrices.map { try assembler.table(from: $0.matrix, region: $0.region) }
            if matrices.count == 1, first.region == nil {
                return assembler.set(national: tables[0], regions: [])
            }
            return assembler.set(national: IOTable.sum(tables), regions: tables)
        }
    }

    /// Long when the header has three or four columns and the last names a value column.
    static func detectLayout(header: [String]) -> IOTableLayout {
        guard header.count == 3 || header.count == 4, let last = header.last,
              LongTableReader.valueColumnNames.contains(last.lowercased()) else { return .wide }
        return .long
    }
}

extension IOTableAssembler {
    func set(national: IOTable, regions: [IOTable]) -> IOTableSet {
        IOTableSet(national: national, regions: regions, attributeSources: plan.map(\.source),
                   ignoredRows: ignoredRows, ignoredColumns: ignoredColumns, totalRows: totalRows, totalColumns: totalColumns)
    }
}

import TabularText

/// Turns labelled matrices into input-output tables: finds the sectors (labels standing both as
/// a row and as a column, other than attribute labels), reads the flows between them and the
/// sector attributes from the rows and columns named by options or recognised by
/// ``RecognisedLabel/rules``.
///
/// All matrices of one file share their labels, so the plan is made once from the first.
struct IOTableAssembler {
    let fileName: String
    let sectors: [IOSector]
    /// For sector i: its row and its column in the matrices.
    let sectorRows: [Int]
    let sectorColumns: [Int]
    let plan: [(source: AttributeSource, indices: [Int])]
    let ignoredRows: [String]
    let ignoredColumns: [String]
    /// Rows and columns left out as totals (by label, or by adding up to the other sectors).
    let totalRows: [String]
    let totalColumns: [String]

    init(shape matrix: LabelledMatrix, fileName: String, mappings: [AttributeMapping]) throws {
        self.fileName = fileName
        let explicit = Dictionary(grouping: mappings, by: \.attribute)
        let explicitLabels = Set(mappings.map(\.label))
        // Each label is lowercased and split once (a wide table may have 100,000 columns).
        let rowWords = matrix.rowLabels.map { $0.map(LabelWords.init) }
        let columnWords = matrix.columnLabels.map(LabelWords.init)
        let isAttribute = { (label: String, words: LabelWords) in
            explicitLabels.contains(label) || RecognisedLabel.rules.contains { $0.matches(words) }
        }
        var totalRowIndices = Set<Int>(), totalColumnIndices = Set<Int>()

        // Sectors, in column order.
        var firstRow: [String: Int] = [:]
        for row in 0..<matrix.rowCount {
            let key = matrix.rowKey(row), words = rowWords[row][matrix.keyLabelIndex]
            if key.isEmpty || isAttribute(key, words) { continue }
            if TotalLabel.isTotal(words) {
                totalRowIndices.insert(row)
                continue
            }
            if let first = firstRow[key] {
                let place = matrix.rowLocation(row)
                throw TabularTextError(file: fileName, line: place.line, column: place.column,
                    message: "the row \(key.quotedForMessage) appears twice (first on line \(matrix.rowLocation(first).line)); each sector needs one row")
            }
            firstRow[key] = row
        }
        var names: [String] = [], rows: [Int] = [], columns: [Int] = []
        var firstColumn: [String: Int] = [:]
        for column in 0..<matrix.columnCount {
            let label = matrix.columnLabels[column]
            if !isAttribute(label, columnWords[column]) && TotalLabel.isTotal(columnWords[column]) {
                totalColumnIndices.insert(column)
                continue
            }
            guard let row = firstRow[label] else { continue }
            if firstColumn[label] != nil {
                let place = matrix.columnLocation(column)
                throw TabularTextError(file: fileName, line: place.line, column: place.column,
                    message: "the column \(label.quotedForMessage) appears twice; each sector needs one column")
            }
            firstColumn[label] = column
            names.append(label)
            rows.append(row)
            columns.append(column)
        }
        for total in SumTotals.find(in: matrix, rows: rows, columns: columns).reversed() {
            totalRowIndices.insert(rows.remove(at: total))
            totalColumnIndices.insert(columns.remove(at: total))
            names.remove(at: total)
        }
        guard !names.isEmpty else {
            throw IOTableError.noSectors(file: fileName, rowLabels: (0..<matrix.rowCount).map(matrix.rowKey),
                                        columnLabels: matrix.columnLabels)
        }
        sectors = SectorKeys.sectors(from: names)
        sectorRows = rows
        sectorColumns = columns

        // Attributes: named ones first, then the recognised standard ones not named.
        var plan: [(source: AttributeSource, indices: [Int])] = []
        for attribute in explicit.keys.sorted() {
            var source = AttributeSource(attribute: attribute, axis: .row, labels: [])
            var indices: [Int] = []
            let attributeMappings = explicit[attribute] ?? []
            if Set(attributeMappings.map(\.axis)).count > 1 {
                throw IOTableError.conflictingMappings(attribute: attribute)
            }
            for mapping in attributeMappings {
                let found = mapping.axis == .row
                    ? (0..<matrix.rowCount).filter { matrix.rowLabels[$0].contains(mapping.label) }.first
                    : matrix.columnLabels.firstIndex(of: mapping.label)
                guard let found else {
                    let seen = mapping.axis == .row ? (0..<matrix.rowCount).map(matrix.rowKey) : matrix.columnLabels
                    throw IOTableError.unknownLabel(file: fileName, axis: mapping.axis, label: mapping.label, seen: seen)
                }
                source.axis = mapping.axis
                source.labels.append(mapping.label)
                indices.append(found)
            }
            plan.append((source, indices))
        }
        for rule in RecognisedLabel.rules where explicit[rule.attribute] == nil && !plan.contains(where: { $0.source.attribute == rule.attribute }) {
            var matches: [(index: Int, label: String)] = []
            switch rule.axis {
            case .row:
                for row in 0..<matrix.rowCount {
                    if let cell = rowWords[row].firstIndex(where: rule.matches) { matches.append((row, matrix.rowLabels[row][cell])) }
                }
            case .column:
                for column in 0..<matrix.columnCount where rule.matches(columnWords[column]) {
                    matches.append((column, matrix.columnLabels[column]))
                }
            }
            if !rule.sumsComponents { matches = Array(matches.prefix(1)) }
            guard !matches.isEmpty else { continue }
            plan.append((AttributeSource(attribute: rule.attribute, axis: rule.axis, labels: matches.map(\.label)), matches.map(\.index)))
        }
        self.plan = plan.sorted { $0.source.attribute < $1.source.attribute }

        let usedRows = Set(rows + plan.filter { $0.source.axis == .row }.flatMap(\.indices))
        let usedColumns = Set(columns + plan.filter { $0.source.axis == .column }.flatMap(\.indices))
        totalRows = Self.distinct(totalRowIndices.subtracting(usedRows).sorted().map(matrix.rowKey))
        totalColumns = Self.distinct(totalColumnIndices.subtracting(usedColumns).sorted().map { matrix.columnLabels[$0] })
        ignoredRows = Self.distinct((0..<matrix.rowCount).filter { !usedRows.contains($0) && !totalRowIndices.contains($0) }.map(matrix.rowKey))
        ignoredColumns = Self.distinct((0..<matrix.columnCount).filter { !usedColumns.contains($0) && !totalColumnIndices.contains($0) }
            .map { matrix.columnLabels[$0] })
    }

    /// The table held in `matrix`, which must have the labels of the shape matrix.
    ///
    /// - Complexity: O(n² + n × attribute labels).
    func table(from matrix: LabelledMatrix, region: String?) throws -> IOTable {
        let n = sectors.count
        var flows = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                guard let value = matrix.value(sectorRows[i], sectorColumns[j]) else { continue }
                if value < 0 {
                    let place = matrix.cellLocation(sectorRows[i], sectorColumns[j])
                    let inRegion = region.map { " in region '\($0)'" } ?? ""
                    throw TabularTextError(file: fileName, line: place.line, column: place.column,
                        message: "negative intermediate flow \(value) from '\(sectors[i].key)' to '\(sectors[j].key)'\(inRegion); "
                            + "flows between sectors must be ≥ 0 (negative final demand such as inventory change belongs in a final-demand column)")
                }
                flows[i * n + j] = value
            }
        }
        var attributes: [String: [Double?]] = [:]
        for (source, indices) in plan {
            attributes[source.attribute] = (0..<n).map { sector in
                var sum: Double?
                for index in indices {
                    let value = source.axis == .row ? matrix.value(index, sectorColumns[sector]) : matrix.value(sectorRows[sector], index)
                    if let value { sum = (sum ?? 0) + value }
                }
                return sum
            }
        }
        return IOTable(region: region, sectors: sectors, flows: flows, attributes: attributes)
    }

    private static func distinct(_ labels: [String]) -> [String] {
        var seen = Set<String>()
        return labels.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

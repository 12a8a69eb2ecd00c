import ClusterGraph

/// A problem with an input-output file as a whole (problems at one place in the file are
/// `TabularTextError`s with file:line:column).
public enum IOTableError: UserFacingError, Equatable {
    /// No label stands both as a row and as a column.
    case noSectors(file: String, rowLabels: [String], columnLabels: [String])
    /// A row or column named by an option is not in the file.
    case unknownLabel(file: String, axis: TableAxis, label: String, seen: [String])
    /// One attribute was mapped both to rows and to columns.
    case conflictingMappings(attribute: String)
    /// The long layout was asked for but the header does not have three or four columns.
    case notLong(file: String, columnCount: Int)
    /// None of the keys of a labels file matches a sector.
    case labelsMatchNoSector(file: String, sectorKeys: [String])
    /// World exports were given but the table has no exports attribute.
    case noExports(table: String)
    /// The world-exports file has no rows for the year asked for (or several years and none asked for).
    case worldExportsYear(file: String, year: Int?, available: [Int])
    /// No industry of the world-exports file is a sector of the table.
    case worldExportsMatchNoSector(file: String, sectorKeys: [String])

    public var description: String {
        switch self {
        case let .noSectors(file, rows, columns):
            return "\(file): no sectors found: no label stands both as a row and as a column. "
                + "Row labels seen: \(Self.sample(rows)); column labels seen: \(Self.sample(columns)). "
                + "Sector labels must be spelt the same in both places (use --layout long for a REGION;ROW;COLUMN;value file)."
        case let .unknownLabel(file, axis, label, seen):
            return "\(file): there is no \(axis.rawValue) labelled '\(label)'; \(axis.rawValue) labels seen: \(Self.sample(seen)). "
                + "Check the spelling (labels are matched exactly)."
        case let .conflictingMappings(attribute):
            return "\(attribute) was named both as a row and as a column; give it as a row or as a column, not both."
        case let .notLong(file, count):
            return "\(file): a long file needs the header REGION;ROW;COLUMN;value or ROW;COLUMN;value, but this header has \(count) columns; "
                + "use --layout wide for a matrix."
        case let .labelsMatchNoSector(file, keys):
            return "\(file): none of its keys is a sector of the table; sector keys are \(Self.sample(keys)). "
                + "The labels file needs the columns key,label."
        case let .noExports(table):
            return "\(table) has no exports attribute, so world shares cannot be computed; "
                + "name the exports column with --export-column."
        case let .worldExportsYear(file, year?, available):
            return "\(file) has no world exports for \(year); years available: \(available.map(String.init).joined(separator: ", "))."
        case let .worldExportsYear(file, nil, available):
            return "\(file) holds world exports for several years (\(available.map(String.init).joined(separator: ", "))); choose one with --year."
        case let .worldExportsMatchNoSector(file, keys):
            return "\(file): none of its industries is a sector of the table; sector keys are \(Self.sample(keys))."
        }
    }

    /// Up to 12 labels, quoted, so a long list stays readable.
    static func sample(_ labels: [String]) -> String {
        if labels.isEmpty { return "(none)" }
        let shown = labels.prefix(12).map(\.quotedForMessage).joined(separator: ", ")
        return labels.count > 12 ? shown + " and \(labels.count - 12) more" : shown
    }
}

import TabularText

/// Sector labels from a small CSV file, `key,label` (the header names may differ; the first
/// column is the key and the second the label), such as `Graphs/finland-io-2014/sectors.csv`.
///
/// ```swift
/// let labels = try SectorLabels.read(bytes: bytes, fileName: "sectors.csv")
/// let english = try set.applyingLabels(labels)
/// ```
public struct SectorLabels: Sendable, Equatable {
    public let fileName: String
    /// Label by sector key.
    public let labels: [String: String]

    public init(fileName: String, labels: [String: String]) {
        self.fileName = fileName
        self.labels = labels
    }

    /// Reads the file; a repeated key or a file with fewer than two columns is an error.
    public static func read(bytes: [UInt8], fileName: String) throws -> SectorLabels {
        var reader = try DelimitedTextReader(bytes: bytes, fileName: fileName)
        guard reader.header.count >= 2 else {
            throw reader.headerError("a labels file needs two columns, key and label; this one has \(reader.header.count)", field: 0)
        }
        var labels: [String: String] = [:]
        var lines: [String: Int] = [:]
        while let record = try reader.next() {
            let key = record.fields[0].trimmingCharacters()
            let label = record.fields[1].trimmingCharacters()
            if key.isEmpty || label.isEmpty { continue }
            if let earlier = lines[key] {
                throw reader.error("the key '\(key)' already has a label on line \(earlier); give each key one label", in: record, field: 0)
            }
            labels[key] = label
            lines[key] = record.line
        }
        return SectorLabels(fileName: fileName, labels: labels)
    }
}

extension IOTableSet {
    /// The same tables with sector labels replaced from `labels`; keys it does not list keep
    /// their labels. Fails when no key of the file is a sector (most likely the wrong file).
    public func applyingLabels(_ labels: SectorLabels) throws -> IOTableSet {
        let keys = national.sectors.map(\.key)
        guard keys.contains(where: { labels.labels[$0] != nil }) else {
            throw IOTableError.labelsMatchNoSector(file: labels.fileName, sectorKeys: keys)
        }
        func relabel(_ table: IOTable) -> IOTable {
            var table = table
            for index in table.sectors.indices {
                if let label = labels.labels[table.sectors[index].key] { table.sectors[index].label = label }
            }
            return table
        }
        var result = self
        result.national = relabel(national)
        result.regions = regions.map(relabel)
        return result
    }
}

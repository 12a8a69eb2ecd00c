import Foundation
import TabularText

/// Which sector of one classification each sector of another stands for: Finland's 30 regional
/// sectors (NACE Rev. 2 groups) to WIOD's 35 industries (NACE Rev. 1.1), one row per regional
/// sector, as shipped in `Graphs/finland-io-2014/wiod-concordance.csv`.
///
/// ```swift
/// let concordance = try SectorConcordance.load(path: "Graphs/finland-io-2014/wiod-concordance.csv", target: "wiod")
/// concordance.sectors(for: ["c1", "c6", "c7"])   // ["01", "02_03", "16", "17_18"]
/// ```
public struct SectorConcordance: Sendable {
    public let source: String
    /// Each sector's counterpart in the other classification.
    public let target: [String: String]

    public init(source: String, target: [String: String]) {
        self.source = source
        self.target = target
    }

    /// Reads `key,<target>[,note]`.
    /// - Throws: ``TabularText/TabularTextError`` with file, line and column for a bad row.
    public static func load(path: String, target column: String) throws -> SectorConcordance {
        var reader = try DelimitedTextReader(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), fileName: path)
        guard let keyColumn = reader.header.firstIndex(of: "key"), let targetColumn = reader.header.firstIndex(of: column) else {
            throw reader.headerError("the header needs the columns `key` and `\(column)`", field: 0)
        }
        var target: [String: String] = [:]
        while let record = try reader.next() {
            guard record.fields.count > max(keyColumn, targetColumn), !record.fields[targetColumn].isEmpty else {
                throw reader.error("the row has no `\(column)` value", in: record, field: min(targetColumn, record.fields.count - 1))
            }
            target[record.fields[keyColumn]] = record.fields[targetColumn]
        }
        return SectorConcordance(source: path, target: target)
    }

    /// The sectors whose counterpart is one of `targets`, sorted.
    public func sectors(for targets: [String]) -> [String] {
        let wanted = Set(targets)
        return target.filter { wanted.contains($0.value) }.map(\.key).sorted()
    }
}

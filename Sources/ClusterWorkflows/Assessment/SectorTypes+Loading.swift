import ClusterAssessment
import Foundation
import TabularText

extension SectorTypes {
    /// Reads a classification file with header `key,type[,…]`, `type` being `traded` or `local`
    /// (further columns, such as the reason, are for readers).
    ///
    /// ```swift
    /// let wiod = try SectorTypes.load(path: "Graphs/wiod-2013/sector-types.csv")
    /// ```
    /// - Throws: ``TabularText/TabularTextError`` with file, line and column for a bad row.
    public static func load(path: String) throws -> SectorTypes {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var reader = try DelimitedTextReader(bytes: bytes, fileName: path)
        guard let keyColumn = reader.header.firstIndex(of: "key"), let typeColumn = reader.header.firstIndex(of: "type") else {
            throw reader.headerError("the header needs the columns `key` and `type` (traded or local)", field: 0)
        }
        var local: Set<String> = [], traded: Set<String> = []
        while let record = try reader.next() {
            guard record.fields.count > max(keyColumn, typeColumn) else {
                throw reader.error("the row has no `type` value", in: record, field: record.fields.count - 1)
            }
            switch record.fields[typeColumn] {
            case "local": local.insert(record.fields[keyColumn])
            case "traded": traded.insert(record.fields[keyColumn])
            default: throw reader.error("the type is `traded` or `local`, not `\(record.fields[typeColumn])`", in: record, field: typeColumn)
            }
        }
        return SectorTypes(name: path, local: local, traded: traded)
    }
}

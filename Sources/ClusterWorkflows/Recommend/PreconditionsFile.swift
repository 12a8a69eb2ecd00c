import ClusterAssessment
import ClusterGraph
import Foundation
import TabularText

/// Reads an economy's preconditions from a file: CSV/TSV with header `name,value,source`, or JSON
/// (by the `.json` extension) with the same fields.
///
/// ```swift
/// let economy = try PreconditionsFile.read("Graphs/kazakhstan-construction-materials/preconditions.csv")
/// economy[.fdiOpenness]?.source   // "illustrative: …"
/// ```
public enum PreconditionsFile {
    /// - Throws: ``TabularText/TabularTextError`` at file:line:column for a CSV,
    ///   ``ClusterAssessment/RulesError`` at the place in a JSON file, or ``PreconditionsFileError``.
    public static func read(_ path: String) throws -> EconomyPreconditions {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw PreconditionsFileError(path: path, exists: FileManager.default.fileExists(atPath: path))
        }
        if path.lowercased().hasSuffix(".json") { return try EconomyPreconditions.decode(data, source: path) }
        var reader = try DelimitedTextReader(bytes: Array(data), fileName: path)
        let header = reader.header.map { $0.lowercased() }
        let columns = ["name", "value", "source"].map { header.firstIndex(of: $0) }
        guard let name = columns[0], let value = columns[1], let source = columns[2] else {
            throw reader.headerError("the header must name the columns name,value,source (found \(reader.header.joined(separator: ",")))", field: 0)
        }
        var economy = EconomyPreconditions()
        var lineByName: [String: Int] = [:]
        while let record = try reader.next() {
            let number: Double?
            switch NumberField.parse(record.fields[value], decimalComma: reader.delimiter != UInt8(ascii: ",")) {
            case .success(let parsed): number = parsed
            case .failure: number = nil
            }
            switch EconomyPreconditions.given(name: record.fields[name], value: number, source: record.fields[source]) {
            case .success(let (precondition, given)):
                if let first = lineByName[precondition.rawValue] {
                    throw reader.error("\(precondition.rawValue) is already given on line \(first); give each precondition once", in: record, field: name)
                }
                lineByName[precondition.rawValue] = record.line
                economy[precondition] = given
            case .failure(let problem):
                let field = [EconomyPreconditions.Problem.Field.name: name, .value: value, .source: source][problem.field] ?? name
                throw reader.error(problem.message, in: record, field: field)
            }
        }
        return economy
    }
}

/// A preconditions file that cannot be read at all.
public struct PreconditionsFileError: UserFacingError {
    public let path: String
    public let exists: Bool

    public var description: String {
        "\(path): \(exists ? "the file is not readable" : "there is no such file"); give the path of a CSV (name,value,source) or JSON preconditions file."
    }
}

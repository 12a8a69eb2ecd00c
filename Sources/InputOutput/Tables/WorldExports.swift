import TabularText

/// World exports by industry and year, for world market shares and revealed comparative
/// advantage: a CSV file with columns `year` (optional), `industry` and `world_exports`, such as
/// `Graphs/wiod-2013/world-exports.csv`.
///
/// ```swift
/// let world = try WorldExports.read(bytes: bytes, fileName: "world-exports.csv")
/// let exports2011 = try world.exports(year: 2011)   // ["c1": 469863, …]
/// ```
public struct WorldExports: Sendable, Equatable {
    public let fileName: String
    /// Exports by industry for each year; a file without a year column is filed under year 0.
    public let byYear: [Int: [String: Double]]

    /// Reads the file. Industry and world-export columns are found by name (`industry`,
    /// `world_exports`); a repeated industry within a year, a negative or non-numeric value is an error.
    public static func read(bytes: [UInt8], fileName: String) throws -> WorldExports {
        var reader = try DelimitedTextReader(bytes: bytes, fileName: fileName)
        let header = reader.header.map { $0.lowercased() }
        guard let industryField = header.firstIndex(of: "industry"),
              let valueField = header.firstIndex(of: "world_exports") else {
            throw reader.headerError("a world-exports file needs the columns industry and world_exports (and year when it "
                                     + "holds several years)", field: 0)
        }
        let yearField = header.firstIndex(of: "year")
        var numbers = NumberReader(options: NumberFormatOptions(), delimiter: reader.delimiter)
        var pending: [(year: Int, industry: String, place: SourceLocation, number: NumberReader.Pending)] = []
        var byYear: [Int: [String: Double]] = [:]
        while let record = try reader.next() {
            var year = 0
            if let yearField {
                guard let parsed = Int(record.fields[yearField].trimmingCharacters()) else {
                    throw reader.error("'\(record.fields[yearField])' is not a year; write years as 2011", in: record, field: yearField)
                }
                year = parsed
            }
            let industry = record.fields[industryField].trimmingCharacters()
            let value: Double
            switch try WideTableReader.cell(record, valueField, reader: reader, numbers: &numbers) {
            case .value(nil): continue
            case .value(let number?): value = number
            case .pending(let number):
                pending.append((year, industry, SourceLocation(line: record.line, column: reader.column(of: record, field: valueField)), number))
                value = number.withPoint
            }
            if value < 0 {
                throw reader.error("world exports cannot be negative (\(value))", in: record, field: valueField)
            }
            if byYear[year]?[industry] != nil {
                throw reader.error("industry '\(industry)' appears twice for \(year); give each industry one value per year",
                                   in: record, field: industryField)
            }
            byYear[year, default: [:]][industry] = value
        }
        for entry in pending {
            guard let value = numbers.resolve(entry.number) else {
                throw TabularTextError(file: fileName, line: entry.place.line, column: entry.place.column, message: entry.number.message)
            }
            byYear[entry.year]?[entry.industry] = value
        }
        return WorldExports(fileName: fileName, byYear: byYear)
    }

    public init(fileName: String, byYear: [Int: [String: Double]]) {
        self.fileName = fileName
        self.byYear = byYear
    }

    /// The exports of `year`; nil is allowed when the file holds a single year.
    public func exports(year: Int?) throws -> [String: Double] {
        let years = byYear.keys.sorted()
        if let year, let exports = byYear[year] { return exports }
        if year == nil, years.count == 1, let only = years.first, let exports = byYear[only] { return exports }
        throw IOTableError.worldExportsYear(file: fileName, year: year, available: years)
    }
}

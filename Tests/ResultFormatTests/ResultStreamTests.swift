import ResultFormat
import Testing

@Suite struct ResultStreamTests {
    static let columns = ["key", "label", "weight"]

    static func rows(_ count: Int) -> [[JSONValue]] {
        (0..<count).map { [.string("n\($0)"), .string(String(repeating: "w", count: $0 % 40)), .number(Double($0) / 3)] }
    }

    static func streamed(_ rows: [[JSONValue]], as format: ResultStream.Format) throws -> String {
        try BufferedWriter.text { writer in
            let stream = try ResultStream(writer, format: format, columns: columns, jsonHead: [("graph", .string("g"))], rowsKey: "nodes")
            for row in rows { try stream.append(json: .array(row), cells: row) }
            try stream.finish()
        }
    }

    @Test func jsonAndCSVAreTheDocumentAndTableOfAllRows() throws {
        let rows = Self.rows(2_500)
        #expect(try Self.streamed(rows, as: .json)
                == JSONValue.object([("graph", .string("g")), ("nodes", .array(rows.map(JSONValue.array)))]).serialized() + "\n")
        #expect(try Self.streamed(rows, as: .csv) == ResultTable(columns: Self.columns, rows: rows).csv())
        #expect(try Self.streamed([], as: .json) == #"{"graph":"g","nodes":[]}"# + "\n")
    }

    @Test func aTableOfFewRowsIsLaidOutAsAWholeTable() throws {
        let rows = Self.rows(ResultStream.tableSample)
        let format = ResultStream.Format.table(width: 60, notes: ["modularity 0.5"])
        #expect(try Self.streamed(rows, as: format) == "modularity 0.5\n" + ResultTable(columns: Self.columns, rows: rows).text(fitting: 60))
        #expect(try Self.streamed([], as: .table(width: 60, notes: [])) == ResultTable(columns: Self.columns).text(fitting: 60))
    }

    @Test func laterRowsKeepTheFirstRowsLayout() throws {
        var rows = Self.rows(ResultStream.tableSample)
        rows.append([.string("late"), .string(String(repeating: "long ", count: 30)), .number(12.25)])
        let text = try Self.streamed(rows, as: .table(width: 80, notes: []))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2 + rows.count)
        let sampled = ResultTable(columns: Self.columns, rows: Array(rows.prefix(ResultStream.tableSample))).text(fitting: 80)
        #expect(text.hasPrefix(sampled))
        let last = String(lines[lines.count - 1])
        #expect(last.count == lines[2].count)
        #expect(last.contains("…"))
        #expect(last.hasSuffix("12.25"))
    }
}

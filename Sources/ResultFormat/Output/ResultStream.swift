/// A command's result written row by row as the rows arrive, in the shape `--format` asks for:
/// a JSON document `{…head, "rows key": [row, …]}`, CSV with a header, or a table for people.
///
/// JSON and CSV hold no rows: each goes to the writer as it comes. A table needs its column
/// widths first, so the first ``tableSample`` rows are held, laid out (exactly as
/// ``ResultTable/text(fitting:)`` lays out a table of those rows) and written; later rows take
/// the same layout, text longer than its column cut with `…`.
///
/// ```swift
/// let stream = try ResultStream(writer, format: .csv, columns: ["key", "label"],
///                               jsonHead: [("graph", .string("fi2014"))], rowsKey: "nodes")
/// for node in nodes { try stream.append(json: .string(node.key), cells: [.string(node.key), .string(node.label)]) }
/// try stream.finish()
/// ```
public final class ResultStream {
    public enum Format: Sendable, Equatable {
        /// Aligned text fitted to `width` characters, with `notes` lines above it.
        case table(width: Int, notes: [String])
        /// One compact JSON document and a newline.
        case json
        /// RFC 4180 CSV with a header line.
        case csv
    }

    /// Rows a table holds back to choose its column widths.
    public static let tableSample = 1_000

    private let writer: BufferedWriter
    private let format: Format
    private let columns: [String]
    private var document: JSONObjectWriter?
    private var rows: JSONArrayWriter?
    private var sample: [[JSONValue]] = []
    private var layout: TableLayout?

    /// Starts the output: the JSON head and the opening of the rows array, or the CSV header.
    public init(_ writer: BufferedWriter, format: Format, columns: [String],
                jsonHead: [(String, JSONValue)] = [], rowsKey: String = "rows") throws {
        self.writer = writer
        self.format = format
        self.columns = columns
        switch format {
        case .json:
            var document = try JSONObjectWriter(writer, pretty: false, indent: 0)
            for (name, value) in jsonHead { try document.member(name, value) }
            rows = try document.openArray(rowsKey)
            self.document = document
        case .csv:
            try ResultTable.writeCSVRow(columns.map(JSONValue.string), to: writer)
        case .table:
            break
        }
    }

    /// Adds a row: `json` is its element in the JSON document, `cells` its table and CSV cells;
    /// only the one the format needs is evaluated.
    public func append(json: @autoclosure () -> JSONValue, cells: @autoclosure () -> [JSONValue]) throws {
        switch format {
        case .json: try rows?.append(json())
        case .csv: try ResultTable.writeCSVRow(cells(), to: writer)
        case .table(let width, _):
            if let layout {
                try writer.write(layout.line(cells(), cutToWidth: true))
                return
            }
            sample.append(cells())
            if sample.count == Self.tableSample {
                let layout = TableLayout(columns: columns, rows: sample, fitting: width)
                try writeTable(layout)
                self.layout = layout
            }
        }
    }

    /// Ends the document (and a table of fewer rows than the sample) and flushes the writer;
    /// the caller finishes the writer's sink.
    public func finish() throws {
        switch format {
        case .json:
            try rows?.finish()
            try document?.finish()
            try writer.write(UInt8(ascii: "\n"))
        case .csv:
            break
        case .table(let width, _):
            if layout == nil { try writeTable(TableLayout(columns: columns, rows: sample, fitting: width)) }
        }
        try writer.flush()
    }

    private func writeTable(_ layout: TableLayout) throws {
        if case .table(_, let notes) = format, !notes.isEmpty { try writer.write(notes.joined(separator: "\n") + "\n") }
        try writer.write(layout.headerLines())
        for row in sample { try writer.write(layout.line(row)) }
        sample = []
    }
}

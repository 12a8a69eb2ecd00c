import ArgumentParser
import Foundation
import ResultFormat

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv
}

/// A command's result in both shapes: the JSON document of the CLI contract and a table for
/// `--format table|csv`. ``print(as:)`` builds only the shape asked for and writes it through a
/// buffered writer, so a result with a row per node of a large graph is held once, not three
/// times (JSON, table and text).
///
/// ```swift
/// CommandOutput(json: .object([("nodes", .number(3))]),
///               table: ResultTable(columns: ["nodes"], rows: [[.number(3)]])).print(as: global.format)
/// ```
struct CommandOutput {
    private let json: () -> JSONValue
    private let table: () -> ResultTable
    /// Lines printed above the table in `table` format only (a summary such as modularity).
    var notes: [String]

    init(json: @autoclosure @escaping () -> JSONValue, table: @autoclosure @escaping () -> ResultTable, notes: [String] = []) {
        self.json = json
        self.table = table
        self.notes = notes
    }

    func print(as format: OutputFormat) {
        do {
            try CommandDestination.standardOutput { writer in
                switch format {
                case .json:
                    try json().write(to: writer)
                    try writer.write(UInt8(ascii: "\n"))
                case .csv:
                    try table().writeCSV(to: writer)
                case .table:
                    for note in notes { try writer.write(note + "\n") }
                    try writer.write(table().text(fitting: Terminal.columns))
                }
            }
        } catch {
            Terminal.fail(error)
        }
    }
}

import ArgumentParser
import Foundation
import ResultFormat

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv
}

/// A command's result in both shapes: the JSON document of the CLI contract and a table for
/// `--format table|csv`. Commands build both; ``print(as:)`` picks one.
struct CommandOutput: Sendable {
    var json: JSONValue
    var table: ResultTable
    /// Lines printed above the table in `table` format only (a summary such as modularity).
    var notes: [String] = []

    func rendered(as format: OutputFormat) -> String {
        switch format {
        case .json: return json.serialized(pretty: false) + "\n"
        case .csv: return table.csv()
        case .table: return (notes.isEmpty ? "" : notes.joined(separator: "\n") + "\n") + table.text(fitting: Terminal.columns)
        }
    }

    func print(as format: OutputFormat) {
        Terminal.writeStandardOutput(rendered(as: format))
    }
}

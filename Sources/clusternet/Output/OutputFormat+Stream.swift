import ResultFormat

extension OutputFormat {
    /// The streamed shape of this format; a table is fitted to the terminal.
    func stream() -> ResultStream.Format {
        switch self {
        case .table: return .table(width: Terminal.columns, notes: [])
        case .json: return .json
        case .csv: return .csv
        }
    }
}

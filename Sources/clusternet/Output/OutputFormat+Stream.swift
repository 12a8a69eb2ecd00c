import ResultFormat

extension OutputFormat {
    /// The streamed shape of this format; a table is fitted to the terminal with `notes` above it.
    func stream(notes: [String] = []) -> ResultStream.Format {
        switch self {
        case .table: return .table(width: Terminal.columns, notes: notes)
        case .json: return .json
        case .csv: return .csv
        }
    }
}

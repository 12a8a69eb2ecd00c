import ResultFormat

/// Where a command writes what it produces: the file `--output` names (through ``OutputFile``:
/// replaced atomically, devices and FIFOs written in place, the database refused) or standard
/// output, always through one ``BufferedWriter``; a failed write or flush is an error.
///
/// ```swift
/// try CommandDestination.write(to: output, database: global.databasePath) { writer in
///     try GraphExport.write(store, graph: graph, as: .graphml, to: writer)
/// }
/// ```
enum CommandDestination {
    static func write(to path: String?, database: String, _ body: (BufferedWriter) throws -> Void) throws {
        guard let path else { return try standardOutput(body) }
        try OutputFile.write(to: path, protecting: [database], body)
    }

    /// Standard output through a buffered writer; nothing is printed when `body` throws before
    /// the buffer first fills.
    static func standardOutput(_ body: (BufferedWriter) throws -> Void) throws {
        let writer = BufferedWriter(FileDescriptorSink.standardOutput)
        try body(writer)
        try writer.finish()
    }
}

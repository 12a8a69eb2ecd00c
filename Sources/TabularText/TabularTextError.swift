import ClusterGraph

/// A problem in a delimited text file, located by file, line and column (1-based, columns in
/// characters), with a hint on how to fix it.
public struct TabularTextError: UserFacingError, Equatable {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

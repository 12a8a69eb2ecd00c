import Foundation

extension Terminal {
    /// The width tables are fitted to: `$COLUMNS`, else the terminal's width, else 120.
    static var columns: Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let width = Int(text), width > 20 { return width }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 120
    }
}

/// A command line as a user types it in a POSIX shell: each argument quoted where the shell would
/// split or expand it. Front ends print these so a result can be reproduced (the demo's steps,
/// the web page's "same answer on the command line").
///
/// ```swift
/// ShellCommand.line(["clusternet", "query", "MATCH (n) RETURN n.key", "--graph", "fi2014"])
/// // clusternet query 'MATCH (n) RETURN n.key' --graph fi2014
/// ```
public enum ShellCommand {
    public static func line(_ arguments: [String]) -> String {
        arguments.map(quoted).joined(separator: " ")
    }

    /// `argument` as it is when it holds only safe characters, else in single quotes (a quote inside as `'\''`).
    public static func quoted(_ argument: String) -> String {
        let safe = !argument.isEmpty && argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./=,:@%+".contains($0) }
        guard !safe else { return argument }
        var result = "'"
        for character in argument { result += character == "'" ? "'\\''" : String(character) }
        return result + "'"
    }
}

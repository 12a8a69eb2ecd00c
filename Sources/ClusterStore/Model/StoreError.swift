import ClusterGraph

/// Why the store refused or failed an operation, worded for the person at the terminal.
public enum StoreError: UserFacingError, Equatable {
    /// No graph of that name; `suggestions` are stored names close to it.
    case unknownGraph(String, suggestions: [String])
    /// Creating a graph whose name is taken.
    case graphExists(String)
    /// Appending links of the other direction kind to a graph.
    case directionMismatch(graph: String, storedDirected: Bool)
    /// Node keys that are not in the graph.
    case unknownNodes(graph: String, keys: [String])
    /// No saved result of that name for the graph.
    case unknownResult(graph: String, name: String, suggestions: [String])
    /// Saving a result under a name that is taken, without replacing.
    case resultExists(graph: String, name: String)
    /// A saved result does not fit the graph any more (nodes were added after it was saved).
    case resultDoesNotFit(graph: String, name: String, reason: String)
    /// A number that cannot be stored (NaN or infinite) in a written graph or result.
    case invalidNumber(graph: String, what: String)
    /// The file is not a SQLite database, or one that ClusterNet did not create.
    case notClusterNetDatabase(path: String, reason: String)
    /// The file was migrated by a newer ClusterNet than this one.
    case newerDatabase(path: String, unknownMigrations: [String])
    /// The file cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// A command that writes was given a file (or folder) this process cannot write, or a store
    /// opened with ``StoreAccess/readOnly``.
    case readOnlyStore(path: String, reason: String)
    /// ``StoreAccess/readOnly`` on a file that does not exist.
    case noDatabase(path: String)
    /// ``StoreAccess/readOnly`` on a file an older ClusterNet wrote: it must be migrated first.
    case needsMigration(path: String)
    /// A link or node that must never be stored (a negative or infinite weight, a key with a
    /// NUL): `link` is its 0-based position among the links written, when it is a link.
    case invalidInput(graph: String, link: Int?, message: String)
    /// Writing failed on the disk (full, or a file-size limit); the transaction was rolled back.
    case writeFailed(path: String, reason: String)
    /// SQLite refused a row by a constraint the store's own checks should have caught first.
    case constraint(path: String, message: String)
    /// Another process holds the write lock longer than the busy timeout.
    case busy(path: String)
    /// An input file cannot be read.
    case cannotReadFile(path: String, reason: String)
    /// SQLite reported an error the store does not expect.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .unknownGraph(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "did you mean \(Self.quotedList(suggestions))? "
            return "there is no graph named '\(name)'; \(hint)run `clusternet graphs` to list the stored graphs"
        case .graphExists(let name):
            return "a graph named '\(name)' already exists; add --replace to overwrite it, "
                + "--append to add to it, or choose another --graph name"
        case .directionMismatch(let graph, let storedDirected):
            return "graph '\(graph)' is \(storedDirected ? "directed" : "undirected"); "
                + (storedDirected ? "drop --undirected to append to it" : "add --undirected to append to it")
                + ", or use --replace to rebuild it"
        case .unknownNodes(let graph, let keys):
            let shown = keys.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (keys.count > 5 ? " and \(keys.count - 5) more" : "")
            return "graph '\(graph)' has no node\(keys.count == 1 ? "" : "s") \(shown); "
                + "check the keys with `clusternet nodes --graph \(graph)`"
        case .unknownResult(let graph, let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "did you mean \(Self.quotedList(suggestions))? "
            return "graph '\(graph)' has no saved result named '\(name)'; \(hint)"
                + "run `clusternet results --graph \(graph)` to list them"
        case .resultExists(let graph, let name):
            return "graph '\(graph)' already has a saved result named '\(name)'; choose another name or replace it"
        case .resultDoesNotFit(let graph, let name, let reason):
            return "saved result '\(name)' no longer fits graph '\(graph)': \(reason); compute and save it again"
        case .invalidNumber(let graph, let what):
            return "cannot store \(what) in graph '\(graph)': it is not a finite number"
        case .notClusterNetDatabase(let path, let reason):
            return "'\(path)' is not a ClusterNet database (\(reason)); "
                + "give another file with --db, or a new file name to create one"
        case .newerDatabase(let path, let unknown):
            return "'\(path)' was written by a newer ClusterNet (schema \(unknown.joined(separator: ", "))); "
                + "upgrade clusternet to use it"
        case .readOnlyStore(let path, let reason):
            return "cannot change the database '\(path)': \(reason); this command writes to it. Copy it somewhere writable "
                + "(or give another --db); commands that only read (graphs, nodes, links, query, export, render, …) work on it as it is"
        case .noDatabase(let path):
            return "there is no database '\(path)'; import a graph first, or give the right file with --db"
        case .needsMigration(let path):
            return "the database '\(path)' was written by an older ClusterNet and must be upgraded before it can be read; "
                + "run `clusternet init --db \(path)` where the file can be written (opening it read-only never changes it)"
        case .invalidInput(let graph, let link, let message):
            return "cannot store graph '\(graph)': \(link.map { "link \($0 + 1): " } ?? "")\(message)"
        case .writeFailed(let path, let reason):
            return "cannot write the database '\(path)': \(reason); nothing was changed — free some space and run the command again"
        case .constraint(let path, let message):
            return "the database '\(path)' refused a row (\(message)); nothing was written. This is a bug in ClusterNet: "
                + "please report it with the command you ran"
        case .cannotOpen(let path, let reason):
            return "cannot open the database '\(path)': \(reason); check that the folder exists and is writable"
        case .busy(let path):
            return "the database '\(path)' is locked by another clusternet run; try again when it has finished"
        case .cannotReadFile(let path, let reason):
            return "cannot read '\(path)': \(reason); check the file name"
        case .database(let path, let message):
            return "the database '\(path)' reported an error: \(message)"
        }
    }

    private static func quotedList(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        return quoted.count <= 1 ? quoted.joined() : quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
    }
}

import ClusterGraph
import ClusterStore
import Foundation
import GraphQuery
import TestSupport

/// Runs TCK scenarios against ClusterNet: builds each setup graph in a store (through
/// ``SetupGraph``), runs the query with its parameters, and compares the rows (in order or not,
/// lists ordered or not) or the error with what the scenario expects.
final class TCKRunner {
    enum Outcome: Sendable {
        case passed
        /// Rows that differ from the expected ones, rows where an error was expected, or an error of another class.
        case wrong(String)
        /// An error where rows were expected (a feature ClusterNet refuses, or a failure).
        case refused(String)
        /// The scenario cannot run on a ClusterNet store.
        case skipped(String)
    }

    struct CaseResult: Sendable {
        var scenario: TCKScenario
        var outcome: Outcome
    }

    static let featuresFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Features")

    /// Every scenario of the copied feature files, by feature path.
    static func scenarios() throws -> [TCKScenario] {
        var result: [TCKScenario] = []
        let enumerator = FileManager.default.enumerator(at: featuresFolder, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "feature" { files.append(url) }
        }
        for file in files.sorted(by: { $0.path < $1.path }) {
            let relative = String(file.deletingPathExtension().path.dropFirst(featuresFolder.path.count + 1))
            result += Gherkin.scenarios(in: try String(contentsOf: file, encoding: .utf8), feature: relative)
        }
        for index in result.indices { result[index].order = index }
        return result
    }

    private let directory: TemporaryDirectory
    private let store: LinkageStore
    /// Whether the store's graph is empty now, so the many scenarios without a setup skip rewriting it.
    private var storeIsEmpty = false

    init() throws {
        directory = try TemporaryDirectory()
        store = try LinkageStore(path: directory.path("tck.sqlite"))
    }

    func run(_ scenario: TCKScenario) -> CaseResult {
        CaseResult(scenario: scenario, outcome: outcome(scenario))
    }

    private static let writingClause = try? NSRegularExpression(pattern: "\\b(CREATE|MERGE|SET|DELETE|REMOVE|FOREACH|DETACH)\\b", options: [])

    private func outcome(_ scenario: TCKScenario) -> Outcome {
        var graph = SetupGraph()
        var parameters: [String: QueryValue] = [:]
        var query: String?
        do {
            if !storeIsEmpty {
                try store.writeGraph(graph.contents, mode: .replace)
                storeIsEmpty = true
            }
            for step in scenario.steps {
                let text = step.text
                if text.hasSuffix("having executed:"), let setup = step.docString {
                    storeIsEmpty = false
                    try graph.execute(setup, store: store)
                } else if text.hasPrefix("parameters are:") || text.hasPrefix("parameter values are:") {
                    for row in step.table where row.count >= 2 {
                        guard let value = TCKValue.parse(row[1])?.queryValue else { return .skipped("a parameter the runner cannot read: \(row[1])") }
                        parameters[row[0]] = value
                    }
                } else if text.hasPrefix("executing query:") || text.hasPrefix("executing control query:") {
                    query = step.docString
                } else if text.hasPrefix("the side effects should be:") {
                    if step.table.contains(where: { $0.count > 1 && $0[1] != "0" }) { return .skipped("writes to the graph (ClusterNet queries are read-only)") }
                } else if text.hasPrefix("the result should be") || text.contains("should be raised") {
                    guard let query else { return .skipped("no query") }
                    let range = NSRange(query.startIndex..., in: query)
                    if Self.writingClause?.firstMatch(in: query, range: range) != nil {
                        return .skipped("writes to the graph (ClusterNet queries are read-only)")
                    }
                    return check(query, parameters: parameters, against: step)
                }
            }
            return .skipped("no expectation")
        } catch let skip as Skip {
            return .skipped(skip.reason)
        } catch {
            return .refused("setup: \(Self.firstLine(error))")
        }
    }

    private func check(_ query: String, parameters: [String: QueryValue], against step: TCKScenario.Step) -> Outcome {
        let result: QueryResult
        do {
            result = try store.runQuery(query, graph: SetupGraph.graphName, parameters: parameters,
                                        options: QueryOptions(timeout: .seconds(20)))
        } catch let error as QueryError {
            guard let expected = Self.expectedError(step.text) else {
                if case .unsupported = error { return .refused("not supported: \(Self.firstLine(error))") }
                return .refused("error: \(Self.firstLine(error))")
            }
            if case .unsupported = error { return .refused("not supported: \(Self.firstLine(error))") }
            if Self.errorMatches(error, expected) { return .passed }
            return .wrong("expected \(expected.type) \(expected.detail), got \(Self.firstLine(error))")
        } catch {
            return .refused("error: \(Self.firstLine(error))")
        }
        if let expected = Self.expectedError(step.text) {
            return .wrong("expected \(expected.type) \(expected.detail), got \(result.rows.count) rows")
        }
        if step.text.hasPrefix("the result should be empty") {
            return result.rows.isEmpty ? .passed : .wrong("expected no rows, got \(Self.render(result.rows.prefix(3).map { $0.map(TCKValue.init) }))")
        }
        guard let header = step.table.first else { return .skipped("no result table") }
        if header != result.columns {
            return .wrong("columns \(result.columns) instead of \(header)")
        }
        var expectedRows: [[TCKValue]] = []
        for row in step.table.dropFirst() {
            let values = row.map(TCKValue.parse)
            guard !values.contains(where: { $0 == nil }) else { return .skipped("an expected value the runner cannot read: \(row)") }
            expectedRows.append(values.compactMap { $0 })
        }
        let actualRows = result.rows.map { $0.map(TCKValue.init) }
        let unorderedLists = step.text.contains("ignoring element order for lists")
        let ordered = step.text.contains("in order")
        let rowsMatch = { (a: [TCKValue], b: [TCKValue]) in
            a.count == b.count && zip(a, b).allSatisfy { $0.matches($1, unorderedLists: unorderedLists) }
        }
        let same = ordered ? actualRows.count == expectedRows.count && zip(actualRows, expectedRows).allSatisfy(rowsMatch)
                           : TCKValue.bagsMatch(actualRows, expectedRows, rowsMatch)
        return same ? .passed : .wrong("expected \(Self.render(expectedRows)), got \(Self.render(actualRows))")
    }

    private static func render(_ rows: [[TCKValue]]) -> String {
        let shown = rows.prefix(6).map { "(" + $0.map(\.description).joined(separator: ", ") + ")" }.joined(separator: " ")
        return rows.count > 6 ? shown + " … (\(rows.count) rows)" : (rows.isEmpty ? "no rows" : shown)
    }

    private static func firstLine(_ error: any Error) -> String {
        let text: String
        if case .syntax(let message, _)? = error as? QueryError { text = "syntax: " + message }
        else if case .invalid(let message, _)? = error as? QueryError { text = "invalid: " + message }
        else if case .unsupported(let message, _)? = error as? QueryError { text = message }
        else { text = "\(error)" }
        return String(text.split(separator: "\n").first ?? "")
    }

    // MARK: Errors

    struct ExpectedError {
        var type: String
        var detail: String
    }

    /// `a SyntaxError should be raised at compile time: UndefinedVariable`
    private static func expectedError(_ text: String) -> ExpectedError? {
        guard text.contains("should be raised") else { return nil }
        let words = text.split(separator: " ")
        let type = words.count > 1 ? String(words[1]) : "Error"
        let detail = text.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return ExpectedError(type: type, detail: detail)
    }

    /// Whether ClusterNet's error is of the class the TCK expects. Errors found before running
    /// count for compile-time classes whatever their name (a type error a literal makes certain is
    /// a SyntaxError in the TCK's words).
    private static func errorMatches(_ error: QueryError, _ expected: ExpectedError) -> Bool {
        let compileTime: Bool
        switch error {
        case .syntax, .invalid, .unknownName, .parameter: compileTime = true
        default: compileTime = false
        }
        switch expected.type {
        case "SyntaxError", "SemanticError":
            if compileTime { return true }
            if case .type = error { return expected.detail == "InvalidArgumentType" || expected.detail.contains("Type") }
            if case .argument = error { return expected.detail.contains("Argument") || expected.detail.contains("Negative") }
            return false
        case "TypeError":
            if case .type = error { return true }
            return compileTime
        case "ArgumentError":
            if case .argument = error { return true }
            return compileTime
        case "ArithmeticError":
            if case .arithmetic = error { return true }
            return false
        case "ParameterMissing":
            if case .parameter = error { return true }
            return false
        default:
            return false
        }
    }
}

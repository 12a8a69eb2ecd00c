import ClusterGraph
import ClusterStore
import Foundation
import ResultFormat
import TabularText

/// PageRank's jump weights for `centrality --measure pagerank`, from `--personalisation FILE`
/// (a CSV/TSV with header `key,weight`) and `--personalise KEY=WEIGHT` entries; nodes named by
/// neither get 0, and an entry replaces the file's weight for its key.
///
/// ```swift
/// let jump = try Personalisation(file: "weights.csv", entries: ["17_18=2"], graph: graph, graphName: "fi2014")
/// let rank = try graph.pageRank(PageRankOptions(personalisation: jump.weights))
/// ```
struct Personalisation {
    /// One weight per node index.
    private(set) var weights: [Double]

    /// - Throws: ``TabularTextError`` at file:line:column for a bad file (unknown or repeated key,
    ///   missing, negative or non-finite weight); ``PersonalisationError`` for a bad entry or when
    ///   every weight is 0.
    init(file: String?, entries: [String], graph: LinkageGraph, graphName: String) throws {
        weights = Array(repeating: 0, count: graph.nodeCount)
        if let file { try read(file, graph: graph, graphName: graphName) }
        var named: Set<String> = []
        for entry in entries {
            guard let equals = entry.lastIndex(of: "="), equals > entry.startIndex else {
                throw PersonalisationError.malformed(entry: entry)
            }
            let key = String(entry[..<equals])
            guard let node = graph.index(of: key) else {
                throw PersonalisationError.unknownNode(key: key, graph: graphName,
                                                       suggestions: NameSuggestions.closest(to: key, among: graph.keys))
            }
            guard named.insert(key).inserted else { throw PersonalisationError.repeated(key: key) }
            switch Self.weight(String(entry[entry.index(after: equals)...])) {
            case .success(let weight): weights[node] = weight
            case .failure(let problem): throw PersonalisationError.invalidWeight(entry: entry, problem: problem)
            }
        }
        guard weights.contains(where: { $0 > 0 }) else { throw PersonalisationError.allZero(graph: graphName) }
    }

    private mutating func read(_ file: String, graph: LinkageGraph, graphName: String) throws {
        var reader = try DelimitedTextReader(bytes: InputFile.bytes(file), fileName: file)
        let header = reader.header.map { $0.lowercased() }
        guard let keyColumn = header.firstIndex(of: "key"), let weightColumn = header.firstIndex(of: "weight") else {
            throw reader.headerError("the header needs columns 'key' and 'weight' (found "
                + reader.header.map { "'\($0)'" }.joined(separator: ", ") + "); the first line must be `key,weight`", field: 0)
        }
        let decimalComma = reader.delimiter != UInt8(ascii: ",")
        var lineByNode: [Int: Int] = [:]
        while let record = try reader.next() {
            let key = record.fields[keyColumn].trimmingCharacters(in: .whitespaces)
            guard let node = graph.index(of: key) else {
                let close = NameSuggestions.closest(to: key, among: graph.keys)
                throw reader.error("graph '\(graphName)' has no node '\(key)'"
                    + (close.isEmpty ? "" : " (did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?)")
                    + "; list only the graph's node keys", in: record, field: keyColumn)
            }
            if let first = lineByNode[node] {
                throw reader.error("node '\(key)' already has a weight on line \(first); give each node one weight",
                                   in: record, field: keyColumn)
            }
            lineByNode[node] = record.line
            let field = record.fields[weightColumn]
            switch Self.weight(field, decimalComma: decimalComma) {
            case .success(let weight): weights[node] = weight
            case .failure(let problem):
                let shown = field.isEmpty ? "" : " '\(field)'"
                throw reader.error("the weight\(shown) \(problem); \(PersonalisationError.weightRule)", in: record, field: weightColumn)
            }
        }
    }

    /// The weight in `field`, or why it is not one.
    private static func weight(_ field: String, decimalComma: Bool = false) -> Result<Double, PersonalisationError.WeightProblem> {
        switch NumberField.parse(field, decimalComma: decimalComma) {
        case .success(nil): .failure(.missing)
        case .success(let value?): value < 0 ? .failure(.negative) : .success(value)
        case .failure(.notANumber): .failure(.notANumber)
        case .failure(.notFinite): .failure(.notFinite)
        }
    }

    /// The positive weights by key in key order, as JSON text (`{"a":2,"c":0.5}`), for the saved scores' parameters.
    func savedParameter(keys: [String]) -> String {
        let named = keys.indices.filter { weights[$0] > 0 }.sorted { Partition.keyPrecedes(keys[$0], keys[$1]) }
        return JSONValue.object(named.map { (keys[$0], .number(weights[$0])) }).serialized()
    }
}

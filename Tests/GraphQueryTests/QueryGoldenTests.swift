import Foundation
import Testing
@testable import GraphQuery

/// The same queries on the same graphs as Kùzu 0.11.3 (`Tools/golden/query_kuzu.py` wrote the
/// expected rows): filters, multi-hop and variable-length paths on cyclic graphs, aggregation,
/// ordering, optional matches, parameters and an undirected graph.
@Suite struct QueryGoldenTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var name: String
        var graph: String
        var query: String
        var params: [String: GoldenValue]?
        var unordered: Bool?
        var sortLists: Bool?
        var testDescription: String { name }
    }

    /// A value as JSON holds it; nodes compare by key.
    enum GoldenValue: Decodable, Sendable, Equatable, Comparable {
        case null, bool(Bool), number(Double), string(String), list([GoldenValue])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let text = try? container.decode(String.self) { self = .string(text) }
            else { self = .list(try container.decode([GoldenValue].self)) }
        }

        init(_ value: QueryValue) {
            switch value {
            case .null: self = .null
            case .bool(let flag): self = .bool(flag)
            case .integer(let number): self = .number(Double(number))
            case .float(let number): self = .number(number)
            case .string(let text): self = .string(text)
            case .list(let values): self = .list(values.map(GoldenValue.init))
            case .map(let entries): self = .string("\(entries)")
            case .node(let node): self = .string(node.key)
            case .relationship(let link): self = .string("\(link.source)->\(link.target)")
            case .path(let path): self = .list(path.nodes.map { .string($0.key) })
            }
        }

        var queryValue: QueryValue {
            switch self {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? .integer(Int64(number)) : .float(number)
            case .string(let text): return .string(text)
            case .list(let values): return .list(values.map(\.queryValue))
            }
        }

        static func == (lhs: GoldenValue, rhs: GoldenValue) -> Bool {
            switch (lhs, rhs) {
            case (.null, .null): return true
            case (.bool(let a), .bool(let b)): return a == b
            case (.number(let a), .number(let b)): return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
            case (.string(let a), .string(let b)): return a == b
            case (.list(let a), .list(let b)): return a == b
            default: return false
            }
        }

        static func < (lhs: GoldenValue, rhs: GoldenValue) -> Bool { "\(lhs)" < "\(rhs)" }

        func sortingLists() -> GoldenValue {
            if case .list(let values) = self { return .list(values.map { $0.sortingLists() }.sorted()) }
            return self
        }
    }

    struct Expected: Decodable {
        struct Result: Decodable { var rows: [[GoldenValue]] }
        var kuzu: String
        var results: [String: Result]
    }

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// One store for all cases: queries only read it.
    static let fixture = Result { try QueryFixture() }

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: golden.appendingPathComponent("query_cases.json")),
              let cases = try? JSONDecoder().decode([Case].self, from: data) else { return [] }
        return cases
    }()

    @Test func casesAreLoaded() {
        #expect(Self.cases.count >= 60)
    }

    @Test(arguments: cases) func sameRowsAsKuzu(_ testCase: Case) throws {
        let data = try Data(contentsOf: Self.golden.appendingPathComponent("query_kuzu.json"))
        let expected = try JSONDecoder().decode(Expected.self, from: data)
        #expect(expected.kuzu == "0.11.3")
        let expectedRows = try #require(expected.results[testCase.name]?.rows)
        let parameters = (testCase.params ?? [:]).mapValues(\.queryValue)
        let result = try Self.fixture.get().run(testCase.query, graph: testCase.graph, parameters)
        var actual = result.rows.map { $0.map(GoldenValue.init) }
        var wanted = expectedRows
        if testCase.sortLists == true {
            actual = actual.map { $0.map { $0.sortingLists() } }
            wanted = wanted.map { $0.map { $0.sortingLists() } }
        }
        if testCase.unordered == true {
            actual.sort { "\($0)" < "\($1)" }
            wanted.sort { "\($0)" < "\($1)" }
        }
        #expect(actual == wanted, "\(testCase.query)")
    }
}

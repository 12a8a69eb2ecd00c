import ClusterGraph
import Testing
import TabularText
import TestSupport
@testable import ClusterStore

/// Attribute columns typed by a header suffix keep exact integers, booleans, lists and empty
/// strings; a value that does not fit its type is an error at its line and column.
@Suite struct TypedAttributeImportTests {
    @Test func headerSuffixesName() {
        #expect(AttributeColumnType.split("active:boolean") == ("active", .boolean))
        #expect(AttributeColumnType.split("tags:list") == ("tags", .list(.string)))
        #expect(AttributeColumnType.split("scores:int[]") == ("scores", .list(.integer)))
        #expect(AttributeColumnType.split("ratio:x") == ("ratio:x", nil))
        #expect(AttributeColumnType.split("output") == ("output", nil))
    }

    @Test func fieldsConvertByType() {
        #expect(AttributeColumnType.integer.value("4611686018427387905", quoted: false, decimalComma: false) == .success(.integer(4_611_686_018_427_387_905)))
        #expect(AttributeColumnType.float.value("3,5", quoted: false, decimalComma: true) == .success(.number(3.5)))
        #expect(AttributeColumnType.boolean.value("TRUE", quoted: false, decimalComma: false) == .success(.boolean(true)))
        #expect(AttributeColumnType.list(.integer).value("1;2;3", quoted: false, decimalComma: false) == .success(.list([.integer(1), .integer(2), .integer(3)])))
        #expect(AttributeColumnType.string.value("", quoted: true, decimalComma: false) == .success(.text("")))
        #expect(AttributeColumnType.string.value("", quoted: false, decimalComma: false) == .success(nil))
        #expect(AttributeColumnType.list(.string).value("", quoted: true, decimalComma: false) == .success(.list([])))
        guard case .failure = AttributeColumnType.integer.value("1.5", quoted: false, decimalComma: false) else {
            Issue.record("1.5 read as an integer")
            return
        }
    }

    @Test func importedValuesReadBackAsTheirTypes() throws {
        let directory = try TemporaryDirectory()
        let store = try LinkageStore(path: directory.path("typed.sqlite"))
        let file = try directory.write("firms.csv", """
            key,founded:integer,active:boolean,tags:list,note:string,output
            f1,1987,true,pulp;paper,"",12.5
            f2,4611686018427387905,false,,,7

            """)
        let summary = try store.importNodes(file: file, graph: "firms")
        #expect(summary.attributes.map(\.type) == ["integer", "boolean", "list", "text", "number"])
        let nodes = try store.nodes(graph: "firms")
        #expect(nodes[0].attributes["founded"] == .integer(1987))
        #expect(nodes[0].attributes["active"] == .boolean(true))
        #expect(nodes[0].attributes["tags"] == .list([.text("pulp"), .text("paper")]))
        #expect(nodes[0].attributes["note"] == .text(""))
        #expect(nodes[0].attributes["output"] == .number(12.5))
        #expect(nodes[1].attributes["founded"] == .integer(4_611_686_018_427_387_905))
        #expect(nodes[1].attributes["tags"] == nil && nodes[1].attributes["note"] == nil)
        // Analyses still read integers as numbers.
        #expect(try store.loadGraph(named: "firms").attributes.number("founded", at: 0) == 1987)
    }

    @Test func aValueOfTheWrongTypeIsAnErrorAtItsPlace() throws {
        let directory = try TemporaryDirectory()
        let store = try LinkageStore(path: directory.path("typed.sqlite"))
        let file = try directory.write("bad.csv", "key,active:boolean\nf1,true\nf2,maybe\n")
        #expect(throws: TabularTextError.self) { try store.importNodes(file: file, graph: "firms") }
        do {
            _ = try store.importNodes(file: file, graph: "firms")
        } catch {
            #expect("\(error)".contains("bad.csv:3:4"))
            #expect("\(error)".contains("active 'maybe' is not true or false"))
        }
        #expect(try store.graphs().isEmpty)
    }
}

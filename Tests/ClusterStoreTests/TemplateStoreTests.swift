import ClusterGraph
@testable import ClusterStore
import Testing
import TestSupport

@Suite struct TemplateStoreTests {
    let directory: TemporaryDirectory
    let store: LinkageStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try LinkageStore(path: directory.path("store.sqlite"))
    }

    static let etla = ClusterTemplate(
        name: "etla", description: "ETLA families", method: .consensus,
        parameters: ["runs": "20", "seed": "7"], sources: ["FIN-2005", "FIN-2011"],
        clusters: [
            .init(id: 0, name: "forest", namedBy: .file,
                  members: [.init(key: "c1", label: "Agriculture", stability: 0.9), .init(key: "c7", label: "Paper", stability: 1)],
                  suppliers: [.init(key: "c9", label: "Chemicals", dependence: 0.21), .init(key: "c17", dependence: 0.3)]),
            .init(id: 1, name: "Machinery +1", namedBy: .derived, members: [.init(key: "c13", stability: 0.75), .init(key: "c12")]),
        ],
        extensionThreshold: 0.15)

    private func writeGraph(_ name: String, keys: [String]) throws {
        try store.writeGraph(GraphContents(name: name, isDirected: true, description: "", source: "",
                                           nodes: keys.map { NodeRecord(key: $0) }, links: []), mode: .create)
    }

    @Test func savesAndLoadsATemplateWithStabilityAndSuppliers() throws {
        try store.saveTemplate(Self.etla, replace: false)
        let loaded = try store.template(named: "etla")
        #expect(loaded.clusters[0].members.map(\.key) == ["c1", "c7"])
        #expect(loaded.clusters[0].members[0].stability == 0.9)
        #expect(loaded.clusters[0].suppliers.map(\.key) == ["c17", "c9"], "most dependent first")
        #expect(loaded.clusters[1].members.map(\.key) == ["c12", "c13"])
        #expect(loaded.clusters[1].members[0].stability == nil)
        #expect(loaded.clusters[1].namedBy == .derived)
        #expect(loaded.parameters == ["runs": "20", "seed": "7"])
        #expect(loaded.sources == ["FIN-2005", "FIN-2011"])
        #expect(loaded.extensionThreshold == 0.15)
        #expect(loaded.createdAt.hasSuffix("Z") && loaded.updatedAt.hasSuffix("Z"))
        var expected = Self.etla
        expected.createdAt = loaded.createdAt
        expected.updatedAt = loaded.updatedAt
        expected.clusters[0].suppliers.reverse()
        expected.clusters[1].members.reverse()
        #expect(loaded == expected)
        #expect(try store.templates().map(\.name) == ["etla"])
    }

    @Test func replacingKeepsTheCreationTimeAndDeletingRemovesEverything() throws {
        try store.saveTemplate(Self.etla, replace: false)
        let created = try store.template(named: "etla").createdAt
        #expect(throws: TemplateError.templateExists("etla")) { try store.saveTemplate(Self.etla, replace: false) }
        var renamed = Self.etla
        renamed.clusters[1].name = "metals"
        try store.saveTemplate(renamed, replace: true)
        let loaded = try store.template(named: "etla")
        #expect(loaded.createdAt == created)
        #expect(loaded.clusters[1].name == "metals")
        try store.deleteTemplate(named: "etla")
        #expect(try store.templates().isEmpty)
        let error = #expect(throws: TemplateError.self) { try store.deleteTemplate(named: "etla") }
        #expect(error?.description.contains("template list") == true)
        let rows = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM template_member") }
        #expect(rows == 0)
    }

    @Test func refusesRepeatedKeysAndNamesThatRepeatOrReadAsIds() throws {
        try store.saveTemplate(Self.etla, replace: false)
        let unknown = #expect(throws: TemplateError.self) { try store.template(named: "etl") }
        #expect(unknown?.description.contains("did you mean 'etla'") == true)

        var twice = Self.etla
        twice.name = "twice"
        twice.clusters[1].members.append(.init(key: "c7"))
        #expect(throws: TemplateError.repeatedKey("c7", template: "twice")) { try store.saveTemplate(twice, replace: false) }
        var sameName = Self.etla
        sameName.clusters[1].name = "Forest"
        #expect(throws: TemplateError.duplicateClusterName("Forest", in: "template 'etla'")) { try store.saveTemplate(sameName, replace: true) }
        var number = Self.etla
        number.clusters[1].name = "12"
        #expect(throws: TemplateError.invalidClusterName("12")) { try store.saveTemplate(number, replace: true) }
        #expect(try store.template(named: "etla") .clusters[1].name == "Machinery +1", "a refused save changes nothing")
    }

    @Test func namedPartitionsResolveClustersByNameIdOrPrefix() throws {
        try writeGraph("FIN", keys: ["c1", "c6", "c7", "c12", "c13", "c30"])
        let file = try directory.write("clusters.csv", "key,cluster\nc1,forest\nc6,forest\nc7,forest\nc12,metals\nc13,metals\nc30,7\n")
        try store.importPartition(file: file, graph: "FIN", name: "etla", replace: false)
        #expect(try store.clusterNames(graph: "FIN", partition: "etla") == ["forest", "metals", nil])
        #expect(try store.resolveCluster("forest", graph: "FIN", partition: "etla") == 0)
        #expect(try store.resolveCluster("METALS", graph: "FIN", partition: "etla") == 1)
        #expect(try store.resolveCluster("met", graph: "FIN", partition: "etla") == 1)
        #expect(try store.resolveCluster("2", graph: "FIN", partition: "etla") == 2)
        let unknown = #expect(throws: TemplateError.self) { try store.resolveCluster("forrest", graph: "FIN", partition: "etla") }
        #expect(unknown?.description == "partition 'etla' of graph 'FIN' has no cluster 'forrest' (did you mean 'forest'?); give a name or an id from 0 to 2")
        #expect(try store.resolveCluster("3", graph: "FIN", partition: "etla") == 3, "an id is checked by the command that uses it")

        let partition = try store.loadPartition(graph: "FIN", name: "etla")
        try store.savePartition(partition, graph: "FIN", name: "named", method: "test", parameters: [:], replace: false,
                                clusterNames: ["food", "fish", "fodder"])
        #expect(throws: TemplateError.ambiguousCluster(reference: "f", in: "partition 'named' of graph 'FIN'", matches: ["food", "fish", "fodder"])) {
            try store.resolveCluster("f", graph: "FIN", partition: "named")
        }
        #expect(throws: TemplateError.self) {
            try store.savePartition(partition, graph: "FIN", name: "bad", method: "test", parameters: [:], replace: false, clusterNames: ["a", "A", nil])
        }
        #expect(try store.results(graph: "FIN").map(\.name) == ["etla", "named"], "a refused save leaves nothing behind")
    }

    @Test func graphContextIsRecordedAndForgottenWithTheGraph() throws {
        try writeGraph("FIN-2011", keys: ["c1"])
        #expect(try store.context(of: "FIN-2011").isEmpty)
        try store.setContext(GraphContext(economy: "FIN", year: 2011, unit: "USD million"), of: "FIN-2011")
        #expect(try store.context(of: "FIN-2011") == GraphContext(economy: "FIN", year: 2011, unit: "USD million"))
        try store.setContext(GraphContext(economy: "FIN"), of: "FIN-2011")
        #expect(try store.context(of: "FIN-2011") == GraphContext(economy: "FIN"))
        try store.writeGraph(GraphContents(name: "FIN-2011", isDirected: true, description: "", source: "", nodes: [NodeRecord(key: "c1")], links: []),
                             mode: .replace)
        #expect(try store.context(of: "FIN-2011").isEmpty)
        #expect(throws: StoreError.self) { try store.setContext(GraphContext(year: 1), of: "nope") }
    }
}

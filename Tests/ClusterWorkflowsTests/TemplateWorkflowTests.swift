import ClusterAlgorithms
import ClusterAssessment
import ClusterGraph
import ClusterStore
import ClusterWorkflows
import Testing
import TestSupport

@Suite struct TemplateWorkflowTests {
    let fixtures: Fixtures

    init() throws {
        fixtures = try Fixtures()
        try fixtures.writeGraph("X-2000")
        try fixtures.writeGraph("X-2010", scale: 2, exportingBlock: 1)
    }

    private func derive(_ graphs: [String], seed: UInt64 = 3, names: [String: String] = [:]) throws -> TemplateDerivation {
        try TemplateDerivation(store: fixtures.store, options: TemplateDerivationOptions(
            name: "planted", graphs: graphs, consensus: ConsensusOptions(runsPerResolution: 8, seed: seed), names: names))
    }

    @Test func derivesThePlantedClustersWithStabilityNamesAndExtendedClusters() throws {
        let derived = try derive(["X-2000"])
        let template = derived.template
        #expect(template.clusters.map { $0.members.map(\.key) } == Fixtures.blocks)
        #expect(template.clusters.allSatisfy { ($0.stability ?? 0) > 0.99 }, "every run agrees on planted blocks")
        #expect(derived.consensus.converged && derived.consensus.runCount == 24)
        // The largest member (x1 has three times the output) names the cluster.
        #expect(template.clusters.map(\.name) == ["Sector A1 +3", "Sector B1 +3", "Sector C1 +3"])
        #expect(template.clusters[0].members[0].label == "Sector A1")
        // a4 sells 120 of its 420 to block b: it supports cluster b too.
        let supplier = try #require(template.clusters[1].suppliers.first)
        #expect(supplier.key == "a4")
        #expect(abs(supplier.dependence - 120.0 / 424) < 1e-9, "\(supplier.dependence)")
        #expect(template.clusters[0].suppliers.isEmpty && template.clusters[2].suppliers.isEmpty)
        #expect(template.parameters["runs"] == "24" && template.parameters["seed"] == "3")
        #expect(template.method == .consensus && template.sources == ["X-2000"])
    }

    @Test func theSameSeedGivesTheSameTemplateAndPoolingLeavesOutKeysNotEverywhere() throws {
        #expect(try derive(["X-2000"]).template == (try derive(["X-2000"])).template)
        try fixtures.writeGraph("Y-2000", drop: ["c4"])
        let pooled = try derive(["X-2000", "X-2010", "Y-2000"])
        #expect(pooled.leftOut == ["c4"])
        #expect(pooled.consensus.runCount == 72)
        #expect(pooled.template.keys.count == 11)
        #expect(pooled.template.clusters.map { $0.members.map(\.key) } == [["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"], ["c1", "c2", "c3"]])
    }

    @Test func localSectorsAreSetApartAsTheLocalEconomyUnlessIncluded() throws {
        let local: Set<String> = ["c1", "c2", "c3", "c4"]
        let types = SectorTypes(name: "fixture types", local: local, traded: Set(Fixtures.keys).subtracting(local))
        var options = TemplateDerivationOptions(name: "traded", graphs: ["X-2000"], consensus: ConsensusOptions(runsPerResolution: 4, seed: 1),
                                                names: ["c1": "gamma", "a1": "alpha"], sectorTypes: [types])
        let derived = try TemplateDerivation(store: fixtures.store, options: options)
        #expect(derived.sectorTypes?.name == "fixture types")
        #expect(derived.template.clusters.map { $0.members.map(\.key) } == [Fixtures.blocks[0], Fixtures.blocks[1], ["c1", "c2", "c3", "c4"]])
        #expect(derived.template.clusters.map(\.name) == ["alpha", "Sector B1 +3", "local economy"], "a names file leaves the local economy alone")
        #expect(derived.template.clusters[2].members.allSatisfy { $0.stability == nil })
        #expect(derived.template.parameters["local"] == "set apart" && derived.template.parameters["sector_types"] == "fixture types")
        options.includeLocal = true
        let all = try TemplateDerivation(store: fixtures.store, options: options)
        #expect(all.template.clusters.map(\.name) == ["alpha", "Sector B1 +3", "gamma"])
    }

    @Test func namesComeFromAKeyClusterMappingByMajority() throws {
        let derived = try derive(["X-2000"], names: ["a1": "forest", "a2": "forest", "a3": "metals", "b1": "ICT", "c1": "ICT"])
        #expect(derived.template.clusters.map(\.name) == ["forest", "ICT", "ICT 2"])
        #expect(derived.template.clusters.map(\.namedBy) == [.user, .user, .user])
    }

    @Test func appliesSavesAndRenamesWithNamesThatResolveEverywhere() throws {
        let store = fixtures.store
        try store.saveTemplate(try derive(["X-2000"]).template, replace: false)
        try TemplateEditing.rename(cluster: "sector b", to: "machinery", template: "planted", in: store)
        #expect(throws: TemplateError.ambiguousCluster(reference: "sector", in: "template 'planted'", matches: ["Sector A1 +3", "Sector C1 +3"])) {
            try TemplateEditing.rename(cluster: "sector", to: "x", template: "planted", in: store)
        }
        let clash = #expect(throws: TemplateError.self) { try TemplateEditing.rename(cluster: "0", to: "MACHINERY", template: "planted", in: store) }
        #expect(clash?.description.lowercased().contains("already has a cluster named 'machinery'") == true)

        try fixtures.writeGraph("Z", drop: ["a2"])
        try store.writeGraph(GraphContents(name: "Z", isDirected: true, description: "", source: "", nodes: [NodeRecord(key: "z9")],
                                           links: [LinkRecord(source: "z9", target: "a1", weight: 5, kind: "io")]), mode: .append)
        let applied = try TemplateApplication(store: store, template: "planted", graph: "Z")
        #expect(applied.fit.missing == ["a2"])
        #expect(applied.fit.extra == ["z9"])
        try applied.save(as: "planted", in: store, replace: false)
        let id = try store.resolveCluster("machinery", graph: "Z", partition: "planted")
        #expect(try store.loadPartition(graph: "Z", name: "planted").members(keys: try store.loadGraph(named: "Z").keys)[id] == ["b1", "b2", "b3", "b4"])
        #expect(try store.clusterNames(graph: "Z", partition: "planted").compactMap { $0 } == ["Sector A1 +3", "machinery", "Sector C1 +3"])
    }

    @Test func importsAKeyClusterFileAsATemplate() throws {
        let path = try fixtures.directory.write("clusters.csv", "key,cluster\na1,forest\na2,forest\nb1,7\nb2,7\nc1,cluster 7\n")
        let template = try ClusterTemplate.imported(KeyClusterFile(path: path), name: "file", graphs: ["X-2000"], store: fixtures.store)
        #expect(template.clusters.map(\.name) == ["forest", "cluster 7 2", "cluster 7"], "a number becomes a name, not a clash")
        #expect(template.clusters.map { $0.members.map(\.key) } == [["a1", "a2"], ["b1", "b2"], ["c1"]])
        #expect(template.clusters[0].members[0].label == "Sector A1")
        #expect(template.clusters[0].members[0].stability == nil)
        #expect(template.extensionThreshold == 0.2)
        let bare = try ClusterTemplate.imported(KeyClusterFile(path: path), name: "bare", store: fixtures.store)
        #expect(bare.extensionThreshold == nil && bare.clusters.allSatisfy { $0.suppliers.isEmpty && $0.members.allSatisfy { $0.label == nil } })
    }
}

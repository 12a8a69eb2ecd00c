import ClusterGraph
import ClusterStore
import ClusterWorkflows
import Testing

/// `render --partition P` of a graph drawn by its clusters reads the stored links without loading
/// the graph; the drawing is the one the loaded graph gives (as the web server, which keeps graphs
/// loaded, draws it).
@Suite struct OverviewDiagramTests {
    @Test func overviewFromTheStoreIsTheLoadedGraphsOverview() throws {
        let fixtures = try Fixtures()
        try fixtures.writeGraph("g")
        // The blocks as the saved partition, with a4 on its own.
        let graph = try fixtures.store.loadGraph(named: "g")
        let assignment = graph.keys.map { key in key == "a4" ? 3 : Fixtures.blocks.firstIndex { $0.contains(key) } ?? 0 }
        try fixtures.store.savePartition(Partition(assignment: assignment, keys: graph.keys), graph: "g", name: "blocks",
                                         method: "test", parameters: [:], replace: false)
        let request = DiagramRequest(graph: "g", partition: "blocks", aggregate: .always)
        let streamed = try request.diagram(store: fixtures.store)
        let loaded = try request.diagram(store: fixtures.store, loaded: graph)
        #expect(streamed.document.text == loaded.document.text)
        #expect(streamed.notes == loaded.notes)
        #expect(streamed.notes.first?.hasPrefix("The graph's 12 nodes are aggregated as asked into 4 clusters of partition 'blocks'") == true)
        // Each community is one node titled by its largest member (by output) with its member count.
        #expect(streamed.document.text.contains("2: Sector B1 +3\\n4 members\\nalso: Sector B2"))
        #expect(streamed.document.text.contains("1: Sector A4\\n1 member\""))
        // Below the limit and not asked to aggregate, the members are drawn in boxes as before.
        let boxes = try DiagramRequest(graph: "g", partition: "blocks").diagram(store: fixtures.store)
        #expect(boxes.document.text.contains(#"subgraph "cluster_0""#))
    }
}

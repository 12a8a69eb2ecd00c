import ClusterGraph
@testable import ClusterRender
import Testing

@Suite struct LinkageDiagramTests {
    @Test func svgHoldsClustersNodesAndCyrillicLabels() throws {
        let diagram = LinkageDiagram.make(graph: Fixtures.ioGraph(), clusters: Fixtures.clusters(),
                                          options: LinkageDiagramOptions(title: "Кластеры Suomi"))
        #expect(diagram.engine == .dot)
        let contents = try #require(SVGContents.parse(try diagram.render(format: .svg)))
        #expect(contents.rootElement == "svg")
        #expect(contents.titlesByClass["cluster"]?.sorted() == (0..<5).map { "cluster_\($0)" })
        #expect(contents.titlesByClass["node"]?.count == 30)
        #expect(contents.texts.contains("Кластеры Suomi"))
        #expect(contents.texts.contains("Строительные"))
        #expect(contents.texts.contains("Forest"))
        #expect(contents.texts.contains("(strong)"))
        #expect(contents.texts.contains("Dairy (Valio)"))
        // The legend names every class present.
        for maturity in ["strong", "stable", "potential", "latent"] {
            #expect(contents.texts.contains { $0.hasPrefix(maturity + ":") }, "legend lacks \(maturity)")
        }
    }

    @Test func nodeSizeFollowsOutput() throws {
        var builder = LinkageGraphBuilder(directed: true)
        let big = builder.addNode(key: "big"), small = builder.addNode(key: "small")
        builder.setAttribute("output", of: big, to: .number(10_000))
        builder.setAttribute("output", of: small, to: .number(100))
        builder.addLink(from: big, to: small, weight: 1)
        let text = LinkageDiagram.make(graph: builder.build()).document.text
        #expect(text.contains(#""n0" [fillcolor"#) == false)
        #expect(text.contains(#"width=1.9"#))          // 0.5 + 1.4 · √1
        #expect(text.contains(#"width=0.64"#))         // 0.5 + 1.4 · √0.01
    }

    @Test func topKKeepsEachNodesHeaviestLinks() {
        // A star: hub linked to five leaves with weights 1…5, plus a weak leaf-leaf link.
        var builder = LinkageGraphBuilder(directed: false)
        for weight in 1...5 { builder.addLink(from: "hub", to: "leaf\(weight)", weight: Double(weight)) }
        builder.addLink(from: "leaf1", to: "leaf2", weight: 0.5)
        let graph = builder.build()
        let top1 = LinkSelection.select(graph, topPerNode: 1, minimumWeight: nil)
        #expect(top1.total == 6)
        // Every leaf keeps its heaviest link (to the hub), so all five hub links survive;
        // leaf1–leaf2 (0.5) is nobody's heaviest.
        #expect(top1.links.count == 5)
        #expect(!top1.links.contains { $0.weight == 0.5 })
        let thresholded = LinkSelection.select(graph, topPerNode: nil, minimumWeight: 3)
        #expect(thresholded.links.map(\.weight).sorted() == [3, 4, 5])
    }

    @Test func linksBetweenClustersStayVisible() {
        let graph = Fixtures.ioGraph()
        let clusters = Fixtures.clusters()
        let withClusters = LinkageDiagram.make(graph: graph, clusters: clusters)
        let membership = Membership(graph: graph, clusters: clusters)
        let selection = LinkSelection.select(graph, topPerNode: 3, minimumWeight: nil)
        let between = LinkSelection.strongestBetweenGroups(graph, group: membership.cluster, perGroup: 3, minimumWeight: nil)
        #expect(!between.isEmpty)
        #expect(between.allSatisfy { membership.cluster[$0.source] != membership.cluster[$0.target] })
        #expect(withClusters.notes.first { $0.hasPrefix("Drawn:") } != nil)
        #expect(withClusters.document.text.components(separatedBy: " -> ").count - 1 == Set(selection.links).union(between).count)
    }

    @Test func selfLoopsAreNotDrawn() {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addLink(from: "a", to: "a", weight: 100)
        builder.addLink(from: "a", to: "b", weight: 1)
        let selection = LinkSelection.select(builder.build(), topPerNode: nil, minimumWeight: nil)
        #expect(selection.links == [DrawnLink(source: 0, target: 1, weight: 1)])
    }

    @Test func largeGraphWithClustersIsAggregatedAndSaysSo() throws {
        let large = Fixtures.largeGraph(clusterCount: 12, size: 50)
        let diagram = LinkageDiagram.make(graph: large.graph, clusters: large.clusters,
                                          options: LinkageDiagramOptions(nodeLimit: 500, clusterSource: "test groups"))
        #expect(diagram.notes.first?.hasPrefix(
            "The graph has 600 nodes, more than the drawing limit of 500, so it is aggregated into 12 test groups: each is drawn as one node, sized by members") == true)
        let contents = try #require(SVGContents.parse(try diagram.render(format: .svg)))
        #expect(contents.titlesByClass["node"]?.count == 12)
        #expect(contents.texts.contains("Group 3"))
        #expect(contents.texts.contains("50 members"))
        // The largest members by link weight name each aggregated node.
        #expect(contents.texts.contains { $0.hasPrefix("largest: v") })
    }

    @Test func aggregationKeepsTheLargestClustersAndGroupsTheRest() throws {
        // 12 groups of 50 and 6 more of 5: with at most 8 nodes, the 7 largest stay.
        let large = Fixtures.largeGraph(clusterCount: 12, size: 50)
        var clusters = large.clusters
        clusters.append(contentsOf: (0..<6).map { RenderedCluster(id: "s\($0)", members: [], title: "Small \($0)") })
        for index in 0..<6 { clusters[index + 12].members = clusters[index].members.suffix(5).map { $0 } }
        for index in 0..<6 { clusters[index].members.removeLast(5) }
        let options = LinkageDiagramOptions(nodeLimit: 100, aggregatedNodeLimit: 8)
        let diagram = LinkageDiagram.make(graph: large.graph, clusters: clusters, options: options)
        #expect(diagram.notes.first?.contains("into 18 clusters") == true)
        #expect(diagram.notes.first?.contains("the 7 largest are drawn on their own, the rest as one node \"Other\"") == true)
        let contents = try #require(SVGContents.parse(try diagram.render(format: .svg)))
        #expect(contents.titlesByClass["node"]?.count == 8)
        #expect(contents.texts.contains("Other: 11 smaller clusters"))
        // Groups 6…11 kept all 50 members, and group 0 (45) wins the tie with 1…5 by position.
        #expect(contents.texts.contains("Group 0"))
        #expect(!contents.texts.contains("Group 1"))
        #expect(contents.texts.contains("Group 11"))
    }

    @Test func aggregationCanBeForcedOrRefused() {
        let large = Fixtures.largeGraph(clusterCount: 4, size: 50)
        let always = LinkageDiagram.make(graph: large.graph, clusters: large.clusters, options: LinkageDiagramOptions(aggregation: .always))
        #expect(always.notes.first?.hasPrefix("The graph's 200 nodes are aggregated as asked into 4 clusters") == true)
        #expect(always.document.text.contains("\"n4\"") == false)
        var options = LinkageDiagramOptions(nodeLimit: 100)
        options.aggregation = .never
        let never = LinkageDiagram.make(graph: large.graph, clusters: large.clusters, options: options)
        #expect(!never.notes.contains { $0.contains("aggregated") })
        #expect(never.document.text.contains("\"n199\""))
    }

    @Test func largeGraphWithoutClustersKeepsTheStrongestNodes() {
        let large = Fixtures.largeGraph(clusterCount: 12, size: 50)
        let diagram = LinkageDiagram.make(graph: large.graph, options: LinkageDiagramOptions(nodeLimit: 100))
        #expect(diagram.notes.first?.contains("only the 100 nodes with the largest total link weight") == true)
        #expect(diagram.document.text.components(separatedBy: "shape").count > 1)
        #expect(!diagram.document.text.contains("\"n100\""))
    }

    @Test func manyNodesAreDrawnAsUnlabelledDotsWithSfdp() {
        let large = Fixtures.largeGraph(clusterCount: 8, size: 50)
        let diagram = LinkageDiagram.make(graph: large.graph)
        #expect(diagram.engine == .sfdp)
        #expect(diagram.document.text.contains("shape=\"point\""))
        #expect(diagram.notes.contains { $0.hasPrefix("Labels are left out") })
    }

    @Test func sfdpGetsNoClusterBoxesButColouredNodes() {
        let diagram = LinkageDiagram.make(graph: Fixtures.ioGraph(), clusters: Fixtures.clusters(), engine: .sfdp)
        #expect(!diagram.document.text.contains("subgraph"))
        #expect(diagram.document.text.contains("fillcolor=\"#7fbf7b\""))   // strong
    }

    @Test func partitionBecomesClustersTitledByTheirLargestMember() {
        var builder = LinkageGraphBuilder(directed: true)
        for (key, output) in [("b", 5.0), ("c", 50), ("a", 1)] {
            let node = builder.addNode(key: key, label: key.uppercased())
            builder.setAttribute("output", of: node, to: .number(output))
        }
        let graph = builder.build()
        let partition = Partition(assignment: [1, 1, 0], keys: graph.keys)
        let clusters = RenderedCluster.clusters(from: partition, graph: graph, maturity: ["latent"])
        #expect(clusters == [RenderedCluster(id: "0", members: ["a"], maturity: "latent", title: "0: A"),
                             RenderedCluster(id: "1", members: ["b", "c"], title: "1: C +1")])
    }
}

import ClusterGraph
import ClusterRender
import Testing

@Suite struct SupplierPyramidDiagramTests {
    @Test func largeTiersCollapseIntoCountedBoxes() throws {
        let pyramid = Fixtures.pyramid(tierSizes: [30, 300, 3_000])
        let diagram = try SupplierPyramidDiagram.make(graph: pyramid.graph, lead: "L", tiers: pyramid.tiers,
                                                      options: .init(title: "Toyota-like pyramid"))
        #expect(diagram.engine == .dot)
        #expect(diagram.notes == ["Tiers 2, 3 have more than 30 firms and are each drawn as one counted summary box."])
        let contents = try #require(SVGContents.parse(try diagram.render(format: .svg)))
        // Lead + 30 tier-1 firms + two summary boxes.
        #expect(contents.titlesByClass["node"]?.count == 33)
        #expect(contents.texts.contains("tier 2: 300 firms"))
        #expect(contents.texts.contains("tier 3: 3,000 firms"))
        #expect(contents.texts.contains("Lead Motor Co."))
        #expect(contents.texts.contains("Supplier 1.7"))
    }

    @Test func leadIsOnTop() throws {
        let pyramid = Fixtures.pyramid(tierSizes: [3, 6])
        let diagram = try SupplierPyramidDiagram.make(graph: pyramid.graph, lead: "L", tiers: pyramid.tiers)
        #expect(diagram.document.text.contains("rankdir=\"BT\""))
        #expect(diagram.notes.isEmpty)
        let contents = try #require(SVGContents.parse(try diagram.render(format: .svg)))
        #expect(contents.titlesByClass["node"]?.count == 10)
    }

    @Test func unknownLeadIsAUserError() {
        let pyramid = Fixtures.pyramid(tierSizes: [2])
        #expect(throws: RenderError.unknownLead(key: "nobody")) {
            try SupplierPyramidDiagram.make(graph: pyramid.graph, lead: "nobody", tiers: pyramid.tiers)
        }
        #expect(RenderError.unknownLead(key: "nobody").description.contains("'nobody'"))
    }
}

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

    @Test func wideTiersAreStaggeredOverRows() throws {
        let pyramid = Fixtures.pyramid(tierSizes: [30, 300])
        let staggered = try SupplierPyramidDiagram.make(graph: pyramid.graph, lead: "L", tiers: pyramid.tiers)
        let oneRow = try SupplierPyramidDiagram.make(graph: pyramid.graph, lead: "L", tiers: pyramid.tiers,
                                                     options: .init(maxBoxesPerRow: 30))
        // Lead, three rows of ten, the summary box: five ranks; arrows that cross rows get minlen.
        let ranks = staggered.document.text.components(separatedBy: "rank=same").dropFirst()
        #expect(ranks.map { $0.components(separatedBy: ";").count - 2 } == [1, 10, 10, 10, 1])
        #expect(staggered.document.text.contains("minlen=3"))
        #expect(!oneRow.document.text.contains("minlen"))
        func width(_ diagram: Diagram) throws -> Double {
            let svg = String(decoding: try diagram.render(format: .svg), as: UTF8.self)
            let match = try #require(svg.firstMatch(of: /<svg width="([0-9.]+)pt"/))
            return try #require(Double(match.1))
        }
        #expect(try width(staggered) < 0.7 * width(oneRow))
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

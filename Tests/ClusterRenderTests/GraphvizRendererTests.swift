import ClusterGraph
import ClusterRender
import Foundation
import Testing

@Suite struct GraphvizRendererTests {
    private static func diagram(engine: LayoutEngine? = nil) -> Diagram {
        LinkageDiagram.make(graph: Fixtures.ioGraph(), clusters: Fixtures.clusters(), options: LinkageDiagramOptions(title: "Test"),
                            engine: engine)
    }

    @Test func pngAndPdfHaveTheirSignatures() throws {
        let diagram = Self.diagram()
        let png = try diagram.render(format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let pdf = try diagram.render(format: .pdf)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: pdf.suffix(16), as: UTF8.self).contains("%%EOF"))
    }

    @Test func dotFormatIsTheDocumentItself() throws {
        let diagram = Self.diagram()
        let dot = try diagram.render(format: .dot)
        #expect(String(decoding: dot, as: UTF8.self) == diagram.document.text)
        #expect(diagram.document.text.hasPrefix("digraph G {\n"))
    }

    @Test(arguments: [RenderFormat.svg, .png, .pdf])
    func sameInputGivesSameBytes(format: RenderFormat) throws {
        for engine in LayoutEngine.allCases {
            let first = try Self.diagram(engine: engine).render(format: format)
            let second = try Self.diagram(engine: engine).render(format: format)
            #expect(first == second ? true : false, "\(engine) \(format) differs between runs")
        }
    }

    @Test func repeatedForceDirectedLayoutsInOneProcessAreIdentical() throws {
        // fdp with cluster boxes used to vary with heap addresses, and sfdp's later layouts in a
        // process with the random state earlier ones left behind; other layouts in between
        // disturb both the heap and that state.
        let fdp = Self.diagram(engine: .fdp), sfdp = Self.diagram(engine: .sfdp)
        #expect(fdp.document.text.contains("subgraph \"cluster_0\""))
        let expected = (try fdp.render(format: .svg), try sfdp.render(format: .svg))
        for round in 0..<6 {
            _ = try Self.diagram(engine: round % 2 == 0 ? .neato : .circo).render(format: .png)
            #expect(try fdp.render(format: .svg) == expected.0, "fdp with clusters differs in round \(round)")
            #expect(try sfdp.render(format: .svg) == expected.1, "sfdp differs in round \(round)")
        }
    }

    @Test func pdfCreationDateIsFixed() throws {
        let pdf = String(decoding: try Self.diagram().render(format: .pdf), as: UTF8.self)
        #expect(pdf.contains("/CreationDate (D:00000000000000Z)"))
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineRenders(engine: LayoutEngine) throws {
        let svg = try Self.diagram(engine: engine).render(format: .svg)
        #expect(SVGContents.parse(svg)?.rootElement == "svg")
    }

    @Test func formatFollowsTheFileExtension() {
        #expect(RenderFormat(path: "out/forest.SVG") == .svg)
        #expect(RenderFormat(path: "a.b/graph.png") == .png)
        #expect(RenderFormat(path: "report.pdf") == .pdf)
        #expect(RenderFormat(path: "graph.gv") == .dot)
        #expect(RenderFormat(path: "graph.dot") == .dot)
        #expect(RenderFormat(path: "dir.svg/graph") == nil)
        #expect(RenderFormat(path: "graph.jpeg") == nil)
    }
}

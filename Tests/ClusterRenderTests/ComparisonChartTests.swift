import ClusterRender
import Foundation
import Testing

@Suite struct ComparisonChartTests {
    let chart = ComparisonChart(
        title: "FIN 1995–2011: template <etla>", subtitle: "test", xLabels: ["1995", "2000", "2005", "2011"], connected: true,
        measures: [.init(title: "RCA", format: .ratio, reference: 1), .init(title: "World export share", format: .percent),
                   .init(title: "Output", format: .amount)],
        rows: [
            .init(title: "forest", values: [[4.2, 4.4, 3.7, 3.6], [0.035, 0.031, 0.025, 0.021], [35_000, 29_000, 38_000, 45_600]],
                  classes: ["strong", "strong", "strong", "strong"]),
            .init(title: "metals and machine building with a long name", values: [[0.97, nil, 1.03, 1.15], [0.008, 0.007, 0.007, 0.006], [20_000, 19_000, 35_000, 54_700]],
                  classes: ["stable", nil, "stable", "strong"]),
        ])

    @Test func rendersRealSVGPNGAndPDFFromOneLayout() throws {
        let diagram = chart.diagram()
        #expect(diagram.engine == .neato)
        let svg = String(decoding: try diagram.render(format: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("template &lt;etla&gt;"), "titles are escaped")
        #expect(svg.contains("World export share") && svg.contains("45.6k") && svg.contains("3.5 %"))
        #expect(svg.contains("forest · RCA, 2011: 3.6 (strong)"), "each point's tooltip names the cluster, graph, value and class")
        #expect(svg.contains("RCA = 1"))
        let png = try diagram.render(format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try diagram.render(format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(try diagram.render(format: .png) == png, "the same chart gives the same bytes")
    }

    @Test func everyElementIsPinnedAndAMissingValueBreaksTheLine() {
        let text = chart.diagram().document.text
        let nodes = text.split(separator: "\n").filter { $0.contains("shape=") }
        #expect(!nodes.isEmpty && nodes.allSatisfy { $0.contains("!\"") }, "a position ending in ! is pinned")
        // Markers: 4 for forest and 3 present values of metals per measure but output, which has 4.
        let markers = nodes.filter { $0.contains("shape=\"circle\"") && $0.contains("tooltip") && !$0.contains("tooltip=\"strong\"") }
        #expect(markers.filter { $0.contains("metals") }.count == 11)
        let metalsLines = text.split(separator: "\n").filter { $0.contains(" -- ") && $0.contains("color=\"#525252\"") }
        #expect(metalsLines.count == 3 * 3 + 1 + 3 + 3, "forest 3 per measure; metals 1 after the gap in RCA, 3 in each other measure")
    }

    @Test func longTitlesWrapBetweenWords() {
        let lines = ComparisonChartTests.wrap("metals and machine building with a long name")
        #expect(lines.count >= 2)
        #expect(lines.joined(separator: " ") == "metals and machine building with a long name")
        #expect(lines.allSatisfy { $0.count <= 24 })
    }

    static func wrap(_ text: String) -> [String] {
        let svg = String(decoding: (try? ComparisonChart(title: "t", xLabels: ["a"], connected: false, measures: [.init(title: "m", format: .ratio)],
                                                           rows: [.init(title: text, values: [[1]], classes: [nil])]).diagram().render(format: .svg)) ?? [],
                         as: UTF8.self)
        // Each wrapped line is its own <text> element in Graphviz's SVG.
        return svg.components(separatedBy: "<text").dropFirst().compactMap { element -> String? in
            guard let start = element.firstIndex(of: ">"), let end = element.range(of: "</text>") else { return nil }
            return String(element[element.index(after: start)..<end.lowerBound])
        }.filter { text.contains($0) && $0.count > 1 && $0 != "t" && $0 != "m" && $0 != "a" }
    }
}

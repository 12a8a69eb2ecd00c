import ClusterRender
import Testing

@Suite struct KeySectorChartTests {
    static let points = [
        KeySectorPoint(key: "17_18", label: "Paper, pulp & printing", backward: 1.3, forward: 1.4),
        KeySectorPoint(key: "41_43", label: "Construction", backward: 1.2, forward: 0.8),
        KeySectorPoint(key: "35_39", label: "Energy <utilities>", backward: 0.9, forward: 1.5),
        KeySectorPoint(key: "84", label: "Государственное управление", backward: 0.7, forward: 0.6),
    ]

    @Test func chartIsWellFormedWithQuadrantsAndLabels() throws {
        let svg = KeySectorChart.svg(Self.points, title: "Finland \"2014\"")
        let contents = try #require(SVGContents.parse(Array(svg.utf8)))
        #expect(contents.rootElement == "svg")
        #expect(contents.texts.contains("Finland \"2014\""))
        for quadrant in ["Key sectors (BL > 1, FL > 1)", "Backward-oriented", "Forward-oriented", "Weak linkage"] {
            #expect(contents.texts.contains(quadrant))
        }
        for point in Self.points { #expect(contents.texts.contains(point.key)) }
        #expect(contents.texts.contains("84 Государственное управление"))
        #expect(contents.texts.contains("35_39 Energy <utilities>"))
        #expect(contents.titlesByClass["sector"]?.count == 4)
    }

    @Test func pointsFallInTheirQuadrants() {
        let svg = KeySectorChart.svg(Self.points)
        // Key sectors are green, backward-oriented blue, forward-oriented orange, weak grey.
        let circles = svg.components(separatedBy: "<circle").dropFirst().map { String($0.prefix(60)) }
        #expect(circles.count == 4)
        #expect(circles[0].contains("#1b7837"))   // 17_18 (sorted first)
        #expect(circles[1].contains("#b35806"))   // 35_39
        #expect(circles[2].contains("#2166ac"))   // 41_43
        #expect(circles[3].contains("#636363"))   // 84
    }

    @Test func sameInputSameText() {
        #expect(KeySectorChart.svg(Self.points.reversed(), title: "t") == KeySectorChart.svg(Self.points, title: "t"))
    }
}

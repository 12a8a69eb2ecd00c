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

    @Test func labelsStayOffOtherSectorsPoints() throws {
        // A crowd like Finland's around (1, 1): keys ordered so later points fall on earlier labels.
        let crowd = (0..<14).map { index in
            KeySectorPoint(key: String(format: "%02d_%02d", index, index + 1), label: "Sector \(index)",
                           backward: 0.97 + 0.006 * Double(index % 5), forward: 0.98 + 0.008 * Double(index / 5))
        }
        let svg = KeySectorChart.svg(crowd)
        let sectors = svg.components(separatedBy: "<g class=\"sector\">").dropFirst()
        func number(_ name: String, in text: Substring) throws -> Double {
            let start = try #require(text.range(of: " \(name)=\""))
            return try #require(Double(text[start.upperBound...].prefix { $0 != "\"" }))
        }
        var points: [(x: Double, y: Double)] = [], labels: [(x: Double, y: Double, width: Double)] = []
        for sector in sectors {
            let circle = try #require(sector.range(of: "<circle"))
            let text = try #require(sector.range(of: "<text"))
            points.append((try number("cx", in: sector[circle.lowerBound...]), try number("cy", in: sector[circle.lowerBound...])))
            labels.append((try number("x", in: sector[text.lowerBound...]), try number("y", in: sector[text.lowerBound...]), 5 * 7.1))
        }
        #expect(points.count == 14)
        for (index, label) in labels.enumerated() {
            for (other, point) in points.enumerated() where other != index {
                // The label's box: baseline y, 10 px above it, 1 px below; points have radius 4.
                let overlaps = point.x + 4 > label.x && point.x - 4 < label.x + label.width && point.y + 4 > label.y - 10 && point.y - 4 < label.y + 1
                #expect(!overlaps, "the label of \(crowd[index].key) covers the point of \(crowd[other].key)")
            }
        }
    }
}
